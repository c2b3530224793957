import { memo, useCallback, useEffect, useRef } from 'react';
import { EntryCells } from './entry-cells';
import { InstanceCells } from './instance-cells';
import './catalog.css';
import type { LineCounts } from './catalog-items';
import { HEADERS, type CatalogItem, type RowHandlers } from './layout';
import { onRowKeyDown } from './row-keys';
import { useNarrow, useOffsetTop } from './use-table-geometry';
import { useWindowRows } from './use-window-rows';
import { effectiveVersion } from './version-cell';

/** Line heights (catalog.css): a table on wide screens, cards on narrow ones. */
const HEIGHTS = {
  table: { entry: 72, instance: 60 },
  cards: { entry: 112, instance: 96 },
};
/** Below this width the lines become cards: name, state, the one action. */
const CARDS_BELOW_PX = 640;

interface Props extends RowHandlers {
  items: readonly CatalogItem[];
  /** Lines after `items` not laid out yet (a large list's first paint): room is kept for them. */
  later: LineCounts;
  versions: ReadonlyMap<string, string>;
  closed: readonly string[];
}

/**
 * The catalog as a table whose rows are virtualized against the window's scroll, so 10,000
 * extensions cost no more than a screenful.
 */
export const CatalogTable = memo(function CatalogTable({
  items,
  later,
  versions,
  closed,
  onVersion,
  onToggle,
  onAction,
}: Props) {
  const body = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLDivElement>(null);
  const offset = useOffsetTop(body);
  const cards = useNarrow(table, CARDS_BELOW_PX);
  const heights = cards ? HEIGHTS.cards : HEIGHTS.table;
  // Fixed heights (catalog.css): nothing to measure while scrolling or filtering; the places of
  // the lines are worked out again only when the lines or their heights change.
  const heightOf = useCallback(
    (index: number) => (items[index]?.type === 'instance' ? heights.instance : heights.entry),
    [items, heights],
  );
  const rows = useWindowRows(items.length, heightOf, offset);
  const laterHeight = later.entries * heights.entry + later.instances * heights.instance;
  const { scrollToIndex } = rows;
  // Arrow keys within and between rows: one listener on the rows' group, not one per row.
  useEffect(() => {
    const group = body.current;
    if (!group) return undefined;
    const onKey = (event: KeyboardEvent) => {
      onRowKeyDown(event, scrollToIndex);
    };
    group.addEventListener('keydown', onKey);
    return () => {
      group.removeEventListener('keydown', onKey);
    };
  }, [scrollToIndex]);
  return (
    <div
      ref={table}
      role="table"
      aria-label="Extensions"
      aria-describedby="kh-table-keys"
      aria-rowcount={items.length + later.entries + later.instances + 1}
      className={cards ? 'kh-table kh-table--cards' : 'kh-table'}
    >
      <p id="kh-table-keys" className="kh-visually-hidden">
        Tab moves from one extension&apos;s action to the next. The left and right arrow keys reach
        the other controls of an extension, the up and down arrow keys the extensions above and
        below.
      </p>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="kh-row kh-row--head">
          {HEADERS.map(({ label, column }) => (
            <div
              key={label}
              role="columnheader"
              className={column ? `kh-col-${column}` : undefined}
            >
              {label}
            </div>
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        ref={body}
        style={{ position: 'relative', height: rows.height + laterHeight }}
      >
        {items.slice(rows.start, rows.end).map((item, i) => {
          const index = rows.start + i;
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={index + 2}
              className={`kh-row kh-row--virtual${item.type === 'instance' ? ' kh-row--instance' : ''}`}
              style={{ transform: `translateY(${String(rows.top(index))}px)` }}
            >
              {item.type === 'entry' ? (
                <EntryCells
                  whyTone={item.whyTone}
                  why={item.why}
                  whyDetail={item.whyDetail}
                  entry={item.entry}
                  attention={item.attention}
                  offerForce={item.offerForce}
                  version={effectiveVersion(item.entry, versions.get(item.entry.key))}
                  expanded={!closed.includes(item.entry.key)}
                  onVersion={onVersion}
                  onToggle={onToggle}
                  onAction={onAction}
                />
              ) : (
                <InstanceCells
                  whyTone={item.whyTone}
                  why={item.why}
                  whyDetail={item.whyDetail}
                  entry={item.entry}
                  instance={item.instance}
                  attention={item.attention}
                  offerForce={item.offerForce}
                  onAction={onAction}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
});
