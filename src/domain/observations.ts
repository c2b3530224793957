import type { ExtensionRow } from '../contract/schemas';
import { judgedByTime, type SeenSince } from './catalog/attention';
import { deriveState, isTemplateRow, type ExtensionState } from './extension-state';

/** Since when a release has been in its state, as seen from this browser. */
export interface Observation {
  state: ExtensionState;
  since: number;
}

export type Observations = ReadonlyMap<string, Observation>;

export const NO_OBSERVATIONS: Observations = new Map();

/**
 * The observations after one read of the list: a release that changed state starts a new "since",
 * a release that is gone is forgotten. kube-helm does not say when an uninstall started, so "stuck
 * uninstalling" is judged from these. Only releases in a state judged by the time (`judgedByTime`:
 * installing, uninstalling, failed) are noted, the only ones anything asks about: a release that
 * comes into such a state from any other is new to it either way, and 10,000 idle charts then
 * cost nothing to keep, compare and store. Returns `before` itself when nothing changed.
 */
export function recordObservations(
  before: Observations,
  rows: readonly ExtensionRow[],
  now: number,
): Observations {
  const next = new Map<string, Observation>();
  let changed = false;
  for (const row of rows) {
    if (isTemplateRow(row)) continue;
    const { state } = deriveState(row);
    if (!judgedByTime(state)) continue;
    const previous = before.get(row.releaseName);
    if (previous?.state === state) {
      next.set(row.releaseName, previous);
    } else {
      next.set(row.releaseName, { state, since: now });
      changed = true;
    }
  }
  if (!changed && next.size === before.size) return before;
  return next;
}

const readers = new WeakMap<Observations, SeenSince>();

/**
 * Reads observations as the catalog's attention rules want them: the same function for the same
 * observations, so that whatever is worked out from them can tell they did not change.
 */
export function seenSinceOf(observations: Observations): SeenSince {
  let reader = readers.get(observations);
  if (!reader) {
    reader = (releaseName, state) => {
      const entry = observations.get(releaseName);
      return entry?.state === state ? entry.since : undefined;
    };
    readers.set(observations, reader);
  }
  return reader;
}
