import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { viewFromParams, viewToParams } from '../../domain/catalog/url';
import type { CatalogView } from '../../domain/catalog/view';

interface UpdateOptions {
  /** Replace the current history entry instead of adding one (typing in the search box). */
  replace?: boolean;
}

/**
 * Clicks (facets, sort, expanding a group) render at once rather than as a transition, so the
 * control and the list change in the same frame.
 */

/** The catalog view, kept in the address: a link reproduces it, back and forward walk through it. */
export function useCatalogView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => viewFromParams(params), [params]);
  /** Changes the view from its current state (stable, so rows need not re-render for it). */
  const updateWith = useCallback(
    (change: (current: CatalogView) => Partial<CatalogView>, options: UpdateOptions = {}) => {
      setParams(
        (current) => {
          const before = viewFromParams(current);
          return viewToParams({ ...before, ...change(before) });
        },
        { replace: options.replace ?? false, flushSync: !options.replace },
      );
    },
    [setParams],
  );
  const update = useCallback(
    (patch: Partial<CatalogView>, options: UpdateOptions = {}) => {
      updateWith(() => patch, options);
    },
    [updateWith],
  );
  return { view, update, updateWith };
}
