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
  /** The worst trouble of the chart or any of its instances. */
  attention: Attention | null;
  /** Where the entry sorts by state: trouble first, then busy, running, idle. */
  stateRank: number;
  /**
   * Its facet values as bits (`BIT`), its states (installed or not, in trouble) among them: what
   * filtering and counting 10,000 entries look at.
   */
  mask: number;
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

/** Which trouble outweighs which: failed, then error, then stuck. */
const WEIGHT: Record<Attention, number> = { failed: 3, error: 2, stuck: 1 };

/** Whether anything said of the entry depends on the time (`judgedByTime`, for any release). */
export const entryJudgedByTime = (entry: CatalogEntry): boolean =>
  entry.multi
    ? entry.instances.some((i) => judgedByTime(i.derived.state))
    : judgedByTime(entry.derived.state);

/**
 * What the view needs to know of an entry now. Worked out for every chart of the list at its
 * first read (10,000 at once, before the first paint), so without a list or a set per entry.
 */
export function factsOf(entry: CatalogEntry, now: number, seenSince: SeenSince): EntryFacts {
  const count = entry.multi ? entry.instances.length : 1;
  let installed = false;
  let attention: Attention | null = null;
  let rank = Number.POSITIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const member = entry.multi ? entry.instances[i] : entry;
    if (member === undefined) continue;
    const { derived } = member;
    if (derived.deployment !== null) {
      installed = true;
      rank = Math.min(rank, RANK[derived.state]);
    }
    const trouble = attentionOf(derived, member.row.releaseName, now, seenSince);
    if (trouble !== null && (attention === null || WEIGHT[trouble] > WEIGHT[attention])) {
      attention = trouble;
    }
  }
  const stateRank =
    attention !== null
      ? 0
      : installed
        ? rank
        : entry.multi
          ? RANK.launchable
          : RANK['not-installed'];
  let mask = BIT[entry.kind] | BIT[entry.maturity] | BIT[entry.hardware];
  mask |= installed ? BIT.installed : BIT['not-installed'];
  if (attention !== null) mask |= BIT.attention;
  return { entry, attention, stateRank, mask };
}

export function searchTerms(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

const FACET_KEYS = Object.keys(FACETS) as FacetKey[];
/** Every facet value, in order; a value's bit is 1 << its index here. */
const VALUES = FACET_KEYS.flatMap((facet) => FACETS[facet].map((value) => ({ facet, value })));
const BIT = Object.fromEntries(VALUES.map(({ value }, i) => [value, 1 << i])) as Record<
  (typeof VALUES)[number]['value'],
  number
>;
/** Installed or in trouble: never hidden with the experimental charts. */
const PINNED = BIT.installed | BIT.attention;
/** The bits of all of a facet's values. */
const FACET_BITS = Object.fromEntries(
  FACET_KEYS.map((facet) => [facet, FACETS[facet].reduce((bits, v) => bits | BIT[v], 0)]),
) as Record<FacetKey, number>;

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
 * The first `count` of `sortFacts(all, sort)`, in that order, without sorting the rest: one
 * comparison for most entries instead of a dozen (the order is total: names, then keys).
 */
export function firstSorted(
  all: readonly EntryFacts[],
  count: number,
  sort: SortKey,
): EntryFacts[] {
  const compare = SORTERS[sort];
  const first: EntryFacts[] = [];
  for (const facts of all) {
    const last = first[first.length - 1];
    if (first.length >= count && (last === undefined || compare(facts, last) >= 0)) continue;
    let low = 0;
    let high = first.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const pivot = first[mid];
      if (pivot !== undefined && compare(facts, pivot) < 0) high = mid;
      else low = mid + 1;
    }
    first.splice(low, 0, facts);
    if (first.length > count) first.pop();
  }
  return first;
}

/**
 * Filters and counts: facets combine with AND, values within a facet with OR. The result keeps
 * the order of `all` (see sortFacts).
 */
export function applyView(all: readonly EntryFacts[], view: CatalogView): ViewResult {
  const terms = searchTerms(view.q);
  // Hiding experimental charts (the default) never hides one that is installed or in trouble.
  const hidingExperimental = view.maturity.length === 1 && view.maturity[0] === 'stable';
  const steps = FACET_KEYS.filter((facet) => view[facet].length > 0).map((facet) => ({
    facet,
    /** The bits of its chosen values: an entry with none of them fails the facet. */
    chosen: (view[facet] as readonly string[]).reduce(
      (bits, value) => bits | BIT[value as keyof typeof BIT],
      0,
    ),
  }));
  // How many entries count with each combination of bits; the bits are tallied at the end.
  const byMask = new Uint32Array(1 << VALUES.length);
  const shown: EntryFacts[] = [];
  let hiddenExperimental = 0;
  // Ten thousand rows on every keystroke and facet toggle: no allocation per row, bits only.
  for (const facts of all) {
    if (terms.length > 0 && !terms.every((t) => facts.entry.searchText.includes(t))) continue;
    const pinned = hidingExperimental && (facts.mask & PINNED) !== 0;
    // How many facets the entry fails, and which one when it is just one.
    let failing = 0;
    let failed: FacetKey | null = null;
    for (const step of steps) {
      if ((facts.mask & step.chosen) !== 0 || (step.facet === 'maturity' && pinned)) continue;
      failing += 1;
      failed = step.facet;
      if (failing > 1) break;
    }
    if (failing > 1) continue;
    if (failed === null) {
      shown.push(facts);
      byMask[facts.mask] = (byMask[facts.mask] ?? 0) + 1;
      continue;
    }
    // Failing one facet only: it counts in that facet (choosing its value there would show it).
    const counted = facts.mask & FACET_BITS[failed];
    byMask[counted] = (byMask[counted] ?? 0) + 1;
    if (failed === 'maturity' && facts.entry.maturity === 'experimental') {
      hiddenExperimental += 1;
    }
  }
  const counts = Object.fromEntries(FACET_KEYS.map((facet) => [facet, {}])) as Record<
    FacetKey,
    Record<string, number>
  >;
  VALUES.forEach(({ facet, value }, i) => {
    let n = 0;
    byMask.forEach((entries, mask) => {
      if (mask & (1 << i)) n += entries;
    });
    counts[facet][value] = n;
  });
  return { shown, counts, hiddenExperimental, total: all.length };
}
