import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ChartStatus } from '../../contract/schemas';
import { diagnoseRelease, type Diagnosis } from '../../domain/diagnosis';
import { launchRecordOf, loggedRelease } from '../../domain/releases/launch-record';
import { presenceOf, type PresenceInputs } from '../../domain/releases/presence';
import { releaseFacts } from '../../domain/releases/releases';
import { useKubeHelmClient } from '../../queries/client-context';
import { chartStatusQuery } from '../../queries/extensions';
import { pollInterval } from '../../queries/polling';
import { useFailedReadsInARow } from '../../queries/read-history';
import { useReleases } from '../../queries/releases';
import { useActivityLog } from '../../stores/app-state-context';
import { useStore } from '../../stores/external-store';

const moving = (status: string | undefined) =>
  status !== undefined && (status.startsWith('pending-') || status === 'uninstalling');

/**
 * One release: the list's row (state, pods, diagnosis) and helm's own, fresher status; whether
 * it is there at all; and what this browser sent when it started it. Polls both while the
 * release moves, calmly when it has settled.
 */
export function useRelease(releaseName: string) {
  const client = useKubeHelmClient();
  const { list, rows, releases, now, seenSince, stale, firstReadFailure } = useReleases();
  const entries = useStore(useActivityLog().entries);
  const item = releases?.find((r) => r.releaseName === releaseName);
  const listMoving = item?.phase === 'starting' || item?.phase === 'removing';
  const failedReads = useFailedReadsInARow();
  const helm = useQuery({
    ...chartStatusQuery(client, releaseName),
    // The one polling policy: often while the release moves (by the list or by helm), calmly
    // when it has settled, backing off on failures.
    refetchInterval: (query) => {
      const data = query.state.data;
      return pollInterval({
        rows: undefined,
        failures: failedReads(query),
        eager: listMoving || moving(data?.found ? data.status.STATUS : undefined),
      });
    },
  });
  const status: ChartStatus | null = helm.data?.found ? helm.data.status : null;
  const helmStatus = status?.STATUS ?? null;
  // The list's reading, with helm's fresher status where it has one.
  const facts = useMemo(
    () => (item ? releaseFacts(item, now, seenSince, helmStatus) : null),
    [item, now, seenSince, helmStatus],
  );
  const diagnosis: Diagnosis =
    facts?.diagnosis ??
    diagnoseRelease({ releaseName, deployment: null }, { now, seenSince, helmStatus });

  const [seenHere, setSeenHere] = useState(false);
  // The name it had here, for saying what was removed.
  const [seenName, setSeenName] = useState<string | null>(null);
  if (facts && facts.name !== seenName) setSeenName(facts.name);
  const inputs: PresenceInputs = {
    helm: helm.isPending
      ? 'loading'
      : helm.isError && !helm.data
        ? 'unreadable'
        : helm.data.found
          ? 'found'
          : 'not-found',
    inList: releases ? item !== undefined : null,
    knownBefore: seenHere || loggedRelease(entries, releaseName),
  };
  const presence = presenceOf(inputs);
  if (presence === 'present' && !seenHere) setSeenHere(true);

  const launch = useMemo(() => launchRecordOf(entries, releaseName), [entries, releaseName]);
  const lastEntry = entries.find((e) => e.releaseName === releaseName) ?? null;
  const name = facts?.name ?? seenName ?? lastEntry?.extension ?? releaseName;
  return {
    list,
    firstReadFailure,
    rows,
    helm,
    status,
    facts,
    diagnosis,
    presence,
    launch,
    lastEntry,
    stale,
    name,
  };
}
