import type { ExtensionRow } from '../contract/schemas';
import {
  judgedByTime,
  STUCK_PENDING_MS,
  STUCK_UNINSTALL_MS,
  type SeenSince,
} from './catalog/attention';
import { deriveState, isTemplateRow } from './extension-state';
import { helmUpdatedAt } from './pods';

const timedRows = new WeakMap<readonly ExtensionRow[], readonly ExtensionRow[]>();

/** The rows of a list in a state judged by time, found once per list (the clock asks often). */
function rowsJudgedByTime(rows: readonly ExtensionRow[]): readonly ExtensionRow[] {
  let timed = timedRows.get(rows);
  if (!timed) {
    timed = rows.filter((row) => !isTemplateRow(row) && judgedByTime(deriveState(row).state));
    timedRows.set(rows, timed);
  }
  return timed;
}

/**
 * Until when every judgement that depends on time (stuck installing or uninstalling, the force
 * offered for a failed release, "for 3 minutes" in a diagnosis) stays as it is at `at` for these
 * rows: the first moment one of them may change. `at` itself when they may change at any moment
 * (a stuck release says for how long; pending operations settle by time); `Infinity` when
 * nothing on the list depends on time.
 */
export function judgementsHoldUntil(
  rows: readonly ExtensionRow[],
  at: number,
  seenSince: SeenSince,
  pendingOperations: number,
): number {
  if (pendingOperations > 0) return at;
  let until = Number.POSITIVE_INFINITY;
  const threshold = (since: number | undefined, limit: number, moving: boolean) => {
    if (since === undefined || Number.isNaN(since)) return;
    const flips = since + limit;
    if (flips > at) until = Math.min(until, flips);
    else if (moving) until = at;
  };
  for (const row of rowsJudgedByTime(rows)) {
    const derived = deriveState(row);
    const { state, deployment } = derived;
    const seen = seenSince(row.releaseName, state);
    if (state === 'installing') {
      const started = deployment ? helmUpdatedAt(deployment) : Number.NaN;
      threshold(Number.isNaN(started) ? seen : started, STUCK_PENDING_MS, true);
    } else if (state === 'uninstalling') {
      threshold(seen, STUCK_UNINSTALL_MS, true);
    } else if (state === 'failed') {
      threshold(seen, STUCK_UNINSTALL_MS, false);
    }
    if (until <= at) return at;
  }
  return until;
}

/**
 * The moment the list is judged at. A read that brings the very same answer (the same rows
 * object: the client gives an identical reply the identical read) does not move it while no
 * judgement could have changed since: then every fact worked out from the list stays the same
 * object, and nothing re-renders. Any other read, or the first moment a time-based judgement may
 * flip, moves it to the read's time.
 */
export class JudgementClock {
  private last: {
    rows: readonly ExtensionRow[];
    seenSince: SeenSince;
    pending: unknown;
    at: number;
    until: number;
  } | null = null;

  at(
    rows: readonly ExtensionRow[],
    readAt: number,
    seenSince: SeenSince,
    pending: readonly unknown[],
  ): number {
    const last = this.last;
    if (
      last !== null &&
      last.rows === rows &&
      last.seenSince === seenSince &&
      last.pending === pending &&
      (readAt === last.at || readAt < last.until)
    ) {
      return last.at;
    }
    const until = judgementsHoldUntil(rows, readAt, seenSince, pending.length);
    this.last = { rows, seenSince, pending, at: readAt, until };
    return readAt;
  }
}
