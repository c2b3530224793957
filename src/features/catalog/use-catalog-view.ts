import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NavigationType, useNavigationType, useSearchParams } from 'react-router';
import { viewFromParams, viewToParams } from '../../domain/catalog/url';
import type { CatalogView } from '../../domain/catalog/view';
import { afterNextPaint } from './after-paint';

interface UpdateOptions {
  /** Replace the current history entry instead of adding one (typing in the search box). */
  replace?: boolean;
}

/**
 * The catalog view, kept in the address: a link reproduces it, back and forward walk through it.
 *
 * A change reaches the screen in three steps, each after the one before has been painted:
 * `view` (what the controls show: a facet's box is ticked in the very next frame), then `shown`
 * (what the list is filtered and sorted by: ten thousand charts take a frame of their own), then
 * the address. Changes made before their turn came are taken together. The address is read back
 * only when the user walks history (back, forward): the router commits our own writes later, and
 * reading those back could undo a change made in between.
 */
export function useCatalogView() {
  const [params, setParams] = useSearchParams();
  const navigationType = useNavigationType();
  const urlKey = params.toString();
  const [view, setView] = useState(() => viewFromParams(params));
  const [shown, setShown] = useState(view);
  const [seenKey, setSeenKey] = useState(urlKey);
  const latest = useRef(view);
  /** The steps still to come of the last change, and whether its address replaces the entry. */
  const pending = useRef<{ cancel: () => void; replace: boolean } | null>(null);
  const walking = navigationType === NavigationType.Pop;
  if (urlKey !== seenKey) {
    setSeenKey(urlKey);
    if (walking && urlKey !== viewToParams(view).toString()) {
      const fromUrl = viewFromParams(params);
      setView(fromUrl);
      setShown(fromUrl);
    }
  }
  useEffect(() => {
    latest.current = view;
  }, [view]);
  useEffect(() => {
    // Walking history drops the steps still to come of a change made just before.
    if (walking) {
      pending.current?.cancel();
      pending.current = null;
    }
  }, [walking, urlKey]);
  useEffect(
    () => () => {
      pending.current?.cancel();
    },
    [],
  );

  /** Changes the view from its current state (stable, so rows need not re-render for it). */
  const updateWith = useCallback(
    (change: (current: CatalogView) => Partial<CatalogView>, options: UpdateOptions = {}) => {
      const next = viewFromParams(viewToParams({ ...latest.current, ...change(latest.current) }));
      latest.current = next;
      setView(next);
      // One history entry for changes taken together; it adds one if any of them would.
      const replace = (options.replace ?? false) && (pending.current?.replace ?? true);
      pending.current?.cancel();
      const step = (then: () => void) => {
        pending.current = { cancel: afterNextPaint(then), replace };
      };
      step(() => {
        setShown(latest.current);
        step(() => {
          pending.current = null;
          setParams(viewToParams(latest.current), { replace });
        });
      });
    },
    [setParams],
  );
  const update = useCallback(
    (patch: Partial<CatalogView>, options: UpdateOptions = {}) => {
      updateWith(() => patch, options);
    },
    [updateWith],
  );
  return useMemo(() => ({ view, shown, update, updateWith }), [view, shown, update, updateWith]);
}
