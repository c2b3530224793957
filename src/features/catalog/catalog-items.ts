import { attentionOf, forceOffered, type SeenSince } from '../../domain/catalog/attention';
import type { EntryFacts } from '../../domain/catalog/view';
import type { CatalogItem } from './layout';

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
      });
    }
  }
  return items;
}
