import type { ExtensionRow } from '../../api';
import { attentionOf, forceOffered, type SeenSince } from '../../domain/catalog/attention';
import type { EntryFacts } from '../../domain/catalog/view';
import { diagnose } from '../../domain/diagnosis';
import type { DerivedState } from '../../domain/extension-state';
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

/** The lines to show: each chart, and under an open multi-install chart its instances. */
export function catalogItems(
  shown: readonly EntryFacts[],
  closed: readonly string[],
  now: number,
  seenSince: SeenSince,
): CatalogItem[] {
  const items: CatalogItem[] = [];
  for (const { entry, attention } of shown) {
    items.push({
      type: 'entry',
      key: entry.key,
      entry,
      attention,
      offerForce:
        !entry.multi && forceOffered(entry.derived, entry.row.releaseName, now, seenSince),
      ...(entry.multi ? NOTHING : whyOf(entry.row, entry.derived, now, seenSince)),
    });
    if (!entry.multi || closed.includes(entry.key)) continue;
    for (const instance of entry.instances) {
      items.push({
        type: 'instance',
        key: `${entry.key}/${instance.row.releaseName}`,
        entry,
        instance,
        attention: attentionOf(instance.derived, instance.row.releaseName, now, seenSince),
        offerForce: forceOffered(instance.derived, instance.row.releaseName, now, seenSince),
        ...whyOf(instance.row, instance.derived, now, seenSince),
      });
    }
  }
  return items;
}
