import type { ExtensionRow } from '../../api';
import { attentionOf, forceOffered, type SeenSince } from '../../domain/catalog/attention';
import type { EntryFacts } from '../../domain/catalog/view';
import { diagnose } from '../../domain/diagnosis';
import type { DerivedState } from '../../domain/extension-state';
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

const NEVER_SEEN: SeenSince = () => undefined;

type EntryLine = Extract<CatalogItem, { type: 'entry' }>;
type InstanceLine = Extract<CatalogItem, { type: 'instance' }>;

/**
 * The lines of one moment: a chart's or an instance's line depends only on it, the moment and
 * what this browser saw when, so it is worked out once per moment and taken again when the view
 * changes (a facet toggle or a keystroke over ten thousand charts diagnoses none of them again).
 */
export class LineCache {
  private now = Number.NaN;
  private seenSince: SeenSince = NEVER_SEEN;
  private entries = new WeakMap<EntryFacts, EntryLine>();
  private instances = new WeakMap<InstanceEntry, InstanceLine>();

  /** Forgets every line when the moment or the memory of first sightings changed. */
  at(now: number, seenSince: SeenSince): this {
    if (now !== this.now || seenSince !== this.seenSince) {
      this.now = now;
      this.seenSince = seenSince;
      this.entries = new WeakMap();
      this.instances = new WeakMap();
    }
    return this;
  }

  entryLine(facts: EntryFacts): EntryLine {
    let line = this.entries.get(facts);
    if (!line) {
      const { entry, attention } = facts;
      const { seenSince } = this;
      line = {
        type: 'entry',
        key: entry.key,
        entry,
        attention,
        offerForce:
          !entry.multi && forceOffered(entry.derived, entry.row.releaseName, this.now, seenSince),
        ...(entry.multi ? NOTHING : whyOf(entry.row, entry.derived, this.now, seenSince)),
      };
      this.entries.set(facts, line);
    }
    return line;
  }

  instanceLine(entry: CatalogEntry, instance: InstanceEntry): InstanceLine {
    let line = this.instances.get(instance);
    if (line?.entry !== entry) {
      const { seenSince } = this;
      const name = instance.row.releaseName;
      line = {
        type: 'instance',
        key: `${entry.key}/${name}`,
        entry,
        instance,
        attention: attentionOf(instance.derived, name, this.now, seenSince),
        offerForce: forceOffered(instance.derived, name, this.now, seenSince),
        ...whyOf(instance.row, instance.derived, this.now, seenSince),
      };
      this.instances.set(instance, line);
    }
    return line;
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
  const lines = cache.at(now, seenSince);
  const items: CatalogItem[] = [];
  for (const facts of shown) {
    items.push(lines.entryLine(facts));
    const { entry } = facts;
    if (!entry.multi || closed.includes(entry.key)) continue;
    for (const instance of entry.instances) items.push(lines.instanceLine(entry, instance));
  }
  return items;
}
