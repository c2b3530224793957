import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { ExtensionRow } from '../contract/schemas';
import { JudgementClock } from '../domain/judgement-clock';
import { seenSinceOf, type Observations } from '../domain/observations';
import { withPending, type PendingOperation } from '../domain/pending';
import { ReleaseFactsCache } from '../domain/releases/facts-cache';
import type { ReleaseFacts } from '../domain/releases/releases';
import { useObservations, usePendingOperations } from '../stores/app-state-context';
import { useKubeHelmClient } from './client-context';
import { extensionsQuery, kubeHelmKeys } from './extensions';
import { pollInterval } from './polling';
import { useJudgedAt } from './list-clock';
import { useFailedReadsInARow, useUnfreshness } from './read-history';

interface Inputs {
  data: readonly ExtensionRow[];
  pending: readonly PendingOperation[];
  now: number;
  observations: Observations;
}

interface Derived {
  rows: ExtensionRow[];
  releases: readonly ReleaseFacts[];
  needAttention: number;
}

/**
 * The releases of one answer of the list. The navigation's count, the banner and the page all
 * ask for the same answer at once: the last result is kept, so it is worked out once.
 */
let last: { inputs: Inputs; derived: Derived } | null = null;

const sameInputs = (a: Inputs, b: Inputs) =>
  a.data === b.data &&
  a.pending === b.pending &&
  a.now === b.now &&
  a.observations === b.observations;

/** One for every user of the list, like `last`: they all judge an answer at the same moment. */
const clock = new JudgementClock();
/** Keeps the facts of releases that cannot have changed (most of them, when `now` moves). */
const factsCache = new ReleaseFactsCache();

function derive(inputs: Inputs): Derived {
  if (last !== null && sameInputs(last.inputs, inputs)) return last.derived;
  const rows = withPending(inputs.data, inputs.pending);
  const seenSince = seenSinceOf(inputs.observations);
  const releases = factsCache.factsOf(rows, inputs.now, seenSince);
  const derived = {
    rows,
    releases,
    needAttention:
      last?.derived.releases === releases
        ? last.derived.needAttention
        : releases.filter((r) => r.attention !== null).length,
  };
  last = { inputs, derived };
  return derived;
}

/**
 * Every deployed release with its state, attention and diagnosis, from the polled list with what
 * this browser just asked for laid over it. Used by the navigation's count, the stuck banner,
 * the releases place and a release's page.
 *
 * Each user of the list polls it with the same policy; that costs no extra requests: TanStack
 * restarts every observer's interval whenever the list is fetched, so the timers fire together,
 * and fetches already under way are shared.
 */
export function useReleases({
  /**
   * For what only accompanies the page (the navigation's count, the banner): a new answer
   * reaches it after the page has shown that answer, so that working out every release of a
   * large list does not hold back the first rows.
   */
  afterThePage = false,
}: { afterThePage?: boolean } = {}) {
  const client = useKubeHelmClient();
  const pending = usePendingOperations();
  const observations = useObservations();
  const failedReads = useFailedReadsInARow();
  const list = useQuery({
    ...extensionsQuery(client),
    refetchInterval: (query) =>
      pollInterval({
        rows: query.state.data,
        failures: failedReads(query),
        eager: pending.length > 0,
      }),
  });
  const deferred = useDeferredValue(list.data);
  const data = afterThePage ? deferred : list.data;
  const seenSince = useMemo(() => seenSinceOf(observations), [observations]);
  // Moves with the reads, except over identical answers while no judgement depends on time; read
  // from the cache, so that a read bringing the same answer re-renders none of the list's users.
  const now = useJudgedAt(kubeHelmKeys.extensions(), clock, data, seenSince, pending);
  const derived = useMemo(
    () => (data ? derive({ data, pending, now, observations }) : undefined),
    [data, pending, now, observations],
  );
  /** The last good list stays on screen while reading it fails (judged by read times). */
  const unfresh = useUnfreshness(kubeHelmKeys.extensions());
  const stale = data !== undefined && unfresh?.kind === 'stale';
  // A first read that failed shows at once, not after TanStack's retries (seconds of skeleton).
  const firstReadFailure = unfresh?.kind === 'unread' ? unfresh.failure : null;
  return {
    list,
    firstReadFailure,
    rows: derived?.rows,
    releases: derived?.releases,
    needAttention: derived?.needAttention ?? 0,
    now,
    stale,
    seenSince,
  };
}
