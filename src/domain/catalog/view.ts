import type { ExtensionState } from '../extension-state';
import { attentionOf, judgedByTime, type Attention, type SeenSince } from './attention';
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

/** Whether anything said of the entry depends on the time (`judgedByTime`, for any release). */
export const entryJudgedByTime = (entry: CatalogEntry): boolean =>
  entry.multi
    ? entry.instances.some((i) => judgedByTime(i.derived.state))
    : judgedByTime(entry.derived.state);

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

/** The entry's value of a facet with one value per entry; null for `state` (a set). */
const singleValue = (facts: EntryFacts, facet: FacetKey): string | null => {
  switch (facet) {
    case 'kind':
      return facts.entry.kind;
    case 'maturity':
      return facts.entry.maturity;
    case 'hardware':
      return facts.entry.hardware;
    case 'state':
      return null;
  }
};

/** Whether one of the entry's values of `facet` is among `selected` (asked once per row). */
function hasSelected(facts: EntryFacts, facet: FacetKey, selected: readonly string[]): boolean {
  const value = singleValue(facts, facet);
  if (value !== null) return selected.includes(value);
  for (const state of facts.states) if (selected.includes(state)) return true;
  return false;
}

function countValues(facts: EntryFacts, facet: FacetKey, bucket: Record<string, number>): void {
  const value = singleValue(facts, facet);
  if (value !== null) bucket[value] = (bucket[value] ?? 0) + 1;
  else for (const state of facts.states) bucket[state] = (bucket[state] ?? 0) + 1;
}

const FACET_KEYS = Object.keys(FACETS) as FacetKey[];

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
  const counts = Object.fromEntries(
    FACET_KEYS.map((f) => [f, Object.fromEntries(FACETS[f].map((v) => [v, 0]))]),
  ) as FacetCounts;
  const plan = FACET_KEYS.map((facet) => ({
    facet,
    selected: view[facet],
    bucket: counts[facet],
  }));
  const shown: EntryFacts[] = [];
  let hiddenExperimental = 0;
  // Ten thousand rows on every keystroke and facet toggle: no allocation per row.
  for (const facts of all) {
    if (terms.length > 0 && !terms.every((t) => facts.entry.searchText.includes(t))) continue;
    const pinned =
      hidingExperimental && (facts.states.has('installed') || facts.attention !== null);
    // How many facets the entry fails, and which one when it is just one.
    let failing = 0;
    let failed: (typeof plan)[number] | null = null;
    for (const step of plan) {
      if (failing > 1) break;
      if (step.selected.length === 0 || (step.facet === 'maturity' && pinned)) continue;
      if (!hasSelected(facts, step.facet, step.selected)) {
        failing += 1;
        failed = step;
      }
    }
    if (failing > 1) continue;
    if (failed === null) {
      shown.push(facts);
      for (const step of plan) countValues(facts, step.facet, step.bucket);
      continue;
    }
    // Failing one facet only: it counts in that facet (choosing its value there would show it).
    countValues(facts, failed.facet, failed.bucket);
    if (failed.facet === 'maturity' && facts.entry.maturity === 'experimental') {
      hiddenExperimental += 1;
    }
  }
  return { shown, counts, hiddenExperimental, total: all.length };
}
