import { z } from './zod';
import { quickRow } from './row-check';
import { extensionRowSchema, type ExtensionRow } from './schemas';

/** An entry of `GET /extensions` that is not a row this app can read. */
export interface UnreadableEntry {
  /** Its place in the list, counted from 0. */
  index: number;
  /** The name the entry gives itself, when it has one (chart-controlled text: render as text). */
  name: string | null;
  /** What is wrong with it, technically, e.g. `extension_params: expected record, received undefined`. */
  problems: string[];
}

/** A list as read: every row that could be read, and what could not. */
export interface ExtensionListRead {
  rows: ExtensionRow[];
  unreadable: UnreadableEntry[];
}

const MAX_TEXT = 80;
const MAX_PROBLEMS = 5;

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

/** What an entry that is not even an object is, in a few words. */
function whatItIs(item: unknown): string {
  if (item === null) return 'null, not a row';
  if (Array.isArray(item)) return 'a list, not a row';
  if (typeof item === 'string') return `a bare text, not a row: ${JSON.stringify(clip(item))}`;
  if (typeof item === 'number' || typeof item === 'boolean') {
    return `a ${typeof item} (${String(item)}), not a row`;
  }
  return `${typeof item}, not a row`;
}

/** The name people would see (as `displayName` picks it), from whatever the entry has. */
function nameOf(item: object): string | null {
  const record = item as Record<string, unknown>;
  const annotations = record.annotations;
  const visible =
    typeof annotations === 'object' && annotations !== null
      ? (annotations as Record<string, unknown>)['ui-visible-name']
      : undefined;
  for (const value of [
    record.display_name,
    visible,
    record.releaseName,
    record.name,
    record.chart_name,
  ]) {
    if (typeof value === 'string' && value.trim() && value.trim() !== '-') {
      return clip(value.trim());
    }
  }
  return null;
}

function problemsOf(error: z.core.$ZodError): string[] {
  const problems = error.issues
    .slice(0, MAX_PROBLEMS)
    .map((issue) => `${issue.path.map(String).join('.') || '(row)'}: ${issue.message}`);
  const more = error.issues.length - MAX_PROBLEMS;
  return more > 0 ? [...problems, `… and ${String(more)} more`] : problems;
}

/**
 * `GET /extensions` (and `/platforms`) read entry by entry: one malformed row must not take the
 * whole catalog down. Rows that fit `extensionRowSchema` are kept; every other entry (a bare
 * string from kube-helm's corrupted cache, CONTRACT §10.23, or an object that is not a row) is
 * reported with where it was and what is wrong. Anything but an array is refused. An entry exactly
 * as kube-helm sends it is checked in place by `quickRow` (the same rules, about ten times faster).
 */
export const readableExtensionListSchema = z.pipe(
  z.array(z.unknown()),
  z.transform((items): ExtensionListRead => {
    const rows: ExtensionRow[] = [];
    const unreadable: UnreadableEntry[] = [];
    items.forEach((item, index) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        unreadable.push({ index, name: null, problems: [whatItIs(item)] });
        return;
      }
      const quick = quickRow(item);
      if (quick !== undefined) {
        rows.push(quick);
        return;
      }
      const parsed = extensionRowSchema.safeParse(item);
      if (parsed.success) rows.push(parsed.data);
      else unreadable.push({ index, name: nameOf(item), problems: problemsOf(parsed.error) });
    });
    return { rows, unreadable };
  }),
);
