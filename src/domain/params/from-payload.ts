import { isEditable, type ParamField, type ParamValue, type ParamValues } from './fields';

/**
 * The form answers that produce a sent `extension_params` payload again (the reverse of
 * `payload()` in validate.ts), for "launch again with the same values":
 * - strings as they were (numbers as text); the chart's word for "none" (`-`) as an empty answer;
 * - booleans from JSON booleans or the words "true"/"false";
 * - a `list_multi` answer from its comma-joined string (or a list);
 * - an editable field the payload leaves out was answered empty (the payload omits empty
 *   answers), except a yes/no, which is always sent: one missing is new, so it keeps its default.
 * Headings, docs, types this app does not know and keys the chart does not have are left out.
 */
export function valuesFromPayload(
  fields: readonly ParamField[],
  sent: Readonly<Record<string, unknown>>,
): ParamValues {
  const values: Record<string, ParamValue> = {};
  for (const field of fields) {
    if (!isEditable(field)) continue;
    const value = Object.hasOwn(sent, field.key) ? sent[field.key] : undefined;
    switch (field.kind) {
      case 'string': {
        const answer = asText(value) ?? '';
        values[field.key] = answer === field.none ? '' : answer;
        break;
      }
      case 'single':
        values[field.key] = asText(value) ?? '';
        break;
      case 'bool': {
        const answer = asBoolean(value);
        values[field.key] = answer ?? field.default;
        break;
      }
      case 'multi':
        values[field.key] = asList(value, field.options);
        break;
    }
  }
  return values;
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function asBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === 'true') return true;
    if (word === 'false') return false;
  }
  return null;
}

/** "a,b" → ["a", "b"]; an option that itself contains a comma is recognised whole. */
function asList(value: unknown, options: readonly string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => asText(v) ?? []);
  const text = asText(value);
  if (!text) return [];
  const picked: string[] = [];
  let rest = text;
  while (rest) {
    const option = options
      .filter((o) => o.includes(',') && (rest === o || rest.startsWith(`${o},`)))
      .sort((a, b) => b.length - a.length)[0];
    const part = option ?? rest.split(',')[0] ?? '';
    if (part) picked.push(part);
    rest = rest.slice(part.length + 1);
  }
  return picked;
}
