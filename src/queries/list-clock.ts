import { hashKey, useQueryClient, type FetchStatus, type QueryKey } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { ExtensionRow } from '../contract/schemas';
import type { SeenSince } from '../domain/catalog/attention';
import type { JudgementClock } from '../domain/judgement-clock';

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
  const cache = useQueryClient().getQueryCache();
  const hash = hashKey(queryKey);
  const subscribe = useCallback(
    (listener: () => void) =>
      cache.subscribe((event) => {
        if (event.query.queryHash === hash) listener();
      }),
    [cache, hash],
  );
  const get = useCallback(() => {
    const readAt = cache.get(hash)?.state.dataUpdatedAt ?? 0;
    return data ? clock.at(data, readAt, seenSince, pending) : readAt;
  }, [cache, hash, clock, data, seenSince, pending]);
  return useSyncExternalStore(subscribe, get, get);
}

/** When the query's data was last read (0 before), re-rendering only the component that shows it. */
export function useReadAt(queryKey: QueryKey): number {
  const cache = useQueryClient().getQueryCache();
  const hash = hashKey(queryKey);
  const subscribe = useCallback(
    (listener: () => void) =>
      cache.subscribe((event) => {
        if (event.query.queryHash === hash) listener();
      }),
    [cache, hash],
  );
  const get = useCallback(() => cache.get(hash)?.state.dataUpdatedAt ?? 0, [cache, hash]);
  return useSyncExternalStore(subscribe, get, get);
}

/** The query's fetch status ('idle' before it exists), re-rendering only the component asking. */
export function useFetchStatus(queryKey: QueryKey): FetchStatus {
  const cache = useQueryClient().getQueryCache();
  const hash = hashKey(queryKey);
  const subscribe = useCallback(
    (listener: () => void) =>
      cache.subscribe((event) => {
        if (event.query.queryHash === hash) listener();
      }),
    [cache, hash],
  );
  const get = useCallback(() => cache.get(hash)?.state.fetchStatus ?? 'idle', [cache, hash]);
  return useSyncExternalStore(subscribe, get, get);
}
