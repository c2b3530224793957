import Paper from '@mui/material/Paper';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState } from 'react';
import { EntryCells } from './entry-cells';
import { InstanceCells } from './instance-cells';
import './catalog.css';
import { HEADERS, type CatalogItem, type RowHandlers } from './layout';
import { effectiveVersion } from './version-cell';

const ENTRY_HEIGHT = 72;
const INSTANCE_HEIGHT = 60;

interface Props extends RowHandlers {
  items: readonly CatalogItem[];
  versions: ReadonlyMap<string, string>;
  closed: readonly string[];
}

/** Where the list starts on the page, kept up to date as things above it appear and go. */
function useOffsetTop(element: React.RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    const measure = () => {
      const top = element.current
        ? element.current.getBoundingClientRect().top + window.scrollY
        : 0;
      setOffset((before) => (Math.abs(before - top) < 0.5 ? before : top));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    measure();
    return () => {
      observer.disconnect();
    };
  }, [element]);
  return offset;
}

/**
 * The catalog as a table whose rows are virtualized against the window's scroll, so 10,000
 * extensions cost no more than a screenful.
 */
export const CatalogTable = memo(function CatalogTable({
  items,
  versions,
  closed,
  onVersion,
  onToggle,
  onAction,
}: Props) {
  const body = useRef<HTMLDivElement>(null);
  const offset = useOffsetTop(body);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    // Fixed heights (catalog.css): nothing to measure while scrolling or filtering.
    estimateSize: (index) => (items[index]?.type === 'instance' ? INSTANCE_HEIGHT : ENTRY_HEIGHT),
    overscan: 5,
    scrollMargin: offset,
    getItemKey: (index) => items[index]?.key ?? index,
  });
  return (
    <Paper
      variant="outlined"
      role="table"
      aria-label="Extensions"
      aria-rowcount={items.length + 1}
      className="kh-table"
    >
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
        style={{ position: 'relative', height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items[virtual.index];
          if (!item) return null;
          return (
            <div
              key={virtual.key}
              role="row"
              aria-rowindex={virtual.index + 2}
              className={`kh-row kh-row--virtual${item.type === 'instance' ? ' kh-row--instance' : ''}`}
              style={{ transform: `translateY(${String(virtual.start - offset)}px)` }}
            >
              {item.type === 'entry' ? (
                <EntryCells
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
    </Paper>
  );
});
