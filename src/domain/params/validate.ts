import type { ParamPayloadValue } from '../../contract/keywords';
import { isEditable, type ParamField, type ParamValues } from './fields';
import { numberProblem } from './text-meaning';

/** kube-helm HTML-escapes & < > " ' and then drops any value containing ";" (CONTRACT §4.4). */
const DROPPED = /[&<>"';]/;

/** What is wrong with each answer, in words; an empty object means the form can be sent. */
export function validate(
  fields: readonly ParamField[],
  values: ParamValues,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    if (!isEditable(field)) continue;
    const value = values[field.key];
    switch (field.kind) {
      case 'string': {
        const answer = typeof value === 'string' ? value.trim() : '';
        const problem = answer && field.number ? numberProblem(answer, field.number) : null;
        if (!answer) {
          // An empty answer is "none" where the chart has a word for it.
          if (field.required && field.none === null) errors[field.key] = 'Required.';
        } else if (problem) {
          errors[field.key] = problem;
        } else if (DROPPED.test(answer)) {
          errors[field.key] =
            'Kaapana silently drops values containing & < > " \' or ; — leave those characters out.';
        } else if (/\s/.test(answer)) {
          errors[field.key] = 'Kaapana removes all spaces from this value; use - or _ instead.';
        } else if (field.maxLength !== null && answer.length > field.maxLength) {
          errors[field.key] =
            `At most ${String(field.maxLength)} characters (now ${String(answer.length)}).`;
        } else if (field.releaseNamePart && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(answer)) {
          errors[field.key] =
            'Becomes part of the release name: lower-case letters, digits and - only, starting and ending with a letter or digit.';
        }
        break;
      }
      case 'single':
        if (typeof value !== 'string' || !value) {
          if (field.required) errors[field.key] = 'Choose one.';
        } else if (!field.options.includes(value)) {
          errors[field.key] = 'Choose one of the offered options.';
        }
        break;
      case 'multi':
        if (!Array.isArray(value) || value.length === 0) {
          if (field.required) errors[field.key] = 'Choose at least one.';
        }
        break;
      case 'bool':
        break;
    }
  }
  return errors;
}

/**
 * The `extension_params` to send (CONTRACT §4.3): this chart's params only; headings, docs and
 * unknown types never; booleans as booleans; multi-selects comma-joined; an empty text answer as
 * the chart's word for "none" when it has one (`-`, `__EXCLUDE_NO_FILES__`); other empty answers
 * left out. Numbers stay text, as the chart declares them (`type: string`).
 */
export function payload(
  fields: readonly ParamField[],
  values: ParamValues,
): Record<string, ParamPayloadValue> {
  const out: Record<string, ParamPayloadValue> = {};
  for (const field of fields) {
    if (!isEditable(field)) continue;
    const value = values[field.key];
    switch (field.kind) {
      case 'string': {
        const answer = typeof value === 'string' ? value.trim() : '';
        if (answer) out[field.key] = answer;
        else if (field.none !== null) out[field.key] = field.none;
        break;
      }
      case 'bool':
        out[field.key] = value === true;
        break;
      case 'single':
        if (typeof value === 'string' && value) out[field.key] = value;
        break;
      case 'multi':
        if (Array.isArray(value) && value.length > 0) {
          const ordered = [
            ...field.options.filter((o) => value.includes(o)),
            ...value.filter((v) => !field.options.includes(v)),
          ];
          out[field.key] = ordered.join(',');
        }
        break;
    }
  }
  return out;
}
