import type { ExtensionState } from '../extension-state';
import { attentionOf, type Attention, type SeenSince } from './attention';
import type { CatalogEntry, HardwareValue, KindValue, MaturityValue } from './entries';

export type StateValue = 'installed' | 'not-installed' | 'attention';
export type SortKey = 'name' | 'state' | 'kind';

export const FACETS = {
  kind: ['workflow', 'application'],
  maturity: ['stable', 'experimental'],
  hardware: ['cpu', 'gpu'],
  state: ['installed', 'not-installed', 'attention'],
} as const satisfies Record<string, readonly string[]>;

export type FacetKey = keyof typeof FACETS;
export const SORT_KEYS: readonly SortKey[] = ['name', 'state', 'kind'];

/** What the user asked to see: all of it lives in the URL. */
export interface CatalogView {
  q: string;
  kind: KindValue[];
  maturity: MaturityValue[];
  hardware: HardwareValue[];
  state: StateValue[];
  sort: SortKey;
  /** Multi-installable charts whose instances are collapsed (they are shown by default). */
  closed: string[];
}

/** Experimental charts are hidden until asked for, as in Kaapana today. */
export const DEFAULT_VIEW: CatalogView = {
  q: '',
  kind: [],
  maturity: ['stable'],
  hardware: [],
  state: [],
  sort: 'name',
  closed: [],
};

/** An entry with what the view needs to know about it now. */
export interface EntryFacts {
  entry: CatalogEntry;
  states: ReadonlySet<StateValue>;
  /** The worst trouble of the chart or any of its instances. */
  attention: Attention | null;
  /** Where the entry sorts by state: trouble first, then busy, running, idle. */
  stateRank: number;
}

const RANK: Record<ExtensionState, number> = {
  failed: 1,
  error: 1,
  unknown: 2,
  installing: 3,
  uninstalling: 3,
  starting: 4,
  ready: 5,
  launchable: 7,
  'not-installed': 8,
};

export function factsOf(entry: CatalogEntry, now: number, seenSince: SeenSince): EntryFacts {
  const members = entry.multi
    ? entry.instances.map((i) => ({ derived: i.derived, name: i.row.releaseName }))
    : [{ derived: entry.derived, name: entry.row.releaseName }];
  const installed = members.some((m) => m.derived.deployment !== null);
  const troubles = members
    .map((m) => attentionOf(m.derived, m.name, now, seenSince))
    .filter((a): a is Attention => a !== null);
  const attention = troubles.includes('failed')
    ? 'failed'
    : troubles.includes('error')
      ? 'error'
      : (troubles[0] ?? null);
  const states = new Set<StateValue>([installed ? 'installed' : 'not-installed']);
  if (attention) states.add('attention');
  const ranks = members.filter((m) => m.derived.deployment).map((m) => RANK[m.derived.state]);
  const stateRank = attention
    ? 0
    : ranks.length > 0
      ? Math.min(...ranks)
      : entry.multi
        ? RANK.launchable
        : RANK['not-installed'];
  return { entry, states, attention, stateRank };
}

export function searchTerms(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

const facetValues = (facts: EntryFacts, facet: FacetKey): readonly string[] => {
  switch (facet) {
    case 'kind':
      return [facts.entry.kind];
    case 'maturity':
      return [facts.entry.maturity];
    case 'hardware':
      return [facts.entry.hardware];
    case 'state':
      return [...facts.states];
  }
};

export type FacetCounts = { [F in FacetKey]: Record<(typeof FACETS)[F][number], number> };

export interface ViewResult {
  shown: EntryFacts[];
  counts: FacetCounts;
  /** Entries that match everything but are hidden because experimental ones are not shown. */
  hiddenExperimental: number;
  total: number;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const compareNames = (a: EntryFacts, b: EntryFacts) =>
  collator.compare(a.entry.name, b.entry.name) || (a.entry.key < b.entry.key ? -1 : 1);

const SORTERS: Record<SortKey, (a: EntryFacts, b: EntryFacts) => number> = {
  name: compareNames,
  state: (a, b) => a.stateRank - b.stateRank || compareNames(a, b),
  kind: (a, b) =>
    (a.entry.kind === b.entry.kind ? 0 : a.entry.kind === 'workflow' ? -1 : 1) ||
    compareNames(a, b),
};

/** Sorts once per list and sort order; filtering keeps this order. */
export function sortFacts(all: readonly EntryFacts[], sort: SortKey): EntryFacts[] {
  return [...all].sort(SORTERS[sort]);
}

/**
 * Filters and counts: facets combine with AND, values within a facet with OR. The result keeps
 * the order of `all` (see sortFacts).
 */
export function applyView(all: readonly EntryFacts[], view: CatalogView): ViewResult {
  const terms = searchTerms(view.q);
  // Hiding experimental charts (the default) never hides one that is installed or in trouble.
  const hidingExperimental = view.maturity.length === 1 && view.maturity[0] === 'stable';
  const facetKeys = Object.keys(FACETS) as FacetKey[];
  const counts = Object.fromEntries(
    facetKeys.map((f) => [f, Object.fromEntries(FACETS[f].map((v) => [v, 0]))]),
  ) as FacetCounts;
  const shown: EntryFacts[] = [];
  let hiddenExperimental = 0;
  for (const facts of all) {
    if (terms.length > 0 && !terms.every((t) => facts.entry.searchText.includes(t))) continue;
    const pinned =
      hidingExperimental && (facts.states.has('installed') || facts.attention !== null);
    const passes = facetKeys.map((facet) => {
      if (facet === 'maturity' && pinned) return true;
      const selected = view[facet] as readonly string[];
      return selected.length === 0 || facetValues(facts, facet).some((v) => selected.includes(v));
    });
    const failing = passes.filter((p) => !p).length;
    if (failing === 0) shown.push(facts);
    facetKeys.forEach((facet, i) => {
      if (failing === 0 || (failing === 1 && !passes[i])) {
        const bucket = counts[facet] as Record<string, number>;
        for (const v of facetValues(facts, facet)) bucket[v] = (bucket[v] ?? 0) + 1;
      }
    });
    const maturityIndex = facetKeys.indexOf('maturity');
    if (failing === 1 && !passes[maturityIndex] && facts.entry.maturity === 'experimental') {
      hiddenExperimental += 1;
    }
  }
  return { shown, counts, hiddenExperimental, total: all.length };
}
