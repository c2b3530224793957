import { useCallback, useEffect, useRef, useState } from 'react';
import { NavigationType, useNavigationType, useSearchParams } from 'react-router';
import {
  releasesViewFromParams,
  releasesViewToParams,
  type ReleasesView,
} from '../../domain/releases/view';

/**
 * The releases view, kept in the address: a link reproduces it, back and forward walk through it.
 * A change shows at once (local state) and is written to the address in the same event; the
 * address is read back only when the user walks history, so a quick second change is never
 * undone by the router committing the first one late.
 */
export function useReleasesView() {
  const [params, setParams] = useSearchParams();
  const navigationType = useNavigationType();
  const urlKey = params.toString();
  const [view, setView] = useState(() => releasesViewFromParams(params));
  const [seenKey, setSeenKey] = useState(urlKey);
  const latest = useRef(view);
  if (urlKey !== seenKey) {
    setSeenKey(urlKey);
    if (navigationType === NavigationType.Pop && urlKey !== releasesViewToParams(view).toString()) {
      setView(releasesViewFromParams(params));
    }
  }
  useEffect(() => {
    latest.current = view;
  }, [view]);

  const update = useCallback(
    (patch: Partial<ReleasesView>, options: { replace?: boolean } = {}) => {
      const next = releasesViewFromParams(releasesViewToParams({ ...latest.current, ...patch }));
      latest.current = next;
      setView(next);
      setParams(releasesViewToParams(next), { replace: options.replace ?? false });
    },
    [setParams],
  );
  return { view, update };
}

/**
 * The search box's text: local, so typing never waits, written to the address (replacing the
 * entry) once typing pauses; walking history brings the address's text back.
 */
export function useSearchText(fromView: string, write: (q: string) => void) {
  const [text, setText] = useState(fromView);
  const [last, setLast] = useState(fromView);
  if (fromView !== last) {
    setLast(fromView);
    setText(fromView);
  }
  useEffect(() => {
    if (text === fromView) return undefined;
    const timer = setTimeout(() => {
      write(text);
    }, 300);
    return () => {
      clearTimeout(timer);
    };
  }, [text, fromView, write]);
  return [text, setText] as const;
}
