/** The result of one pre-flight check, in plain words. */

export type CheckStatus =
  /** Fine. */
  | 'ok'
  /** The chart would break something or never work: it is not uploaded. */
  | 'blocking'
  /** Worth knowing; the upload goes ahead. */
  | 'warning'
  /** The user chooses (upload under the right name; keep or replace). */
  | 'decision';

export type CheckId =
  | 'chart'
  | 'version'
  | 'keywords'
  | 'description'
  | 'global'
  | 'file-name'
  | 'admin-namespace'
  | 'catalog'
  | 'params'
  | 'coverage';

export type CheckFix = { kind: 'rename'; to: string } | { kind: 'keep-or-replace' };

export interface PreflightCheck {
  id: CheckId;
  status: CheckStatus;
  /** What is checked, e.g. "Description". */
  title: string;
  /** The result in one sentence. */
  summary: string;
  /** Why it matters, what to do, where it was found. */
  details: string[];
  fix?: CheckFix;
}

export const check = (
  id: CheckId,
  status: CheckStatus,
  title: string,
  summary: string,
  details: string[] = [],
  fix?: CheckFix,
): PreflightCheck =>
  fix ? { id, status, title, summary, details, fix } : { id, status, title, summary, details };

/** Helm accepts loose semantic versions: 1, 1.2, 1.2.3, v1.2.3, 0.6.0-latest, 1.0.0+build. */
export function isHelmVersion(version: string): boolean {
  return /^v?\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(version);
}

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${String(n)} ${n === 1 ? one : many}`;
