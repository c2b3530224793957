import { explainApiError, isApiError } from '../api';

/** A line of a report; empty values are left out. */
export type ReportLine = [label: string, value: string | number | null | undefined];

/**
 * The technical text of an error, for an administrator or a bug report: the request, the answer,
 * what was wrong with it, what an administrator should check, and any extra lines.
 */
export function errorReport(error: unknown, extra: ReportLine[] = []): string {
  const lines: ReportLine[] = isApiError(error)
    ? [
        ['Request', error.endpoint],
        ['Answer', error.status === null ? 'none' : `HTTP ${String(error.status)}`],
        ['Kind', error.kind],
        [error.kind === 'bad-response' ? 'What was wrong' : 'Server said', error.serverMessage],
        ['For administrators', explainApiError(error).forAdmins],
      ]
    : [['Error', error instanceof Error ? `${error.name}: ${error.message}` : String(error)]];
  return [...lines, ...extra, ['Page', typeof location === 'undefined' ? '' : location.href]]
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([label, value]) => `${label}: ${String(value)}`)
    .join('\n');
}

/** A time for a report line (ISO, UTC). */
export function reportTime(ms: number): string {
  return new Date(ms).toISOString();
}
