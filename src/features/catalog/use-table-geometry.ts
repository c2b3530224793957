import { useEffect, useState } from 'react';

/** Where the list starts on the page, kept up to date as things above it appear and go. */
export function useOffsetTop(element: React.RefObject<HTMLElement | null>): number {
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

/** Whether the table is narrower than `px` (false until measured: jsdom has no layout). */
export function useNarrow(element: React.RefObject<HTMLElement | null>, px: number): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target) return undefined;
    const measure = () => {
      const width = target.getBoundingClientRect().width;
      setNarrow(width > 0 && width < px);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    measure();
    return () => {
      observer.disconnect();
    };
  }, [element, px]);
  return narrow;
}
