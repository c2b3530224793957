import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NavigationType, useNavigationType, useSearchParams } from 'react-router';
import { viewFromParams, viewToParams } from '../../domain/catalog/url';
import type { CatalogView } from '../../domain/catalog/view';

interface UpdateOptions {
  /** Replace the current history entry instead of adding one (typing in the search box). */
  replace?: boolean;
}

/**
 * The catalog view, kept in the address: a link reproduces it, back and forward walk through it.
 * A change shows at once (local state) and is written to the address in the same event. The
 * address is read back only when the user walks history (back, forward): the router commits our
 * own writes later, and reading those back could undo a change made in between.
 */
export function useCatalogView() {
  const [params, setParams] = useSearchParams();
  const navigationType = useNavigationType();
  const urlKey = params.toString();
  const [view, setView] = useState(() => viewFromParams(params));
  const [seenKey, setSeenKey] = useState(urlKey);
  const latest = useRef(view);
  if (urlKey !== seenKey) {
    setSeenKey(urlKey);
    if (navigationType === NavigationType.Pop && urlKey !== viewToParams(view).toString()) {
      setView(viewFromParams(params));
    }
  }
  useEffect(() => {
    latest.current = view;
  }, [view]);

  /** Changes the view from its current state (stable, so rows need not re-render for it). */
  const updateWith = useCallback(
    (change: (current: CatalogView) => Partial<CatalogView>, options: UpdateOptions = {}) => {
      const next = viewFromParams(viewToParams({ ...latest.current, ...change(latest.current) }));
      latest.current = next;
      setView(next);
      setParams(viewToParams(next), { replace: options.replace ?? false });
    },
    [setParams],
  );
  const update = useCallback(
    (patch: Partial<CatalogView>, options: UpdateOptions = {}) => {
      updateWith(() => patch, options);
    },
    [updateWith],
  );
  return useMemo(() => ({ view, update, updateWith }), [view, update, updateWith]);
}
