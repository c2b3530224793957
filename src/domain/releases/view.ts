import { searchTerms } from '../catalog/view';
import type { ReleaseFacts, ReleasePhase } from './releases';

/** The phases offered as filters, in the order they are shown. */
export const PHASES: readonly ReleasePhase[] = [
  'attention',
  'starting',
  'removing',
  'ready',
  'other',
];

export type ReleaseSort = 'state' | 'name' | 'age' | 'chart';
export const RELEASE_SORTS: readonly ReleaseSort[] = ['state', 'name', 'age', 'chart'];

/** What the user asked to see on the releases place; all of it lives in the URL. */
export interface ReleasesView {
  q: string;
  /** Empty: every phase. */
  phase: ReleasePhase[];
  sort: ReleaseSort;
}

export const DEFAULT_RELEASES_VIEW: ReleasesView = { q: '', phase: [], sort: 'state' };

export interface ReleasesResult {
  shown: ReleaseFacts[];
  /** Per phase, among the releases matching the search. */
  counts: Record<ReleasePhase, number>;
  total: number;
}

const RANK: Record<ReleasePhase, number> = {
  attention: 0,
  other: 1,
  starting: 2,
  removing: 3,
  ready: 4,
};

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const byName = (a: ReleaseFacts, b: ReleaseFacts) =>
  collator.compare(a.name, b.name) || collator.compare(a.releaseName, b.releaseName);

const SORTERS: Record<ReleaseSort, (a: ReleaseFacts, b: ReleaseFacts) => number> = {
  state: (a, b) => RANK[a.phase] - RANK[b.phase] || byName(a, b),
  name: byName,
  // Newest first; releases of unknown age last.
  age: (a, b) => (b.deployedAt ?? -Infinity) - (a.deployedAt ?? -Infinity) || byName(a, b),
  chart: (a, b) => collator.compare(a.row.chart_name, b.row.chart_name) || byName(a, b),
};

function searchText(r: ReleaseFacts): string {
  return [r.name, r.releaseName, r.row.chart_name, r.version, r.deployment.helm_status]
    .join(' ')
    .toLowerCase();
}

/** Searches, counts the phases of what the search leaves, filters by phase, sorts. */
export function applyReleasesView(
  all: readonly ReleaseFacts[],
  view: ReleasesView,
): ReleasesResult {
  const terms = searchTerms(view.q);
  const counts: Record<ReleasePhase, number> = {
    attention: 0,
    starting: 0,
    removing: 0,
    ready: 0,
    other: 0,
  };
  const shown: ReleaseFacts[] = [];
  for (const release of all) {
    const text = searchText(release);
    if (!terms.every((t) => text.includes(t))) continue;
    counts[release.phase] += 1;
    if (view.phase.length === 0 || view.phase.includes(release.phase)) shown.push(release);
  }
  shown.sort(SORTERS[view.sort]);
  return { shown, counts, total: all.length };
}

/** Reads the view from the address; anything unknown is ignored. */
export function releasesViewFromParams(params: URLSearchParams): ReleasesView {
  const phase = (params.get('state') ?? '')
    .split(',')
    .filter((p): p is ReleasePhase => (PHASES as readonly string[]).includes(p));
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    phase: PHASES.filter((p) => phase.includes(p)),
    sort: RELEASE_SORTS.find((s) => s === sort) ?? DEFAULT_RELEASES_VIEW.sort,
  };
}

/** Writes the view to the address, leaving out what is default, in a stable order. */
export function releasesViewToParams(view: ReleasesView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set('q', view.q);
  if (view.phase.length > 0) {
    params.set('state', PHASES.filter((p) => view.phase.includes(p)).join(','));
  }
  if (view.sort !== DEFAULT_RELEASES_VIEW.sort) params.set('sort', view.sort);
  return params;
}
