import type { ExtensionParam, ExtensionRow } from '../../contract/schemas';
import { noneValue, numberRule, type NumberRule } from './text-meaning';

/** One input of the install form, typed by what the chart declares (CONTRACT §4). */
export type ParamField =
  /** `group_name`: a heading; its text is the `default`. Never sent. */
  | { kind: 'heading'; key: string; text: string }
  /** `doc`: a title and chart-supplied HTML (sanitised before display). Never sent. */
  | { kind: 'doc'; key: string; title: string; html: string }
  | (FieldBase & {
      kind: 'string';
      /** What the form starts with: '' when the chart's default means "none". */
      default: string;
      maxLength: number | null;
      releaseNamePart: boolean;
      /** A whole number is expected (a port, a user id, …); the text is still sent as text. */
      number: NumberRule | null;
      /** The text the chart takes as "none" (`-`, `__EXCLUDE_NO_FILES__`), sent for an empty answer. */
      none: string | null;
    })
  | (FieldBase & { kind: 'bool'; default: boolean })
  | (FieldBase & { kind: 'single'; options: string[]; default: string })
  | (FieldBase & { kind: 'multi'; options: string[]; default: string[] })
  /** A type this app does not know: shown read-only, never sent. */
  | (FieldBase & { kind: 'unknown'; type: string; shown: string });

interface FieldBase {
  key: string;
  label: string;
  /** Chart-supplied HTML, shown sanitised in a tooltip. */
  help: string | null;
  /** False when the platform already sets this value; an empty answer then keeps the platform's. */
  required: boolean;
}

export type EditableField = Extract<ParamField, { default: unknown }>;
export type ParamValue = string | boolean | string[];
export type ParamValues = Readonly<Record<string, ParamValue>>;

/**
 * Multi-install charts whose release name is built from a param (`global.suffix_param_key` in
 * their values.yaml, which the API does not expose). Known from upstream charts.
 */
export const RELEASE_NAME_PARAMS: Readonly<Record<string, string>> = {
  'custom-registry-chart': 'custom_registry_name',
};

/** Params whose length the contract limits even when the chart does not say so. */
const DEFAULT_MAX_LENGTH: Readonly<Record<string, number>> = { display_name: 20 };

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(text) : typeof value === 'string' && value ? [value] : [];

/** "max 20 chars", "maximum 30 characters" in a label or help text. */
function statedMaxLength(param: ExtensionParam): number | null {
  const said = /max(?:imum)?\.?\s*(\d{1,4})\s*(?:chars?|characters)\b/i.exec(
    `${param.definition ?? ''} ${param.help ?? ''}`,
  );
  return said?.[1] ? Number(said[1]) : null;
}

export function paramFields(row: ExtensionRow): ParamField[] {
  const fields: ParamField[] = [];
  for (const [key, param] of Object.entries(row.extension_params ?? {})) {
    const base: FieldBase = {
      key,
      label: param.definition?.trim() ? param.definition.trim() : key,
      help: param.help?.trim() ? param.help : null,
      required: param.required,
    };
    switch (param.type) {
      case 'group_name':
        fields.push({ kind: 'heading', key, text: text(param.default) || key });
        break;
      case 'doc':
        fields.push({ kind: 'doc', key, title: param.title ?? '', html: param.html ?? '' });
        break;
      case 'string': {
        const none = noneValue(param);
        fields.push({
          ...base,
          kind: 'string',
          default: none === null ? text(param.default) : '',
          maxLength:
            statedMaxLength(param) ??
            (RELEASE_NAME_PARAMS[row.chart_name] === key ? 20 : (DEFAULT_MAX_LENGTH[key] ?? null)),
          releaseNamePart: RELEASE_NAME_PARAMS[row.chart_name] === key,
          number: numberRule(key, param),
          none,
        });
        break;
      }
      case 'bool':
      case 'boolean':
        fields.push({
          ...base,
          kind: 'bool',
          default: param.default === true || text(param.default).toLowerCase() === 'true',
        });
        break;
      case 'list_single':
        fields.push({
          ...base,
          kind: 'single',
          options: list(param.value),
          default: text(param.default),
        });
        break;
      case 'list_multi':
        fields.push({
          ...base,
          kind: 'multi',
          options: list(param.value),
          default: list(param.default),
        });
        break;
      default:
        fields.push({
          ...base,
          kind: 'unknown',
          type: param.type,
          shown: JSON.stringify(param.default ?? param.value ?? null),
        });
    }
  }
  return fields;
}

export function isEditable(field: ParamField): field is EditableField {
  return 'default' in field;
}

export function defaultValues(fields: readonly ParamField[]): Record<string, ParamValue> {
  const values: Record<string, ParamValue> = {};
  for (const field of fields) {
    if (isEditable(field))
      values[field.key] = Array.isArray(field.default) ? [...field.default] : field.default;
  }
  return values;
}

export function isChanged(field: EditableField, value: ParamValue | undefined): boolean {
  if (value === undefined) return false;
  if (Array.isArray(field.default) && Array.isArray(value)) {
    return field.default.length !== value.length || field.default.some((v) => !value.includes(v));
  }
  return value !== field.default;
}
