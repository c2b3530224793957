import type { ExtensionRow } from '../../api';
import {
  attentionOf,
  forceOffered,
  judgedByTime,
  type SeenSince,
} from '../../domain/catalog/attention';
import type { EntryFacts } from '../../domain/catalog/view';
import { diagnose } from '../../domain/diagnosis';
import type { DerivedState } from '../../domain/extension-state';
import { MomentCache } from '../../domain/moment-cache';
import type { CatalogEntry, InstanceEntry } from '../../domain/catalog/entries';
import type { CatalogItem, Why } from './layout';

const NOTHING: Why = { whyTone: 'ok', why: '', whyDetail: '' };

/** The plain-language reading of a release, for a line that has one. */
export function whyOf(
  row: ExtensionRow,
  derived: DerivedState,
  now: number,
  seenSince: SeenSince,
): Why {
  if (derived.deployment === null) return NOTHING;
  const reading = diagnose(row, { now, seenSince });
  return {
    whyTone: reading.tone,
    why: reading.headline,
    whyDetail: [reading.explanation, reading.next.text].filter(Boolean).join(' '),
  };
}

type EntryLine = Extract<CatalogItem, { type: 'entry' }>;
type InstanceLine = Extract<CatalogItem, { type: 'instance' }>;

const lineByTime = (line: EntryLine | InstanceLine) =>
  line.type === 'instance'
    ? judgedByTime(line.instance.derived.state)
    : !line.entry.multi && judgedByTime(line.entry.derived.state);

/**
 * The lines, kept (`MomentCache`): a chart's or an instance's line depends only on it, the moment
 * and what this browser saw when, so it is worked out once and taken again when the view changes
 * (a facet toggle or a keystroke over ten thousand charts diagnoses none of them again), and when
 * the moment moves only the lines of releases judged by time are worked out again.
 */
export class LineCache {
  private entries = new MomentCache<EntryFacts, EntryLine>(lineByTime);
  private instances = new MomentCache<InstanceEntry, InstanceLine>(lineByTime);

  entryLine(facts: EntryFacts, now: number, seenSince: SeenSince): EntryLine {
    return this.entries.get(facts, now, seenSince, () => {
      const { entry, attention } = facts;
      return {
        type: 'entry',
        key: entry.key,
        entry,
        attention,
        offerForce:
          !entry.multi && forceOffered(entry.derived, entry.row.releaseName, now, seenSince),
        ...(entry.multi ? NOTHING : whyOf(entry.row, entry.derived, now, seenSince)),
      };
    });
  }

  instanceLine(
    entry: CatalogEntry,
    instance: InstanceEntry,
    now: number,
    seenSince: SeenSince,
  ): InstanceLine {
    const name = instance.row.releaseName;
    return this.instances.get(
      instance,
      now,
      seenSince,
      () => ({
        type: 'instance',
        key: `${entry.key}/${name}`,
        entry,
        instance,
        attention: attentionOf(instance.derived, name, now, seenSince),
        offerForce: forceOffered(instance.derived, name, now, seenSince),
        ...whyOf(instance.row, instance.derived, now, seenSince),
      }),
      (line) => line.entry === entry,
    );
  }
}

/** The lines to show: each chart, and under an open multi-install chart its instances. */
export function catalogItems(
  shown: readonly EntryFacts[],
  closed: readonly string[],
  now: number,
  seenSince: SeenSince,
  cache: LineCache = new LineCache(),
): CatalogItem[] {
  const items: CatalogItem[] = [];
  for (const facts of shown) {
    items.push(cache.entryLine(facts, now, seenSince));
    const { entry } = facts;
    if (!entry.multi || closed.includes(entry.key)) continue;
    for (const instance of entry.instances) {
      items.push(cache.instanceLine(entry, instance, now, seenSince));
    }
  }
  return items;
}

/** Lines of each kind, by count. */
export interface LineCounts {
  entries: number;
  instances: number;
}

export const NO_LINES: LineCounts = { entries: 0, instances: 0 };

/**
 * How many lines `catalogItems(shown, closed, …)` would give beyond `items` (the lines of the
 * first screenful only): what the table reserves room for until they are laid out.
 */
export function linesBeyond(
  shown: readonly EntryFacts[],
  closed: readonly string[],
  items: readonly CatalogItem[],
): LineCounts {
  let entries = 0;
  let instances = 0;
  for (const { entry } of shown) {
    entries += 1;
    if (entry.multi && !closed.includes(entry.key)) instances += entry.instances.length;
  }
  for (const item of items) {
    if (item.type === 'entry') entries -= 1;
    else instances -= 1;
  }
  return { entries, instances };
}
