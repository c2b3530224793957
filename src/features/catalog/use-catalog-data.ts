import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { KeepIdentical, sameFacts, shallowEqual } from '../../domain/catalog/keep-identical';
import { StickyVersions } from '../../domain/catalog/sticky-versions';
import {
  applyView,
  entryJudgedByTime,
  factsOf,
  firstSorted,
  sortFacts,
  type CatalogView,
  type EntryFacts,
} from '../../domain/catalog/view';
import { JudgementClock } from '../../domain/judgement-clock';
import { MomentCache } from '../../domain/moment-cache';
import { withPending } from '../../domain/pending';
import { useKubeHelmClient } from '../../queries/client-context';
import { extensionsQuery, kubeHelmKeys } from '../../queries/extensions';
import { useJudgedAt } from '../../queries/list-clock';
import { pollInterval } from '../../queries/polling';
import { useFailedReadsInARow, useUnfreshness } from '../../queries/read-history';
import { usePendingOperations, useSeenSince } from '../../stores/app-state-context';
import { catalogItems, LineCache, linesBeyond, NO_LINES } from './catalog-items';
import type { CatalogEntry } from '../../domain/catalog/entries';
import type { CatalogItem } from './layout';
import { useEntries } from './use-entries';
import { FIRST_SCREENFUL_ENTRIES, useFirstScreenful } from './use-first-screenful';

/**
 * The catalog's data: the polled list with what this browser just asked for laid over it, grouped
 * into entries, filtered and sorted by the view, and cut into the lines of the table.
 *
 * A read that brings the same answer re-renders nothing here: the query notifies only when its
 * data, error or loading changes, the moment the list is judged at moves only when a judgement
 * could change (`useJudgedAt`), and freshness only when it is not fresh. Whether a read is under
 * way and when the list was read are shown by the small components that need them.
 */
export function useCatalogData(
  view: CatalogView,
  /** Until when to look often (after "update extensions"), ms since epoch. */
  { eagerUntil }: { eagerUntil: number },
) {
  const client = useKubeHelmClient();
  const pending = usePendingOperations();
  const seenSince = useSeenSince();
  const failedReads = useFailedReadsInARow();
  const extensions = useQuery({
    ...extensionsQuery(client),
    refetchInterval: (query) =>
      pollInterval({
        rows: query.state.data,
        failures: failedReads(query),
        eager: pending.length > 0 || Date.now() < eagerUntil,
      }),
    notifyOnChangeProps: ['data', 'error', 'isPending'],
  });
  const { data } = extensions;
  const [clock] = useState(() => new JudgementClock());
  const now = useJudgedAt(kubeHelmKeys.extensions(), clock, data, seenSince, pending);
  // Versions seen in a full read outlive quick re-reads that show fewer; what this browser just
  // asked for shows at once, until the list catches up.
  const [sticky] = useState(() => new StickyVersions());
  const rows = useMemo(
    () => (data ? withPending(sticky.apply(data, now), pending) : undefined),
    [data, now, sticky, pending],
  );
  const entries = useEntries(rows);
  // When the moment of judgement moves, most charts are judged as before: only those judged by
  // time are worked out again, the others stay the very same objects, and when all do, so does
  // the list (nothing below works or renders again).
  const [factsCache] = useState(
    () => new MomentCache<CatalogEntry, EntryFacts>((facts) => entryJudgedByTime(facts.entry)),
  );
  const [keptFacts] = useState(() => new KeepIdentical(sameFacts));
  // Lines of other charts at the same place (a filter moved the list) differ at once in their key:
  // 10,000 of them are compared on each toggle, without listing any object's properties.
  const [keptItems] = useState(
    () => new KeepIdentical<CatalogItem>((a, b) => a.key === b.key && shallowEqual(a, b)),
  );
  const [lines] = useState(() => new LineCache());
  const facts = useMemo(
    () =>
      keptFacts.apply(
        entries.map((e) => factsCache.get(e, now, seenSince, () => factsOf(e, now, seenSince))),
      ),
    [factsCache, keptFacts, entries, now, seenSince],
  );
  // A large list's first paint: filtered and counted in full, but only its first screenful sorted
  // and laid out (`result.shown` is then in the list's order: only its length is read).
  const firstScreenful = useFirstScreenful(facts.length);
  const sorted = useMemo(
    () => (firstScreenful ? facts : sortFacts(facts, view.sort)),
    [firstScreenful, facts, view.sort],
  );
  const result = useMemo(() => applyView(sorted, view), [sorted, view]);
  const shown = useMemo(
    () =>
      firstScreenful ? firstSorted(result.shown, FIRST_SCREENFUL_ENTRIES, view.sort) : result.shown,
    [firstScreenful, result.shown, view.sort],
  );
  const items = useMemo(
    () => keptItems.apply(catalogItems(shown, view.closed, now, seenSince, lines)),
    [keptItems, lines, shown, view.closed, now, seenSince],
  );
  const later = useMemo(
    () => (firstScreenful ? linesBeyond(result.shown, view.closed, items) : NO_LINES),
    [firstScreenful, result.shown, view.closed, items],
  );
  // From when the list was read and what became of the reads since, never from TanStack's failure
  // count (a restarted read resets it while the backend still fails or hangs).
  const unfresh = useUnfreshness(kubeHelmKeys.extensions());
  const stale = unfresh?.kind === 'stale' ? unfresh : null;
  const unread = unfresh?.kind === 'unread' ? unfresh : null;
  return { extensions, result, items, later, stale, unread };
}
