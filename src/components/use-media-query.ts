import { useCallback, useSyncExternalStore } from 'react';

/** Narrower than MUI's `sm` (600 px): a phone. */
export const PHONE = '(max-width: 599.95px)';
/** Narrower than MUI's `md` (900 px): a phone or a small tablet. */
export const COMPACT = '(max-width: 899.95px)';

/** Whether a media query matches now, following it as it changes (MUI's breakpoints, no MUI). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => {
        list.removeEventListener('change', onChange);
      };
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () =>
    typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : false,
  );
}
