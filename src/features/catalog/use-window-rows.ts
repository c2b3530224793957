import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';

/** Lines rendered beyond each edge of the window, so that a short scroll shows no gap. */
const OVERSCAN = 5;

export interface WindowRows {
  /** The first line to render, and one past the last. */
  start: number;
  end: number;
  /** Where line `index` starts within the list, in px. */
  top: (index: number) => number;
  /** The list's whole height. */
  height: number;
  /** Scrolls the window just enough that line `index` is in view. */
  scrollToIndex: (index: number) => void;
}

/** The last index whose offset is at most `y` (offsets ascend; offsets[0] is 0). */
function lineAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((offsets[mid] ?? 0) <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}

function rangeOf(offsets: Float64Array, listTop: number): [number, number] {
  const count = offsets.length - 1;
  if (count <= 0) return [0, 0];
  const top = window.scrollY - listTop;
  const first = Math.min(lineAt(offsets, Math.max(0, top)), count - 1);
  const last = Math.min(lineAt(offsets, Math.max(0, top + window.innerHeight)), count - 1);
  return [Math.max(0, first - OVERSCAN), Math.min(count, last + 1 + OVERSCAN)];
}

/**
 * The lines of a list of fixed-height lines that the window's scroll shows, the list starting
 * `listTop` px down the page. Filtering 10,000 lines costs one pass over their heights into one
 * typed array (no object per line), scrolling a binary search; the list renders again only when
 * the lines in view change, at once (flushSync) so that a fast scroll shows no empty band.
 */
export function useWindowRows(
  count: number,
  heightOf: (index: number) => number,
  listTop: number,
): WindowRows {
  const offsets = useMemo(() => {
    const sums = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) sums[i + 1] = (sums[i] ?? 0) + heightOf(i);
    return sums;
  }, [count, heightOf]);
  // Renders again; what to show is read from the window then.
  const [, renderAgain] = useReducer((n: number) => n + 1, 0);
  // What this render shows, worked out from the window now (scrolling changed it or not).
  const [start, end] = rangeOf(offsets, listTop);
  const latest = useRef({ offsets, listTop, start, end });
  useLayoutEffect(() => {
    latest.current = { offsets, listTop, start, end };
  });

  useEffect(() => {
    const onScroll = () => {
      const now = latest.current;
      const [first, last] = rangeOf(now.offsets, now.listTop);
      if (first === now.start && last === now.end) return;
      flushSync(renderAgain);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, []);

  const top = useCallback((index: number) => offsets[index] ?? 0, [offsets]);
  const scrollToIndex = useCallback(
    (index: number) => {
      const lineTop = listTop + (offsets[index] ?? 0);
      const lineBottom = listTop + (offsets[index + 1] ?? 0);
      // What the sticky app bar covers (global.css), as the browser's own scrolling into view.
      const covered = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
      if (lineTop < window.scrollY + covered) window.scrollTo({ top: lineTop - covered });
      else if (lineBottom > window.scrollY + window.innerHeight) {
        window.scrollTo({ top: lineBottom - window.innerHeight });
      }
    },
    [offsets, listTop],
  );
  return { start, end, top, height: offsets[count] ?? 0, scrollToIndex };
}
