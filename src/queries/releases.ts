import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { withPending } from '../domain/pending';
import { releaseFacts, releasesOf, type ReleaseFacts } from '../domain/releases/releases';
import { usePendingOperations, useSeenSince } from '../stores/app-state-context';
import { useKubeHelmClient } from './client-context';
import { extensionsQuery } from './extensions';
import { pollInterval } from './polling';

/**
 * Every deployed release with its state, attention and diagnosis, from the polled list with what
 * this browser just asked for laid over it. Used by the navigation's count, the stuck banner,
 * the releases place and a release's page.
 *
 * Each user of the list polls it with the same policy; that costs no extra requests: TanStack
 * restarts every observer's interval whenever the list is fetched, so the timers fire together,
 * and fetches already under way are shared.
 */
export function useReleases() {
  const client = useKubeHelmClient();
  const pending = usePendingOperations();
  const seenSince = useSeenSince();
  const list = useQuery({
    ...extensionsQuery(client),
    refetchInterval: (query) =>
      pollInterval({
        rows: query.state.data,
        failures: query.state.fetchFailureCount,
        eager: pending.length > 0,
      }),
  });
  const rows = useMemo(
    () => (list.data ? withPending(list.data, pending) : undefined),
    [list.data, pending],
  );
  const now = list.dataUpdatedAt;
  const releases = useMemo<ReleaseFacts[] | undefined>(
    () => rows && releasesOf(rows).map((item) => releaseFacts(item, now, seenSince)),
    [rows, now, seenSince],
  );
  const needAttention = useMemo(
    () => releases?.filter((r) => r.attention !== null).length ?? 0,
    [releases],
  );
  /** The last good list stays on screen while reading it fails. */
  const stale = list.data !== undefined && (list.isError || list.failureCount > 0);
  return { list, rows, releases, needAttention, now, stale, seenSince };
}
