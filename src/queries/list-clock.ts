import {
  hashKey,
  useQueryClient,
  type FetchStatus,
  type QueryKey,
  type QueryState,
} from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { ExtensionRow } from '../contract/schemas';
import type { SeenSince } from '../domain/catalog/attention';
import type { JudgementClock } from '../domain/judgement-clock';

/**
 * One value worked out from a query's state in the cache: the component asking re-renders when
 * that value changes, not on every event of the query. `read` must keep its identity (useCallback).
 */
function useQueryStateValue<T>(queryKey: QueryKey, read: (state: QueryState | undefined) => T): T {
  const cache = useQueryClient().getQueryCache();
  const hash = hashKey(queryKey);
  const subscribe = useCallback(
    (listener: () => void) =>
      cache.subscribe((event) => {
        if (event.query.queryHash === hash) listener();
      }),
    [cache, hash],
  );
  const get = useCallback(() => read(cache.get(hash)?.state), [cache, hash, read]);
  return useSyncExternalStore(subscribe, get, get);
}

/**
 * The moment to judge the list's `data` at (`JudgementClock`), read from the query cache: the
 * component re-renders when that moment moves, not on every read that brought the same answer
 * (reading `dataUpdatedAt` from `useQuery` would re-render it on each one).
 */
export function useJudgedAt(
  queryKey: QueryKey,
  clock: JudgementClock,
  data: readonly ExtensionRow[] | undefined,
  seenSince: SeenSince,
  pending: readonly unknown[],
): number {
  const read = useCallback(
    (state: QueryState | undefined) => {
      const readAt = state?.dataUpdatedAt ?? 0;
      return data ? clock.at(data, readAt, seenSince, pending) : readAt;
    },
    [clock, data, seenSince, pending],
  );
  return useQueryStateValue(queryKey, read);
}

const readAtOf = (state: QueryState | undefined) => state?.dataUpdatedAt ?? 0;
const fetchStatusOf = (state: QueryState | undefined): FetchStatus => state?.fetchStatus ?? 'idle';

/** When the query's data was last read (0 before), re-rendering only the component that shows it. */
export function useReadAt(queryKey: QueryKey): number {
  return useQueryStateValue(queryKey, readAtOf);
}

/** The query's fetch status ('idle' before it exists), re-rendering only the component asking. */
export function useFetchStatus(queryKey: QueryKey): FetchStatus {
  return useQueryStateValue(queryKey, fetchStatusOf);
}
