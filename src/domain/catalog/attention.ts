import type { DerivedState, ExtensionState } from '../extension-state';
import { helmUpdatedAt } from '../pods';

/** helm has been installing for this long: it will not finish by itself. */
export const STUCK_PENDING_MS = 5 * 60_000;
/** A release seen uninstalling (or failed) this long is stuck; force uninstall is the way out. */
export const STUCK_UNINSTALL_MS = 60_000;

/** When a release was first seen in a state, if it was (kept by the query layer). */
export type SeenSince = (releaseName: string, state: ExtensionState) => number | undefined;

export type Attention = 'failed' | 'error' | 'stuck';

/**
 * Whether what is said about a release in this state depends on the time (and on when it was
 * first seen so): stuck or not, force offered or not, "for 3 minutes". In every other state the
 * judgements and the diagnosis follow from the deployment alone.
 */
export const judgedByTime = (state: ExtensionState): boolean =>
  state === 'installing' || state === 'uninstalling' || state === 'failed';

/** Whether a release is stuck: pending for minutes, or uninstalling for over a minute. */
export function isStuck(
  derived: DerivedState,
  releaseName: string,
  now: number,
  seenSince: SeenSince,
): boolean {
  const { state, deployment } = derived;
  const seen = seenSince(releaseName, state);
  if (state === 'installing') {
    const started = deployment ? helmUpdatedAt(deployment) : Number.NaN;
    const since = Number.isNaN(started) ? seen : started;
    return since !== undefined && now - since >= STUCK_PENDING_MS;
  }
  if (state === 'uninstalling') return seen !== undefined && now - seen >= STUCK_UNINSTALL_MS;
  return false;
}

export function attentionOf(
  derived: DerivedState,
  releaseName: string,
  now: number,
  seenSince: SeenSince,
): Attention | null {
  if (derived.state === 'failed') return 'failed';
  if (derived.state === 'error') return 'error';
  return isStuck(derived, releaseName, now, seenSince) ? 'stuck' : null;
}

/** Whether to offer skipping hooks: stuck, or failed for over a minute. */
export function forceOffered(
  derived: DerivedState,
  releaseName: string,
  now: number,
  seenSince: SeenSince,
): boolean {
  if (derived.state === 'failed') {
    const seen = seenSince(releaseName, 'failed');
    return seen !== undefined && now - seen >= STUCK_UNINSTALL_MS;
  }
  return isStuck(derived, releaseName, now, seenSince);
}
