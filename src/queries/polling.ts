import type { ExtensionRow } from '../api';
import { deriveState } from '../domain/extension-state';

export const POLL = {
  /** While something is installing, starting or uninstalling, or right after a change. */
  busyMs: 3_000,
  /** When nothing moves. */
  idleMs: 15_000,
  /** After failures: 5 s, 10 s, 20 s … up to this. */
  maxBackoffMs: 60_000,
} as const;

const moving = new WeakMap<readonly ExtensionRow[], boolean>();

/** Whether something on the list moves (asked on every update of the query: once per list). */
export function isMoving(rows: readonly ExtensionRow[]): boolean {
  let answer = moving.get(rows);
  if (answer === undefined) {
    answer = rows.some((row) => {
      const { state } = deriveState(row);
      return state === 'installing' || state === 'uninstalling' || state === 'starting';
    });
    moving.set(rows, answer);
  }
  return answer;
}

/** How long until the next look at the list. */
export function pollInterval(options: {
  rows: readonly ExtensionRow[] | undefined;
  failures: number;
  /** Something just changed (an install, an update of the collections): look often. */
  eager: boolean;
}): number {
  if (options.failures > 0) return Math.min(5_000 * 2 ** (options.failures - 1), POLL.maxBackoffMs);
  if (options.eager || (options.rows && isMoving(options.rows))) return POLL.busyMs;
  return POLL.idleMs;
}
