import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';

/** From this many charts on, the first paint lays out only the first screenful's lines. */
export const FIRST_SCREENFUL_FROM = 2_000;
/** Charts laid out for the first paint: more lines than the tallest window shows. */
export const FIRST_SCREENFUL_ENTRIES = 100;

/**
 * Whether this render shows only the first screenful of a large catalog: from the first render
 * with `entries` charts or more until the frame after it has been painted, once per page. Sorting
 * ten thousand charts and working out ten thousand lines then follows the first paint instead of
 * holding it back; the lines shown first are the same ones the whole list starts with.
 */
export function useFirstScreenful(entries: number): boolean {
  const [done, setDone] = useState(false);
  const first = !done && entries >= FIRST_SCREENFUL_FROM;
  useEffect(() => {
    if (!first) return undefined;
    return afterNextPaint(() => {
      setDone(true);
    });
  }, [first]);
  return first;
}
