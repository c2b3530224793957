import type { ExtensionParam } from '../../contract/schemas';

/**
 * What a `string` parameter's text stands for, read from the chart's key, label and default
 * (charts declare every value `type: string`; CONTRACT §4.1 has no number type).
 */

/** A whole number, within limits when the parameter says what it is (a port, a user id). */
export interface NumberRule {
  min: number | null;
  max: number | null;
}

const WHOLE = /^-?\d+$/;
const PORT_KEY = /(^|_)port$/i;
const ID_KEY = /(^|_)(uid|gid)$/i;
const PORT_WORDS = /\bport\b/i;
const ID_WORDS = /\b(user|group)[ -]?id\b/i;

const shownDefault = (param: ExtensionParam): string =>
  typeof param.default === 'string'
    ? param.default.trim()
    : typeof param.default === 'number'
      ? String(param.default)
      : '';

/**
 * Whether the parameter holds a whole number, and within which limits:
 * - its key or label says it is a port (1–65535) or a user or group id (0 or more), or
 * - its default is a whole number ("1000"; a leading zero such as "007" reads as a code, not a
 *   number, and a decimal such as "1.5" may be a version, so neither counts).
 * Otherwise null: the text is free.
 */
export function numberRule(key: string, param: ExtensionParam): NumberRule | null {
  const label = param.definition ?? '';
  if (PORT_KEY.test(key) || PORT_WORDS.test(label)) return { min: 1, max: 65_535 };
  if (ID_KEY.test(key) || ID_WORDS.test(label)) return { min: 0, max: null };
  const value = shownDefault(param);
  if (!WHOLE.test(value) || /^-?0\d/.test(value)) return null;
  return { min: Number(value) < 0 ? null : 0, max: null };
}

/** What is wrong with an answer to a number parameter, or null when it is a fitting number. */
export function numberProblem(answer: string, rule: NumberRule): string | null {
  if (!WHOLE.test(answer)) return 'A whole number, digits only (for example 1000).';
  const n = Number(answer);
  if (rule.min !== null && rule.max !== null && (n < rule.min || n > rule.max)) {
    return `A number from ${String(rule.min)} to ${String(rule.max)}.`;
  }
  if (rule.min !== null && n < rule.min) return `At least ${String(rule.min)}.`;
  if (rule.max !== null && n > rule.max) return `At most ${String(rule.max)}.`;
  return null;
}

/** A marker in capitals between double underscores, e.g. `__EXCLUDE_NO_FILES__`. */
const MARKER = /^__[A-Z][A-Z0-9_]*__$/;

/**
 * The text the chart takes as "none", when its default is one: a lone `-` (a launched
 * instance's display name, custom-registry's "If '-', test is skipped") or a marker such as
 * jupyterlab's `__EXCLUDE_NO_FILES__`. The form shows it as an empty answer ("none") and sends
 * this exact text when the answer stays empty. Null for every other default.
 */
export function noneValue(param: ExtensionParam): string | null {
  const value = shownDefault(param);
  return value === '-' || MARKER.test(value) ? value : null;
}
