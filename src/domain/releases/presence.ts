/**
 * Whether a release page has a release to show, and if not, why. helm's own status decides (the
 * list lags behind it by up to ~35 s); the list decides while helm's status cannot be read.
 */
export type ReleasePresence =
  /** helm or the list knows it. */
  | 'present'
  /** It existed (the list had it, this page showed it, or this browser's log names it), no more. */
  | 'gone'
  /** Nothing knows it, and nothing says it ever existed. */
  | 'never-existed'
  /** Not known yet: the first answers are outstanding. */
  | 'unknown';

export interface PresenceInputs {
  /** `view-chart-status`: found, not found (404), not answered yet, or failed. */
  helm: 'found' | 'not-found' | 'loading' | 'unreadable';
  /** Whether the list (with this browser's pending operations) has it; null before it is read. */
  inList: boolean | null;
  /** This page has shown the release before, or the activity log names it. */
  knownBefore: boolean;
}

export function presenceOf({ helm, inList, knownBefore }: PresenceInputs): ReleasePresence {
  switch (helm) {
    case 'found':
      return 'present';
    case 'not-found':
      // helm has no such release: a row the list still shows is its lagging copy.
      return inList === true || knownBefore ? 'gone' : 'never-existed';
    case 'loading':
      return inList === true ? 'present' : 'unknown';
    case 'unreadable':
      if (inList === null) return 'unknown';
      return inList ? 'present' : knownBefore ? 'gone' : 'never-existed';
  }
}

/** `LAST DEPLOYED` of `view-chart-status` ("Thu Dec 18 09:43:19 2025", UTC) as ms; NaN if unreadable. */
export function lastDeployedAt(text: string): number {
  return /^\w{3} \w{3} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4}$/.test(text.trim())
    ? Date.parse(`${text.trim()} UTC`)
    : Number.NaN;
}

/** The list catches up with a new release within this long (CONTRACT §3.6). */
export const LIST_CATCH_UP_MS = 90_000;

/**
 * Why helm knows a release the list does not show: a workflow started it (Airflow's operators
 * name their releases `kaapanaint-…`, and the list never shows those charts), the list has not
 * caught up yet, or it never will (its chart is not in the catalog).
 */
export function unlistedReason(
  releaseName: string,
  lastDeployed: string,
  now: number,
): 'workflow' | 'not-yet' | 'not-listed' {
  if (releaseName.startsWith('kaapanaint-')) return 'workflow';
  const at = lastDeployedAt(lastDeployed);
  return Number.isNaN(at) || now - at < LIST_CATCH_UP_MS ? 'not-yet' : 'not-listed';
}
