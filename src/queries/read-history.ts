import {
  hashKey,
  useQueryClient,
  type Query,
  type QueryCacheNotifyEvent,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import {
  freshnessOf,
  nextFreshnessChange,
  NO_ANSWER_PATIENCE_MS,
  NO_READ,
  type Freshness,
  type ReadHistory,
} from '../domain/freshness';

interface Entry {
  history: ReadHistory;
  freshness: Freshness;
  timer: ReturnType<typeof setTimeout> | null;
  listeners: Set<() => void>;
  /** TanStack's count of failed reads (`errorUpdateCount`) when a read last succeeded. */
  errorsAtLastRead: number;
}

/** What the back-off needs of a query (any query's type will do). */
interface WatchedQuery {
  queryHash: string;
  state: Pick<Query['state'], 'status' | 'errorUpdateCount'>;
}

/** Everything by the query's hash (`hashKey(queryKey)`). */
export interface ReadHistoryRecorder {
  history(queryHash: string): ReadHistory;
  freshness(queryHash: string): Freshness;
  subscribe(queryHash: string, listener: () => void): () => void;
  /**
   * How many reads in a row have failed (each with its retries), 0 after a successful one: what
   * the polls back off by. TanStack's own failure count starts again at every read.
   */
  failedReadsInARow(query: WatchedQuery): number;
}

const recorders = new WeakMap<QueryClient, ReadHistoryRecorder>();

/**
 * When each watched query was last read, last failed and began waiting, written down from the
 * query cache's own events for as long as the QueryClient lives, so that a read being restarted
 * (which resets TanStack's failure count) cannot make old data look fresh. One per QueryClient.
 */
export function readHistoryRecorder(
  queryClient: QueryClient,
  patienceMs = NO_ANSWER_PATIENCE_MS,
): ReadHistoryRecorder {
  let recorder = recorders.get(queryClient);
  if (!recorder) {
    recorder = createRecorder(queryClient, patienceMs);
    recorders.set(queryClient, recorder);
  }
  return recorder;
}

/** What the cache already knows when a query is first watched (times unknown are taken as now). */
function seed(query: Query | undefined, now: number): ReadHistory {
  if (!query) return NO_READ;
  const s = query.state;
  const failedAt =
    s.status === 'error' && s.errorUpdatedAt >= s.dataUpdatedAt
      ? s.errorUpdatedAt
      : s.fetchFailureCount > 0
        ? now
        : 0;
  return {
    readAt: s.dataUpdatedAt,
    failedAt,
    error: s.fetchFailureReason ?? s.error,
    waitingSince: s.fetchStatus === 'idle' ? null : now,
  };
}

/** The history after one event of the query cache. */
function next(history: ReadHistory, event: QueryCacheNotifyEvent, now: number): ReadHistory {
  if (event.type !== 'updated') return history;
  const { action } = event;
  const { state } = event.query;
  switch (action.type) {
    case 'fetch':
      return { ...history, waitingSince: history.waitingSince ?? now };
    case 'success':
      return {
        ...history,
        readAt: state.dataUpdatedAt,
        waitingSince: state.fetchStatus === 'idle' ? null : history.waitingSince,
      };
    case 'failed':
    case 'error':
      return { ...history, failedAt: now, error: action.error, waitingSince: null };
    default:
      // A cancelled read that was not started again.
      return state.fetchStatus === 'idle' && history.waitingSince !== null
        ? { ...history, waitingSince: null }
        : history;
  }
}

function sameFreshness(a: Freshness, b: Freshness): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every(
    (key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key],
  );
}

function createRecorder(queryClient: QueryClient, patienceMs: number): ReadHistoryRecorder {
  const cache = queryClient.getQueryCache();
  const entries = new Map<string, Entry>();

  const settle = (entry: Entry) => {
    const now = Date.now();
    const freshness = freshnessOf(entry.history, now, patienceMs);
    if (entry.timer !== null) clearTimeout(entry.timer);
    const at = nextFreshnessChange(entry.history, now, patienceMs);
    entry.timer =
      at === null
        ? null
        : setTimeout(() => {
            settle(entry);
          }, at - now);
    if (sameFreshness(freshness, entry.freshness)) return;
    entry.freshness = freshness;
    for (const listener of entry.listeners) listener();
  };

  const entryOf = (hash: string): Entry => {
    let entry = entries.get(hash);
    if (!entry) {
      const now = Date.now();
      const history = seed(cache.get(hash), now);
      const state = cache.get(hash)?.state;
      entry = {
        history,
        freshness: freshnessOf(history, now, patienceMs),
        timer: null,
        listeners: new Set(),
        // Watched first after failures: how many is not known, the last one is.
        errorsAtLastRead: state ? state.errorUpdateCount - (state.status === 'error' ? 1 : 0) : 0,
      };
      entries.set(hash, entry);
      settle(entry);
    }
    return entry;
  };

  cache.subscribe((event) => {
    const entry = entries.get(event.query.queryHash);
    if (!entry) return;
    if (event.type === 'updated' && event.action.type === 'success') {
      entry.errorsAtLastRead = event.query.state.errorUpdateCount;
    }
    const history = event.type === 'removed' ? NO_READ : next(entry.history, event, Date.now());
    if (history === entry.history) return;
    entry.history = history;
    settle(entry);
  });

  return {
    history: (hash) => entryOf(hash).history,
    freshness: (hash) => entryOf(hash).freshness,
    subscribe(hash, listener) {
      const entry = entryOf(hash);
      entry.listeners.add(listener);
      return () => {
        entry.listeners.delete(listener);
      };
    },
    failedReadsInARow(query) {
      const entry = entryOf(query.queryHash);
      const { state } = query;
      if (state.status !== 'error') return 0;
      // `errorUpdateCount` never goes back, and already counts a failure when the query's
      // observers ask (before the cache tells this recorder).
      return Math.max(1, state.errorUpdateCount - entry.errorsAtLastRead);
    },
  };
}

/**
 * How fresh a query's data is (`domain/freshness`): from when it was read and what happened to
 * the reads since, never from TanStack's failure count. Changes by itself when a read has waited
 * too long for its answer.
 */
export function useFreshness(queryKey: QueryKey): Freshness {
  const recorder = readHistoryRecorder(useQueryClient());
  const hash = hashKey(queryKey);
  const subscribe = useCallback(
    (listener: () => void) => recorder.subscribe(hash, listener),
    [recorder, hash],
  );
  const get = useCallback(() => recorder.freshness(hash), [recorder, hash]);
  return useSyncExternalStore(subscribe, get, get);
}

/**
 * The same as `useFreshness`, but `null` while the data is fresh: a component that only shows
 * what is old or missing does not re-render on every successful read.
 */
export function useUnfreshness(queryKey: QueryKey): Exclude<Freshness, { kind: 'fresh' }> | null {
  const recorder = readHistoryRecorder(useQueryClient());
  const hash = hashKey(queryKey);
  const subscribe = useCallback(
    (listener: () => void) => recorder.subscribe(hash, listener),
    [recorder, hash],
  );
  const get = useCallback(() => {
    const freshness = recorder.freshness(hash);
    return freshness.kind === 'fresh' ? null : freshness;
  }, [recorder, hash]);
  return useSyncExternalStore(subscribe, get, get);
}

/** How many reads of a query have failed in a row (0 after a successful one), for its polls. */
export function useFailedReadsInARow(): (query: WatchedQuery) => number {
  const recorder = readHistoryRecorder(useQueryClient());
  return useCallback((query: WatchedQuery) => recorder.failedReadsInARow(query), [recorder]);
}
