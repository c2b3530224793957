/**
 * How fresh polled data is, from when it was read and what happened to the reads after it. Only
 * timestamps count: a new read starting, being cancelled or restarted changes nothing about the
 * age of the data shown (TanStack resets its failure count whenever a read starts).
 */
export interface ReadHistory {
  /** When the data shown was read (ms since epoch); 0 while nothing was read. */
  readAt: number;
  /** When a read last failed; 0 when none has. */
  failedAt: number;
  /** Why it failed. */
  error: unknown;
  /**
   * Since when a read has been waiting for its answer, across reads that were cancelled and
   * started again; null when no read is under way.
   */
  waitingSince: number | null;
}

export const NO_READ: ReadHistory = { readAt: 0, failedAt: 0, error: null, waitingSince: null };

/** How long a read may go unanswered before the data shown counts as old (a full rebuild of
 * kube-helm's list takes 3–10 s, and up to ~20 s behind a slow request on its single worker). */
export const NO_ANSWER_PATIENCE_MS = 25_000;

export type Freshness =
  /** Nothing read yet; `failure` when the last read failed. */
  | { kind: 'unread'; failure: { at: number; error: unknown } | null }
  | { kind: 'fresh'; readAt: number }
  /** The data shown is old: a read after it failed, or has had no answer for too long. */
  | { kind: 'stale'; readAt: number; why: 'failed'; since: number; error: unknown }
  | { kind: 'stale'; readAt: number; why: 'no-answer'; since: number };

export type Stale = Extract<Freshness, { kind: 'stale' }>;

export function freshnessOf(
  history: ReadHistory,
  now: number,
  patienceMs = NO_ANSWER_PATIENCE_MS,
): Freshness {
  const { readAt, failedAt, error, waitingSince } = history;
  if (readAt === 0) {
    return { kind: 'unread', failure: failedAt > 0 ? { at: failedAt, error } : null };
  }
  if (failedAt > readAt) return { kind: 'stale', readAt, why: 'failed', since: failedAt, error };
  if (waitingSince !== null && now - waitingSince >= patienceMs) {
    return { kind: 'stale', readAt, why: 'no-answer', since: waitingSince };
  }
  return { kind: 'fresh', readAt };
}

/** When the answer of `freshnessOf` changes by time alone (ms since epoch), or null if never. */
export function nextFreshnessChange(
  history: ReadHistory,
  now: number,
  patienceMs = NO_ANSWER_PATIENCE_MS,
): number | null {
  const { readAt, failedAt, waitingSince } = history;
  if (readAt === 0 || failedAt > readAt || waitingSince === null) return null;
  const at = waitingSince + patienceMs;
  return at > now ? at : null;
}
