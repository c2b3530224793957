import {
  DEFAULT_VIEW,
  FACETS,
  SORT_KEYS,
  type CatalogView,
  type FacetKey,
  type SortKey,
} from './view';

const FACET_KEYS = Object.keys(FACETS) as FacetKey[];

function list(value: string | null): string[] {
  return value === null ? [] : value.split(',').filter(Boolean);
}

/** Reads a view from the address; anything unknown is ignored, anything missing is default. */
export function viewFromParams(params: URLSearchParams): CatalogView {
  const view: CatalogView = { ...DEFAULT_VIEW, q: params.get('q') ?? '' };
  for (const facet of FACET_KEYS) {
    const raw = params.get(facet);
    if (raw === null) continue;
    const allowed = FACETS[facet] as readonly string[];
    const values = [...new Set(list(raw).filter((v) => allowed.includes(v)))];
    (view[facet] as string[]) = values;
  }
  const sort = params.get('sort');
  if (sort && (SORT_KEYS as readonly string[]).includes(sort)) view.sort = sort as SortKey;
  view.closed = [...new Set(list(params.get('closed')))].sort();
  return view;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v) => b.includes(v));

/** Writes a view to the address, leaving out what is default, in a stable order. */
export function viewToParams(view: CatalogView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set('q', view.q);
  for (const facet of FACET_KEYS) {
    const values = view[facet] as readonly string[];
    if (sameSet(values, DEFAULT_VIEW[facet])) continue;
    const order = FACETS[facet] as readonly string[];
    params.set(facet, order.filter((v) => values.includes(v)).join(','));
  }
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.closed.length > 0) params.set('closed', [...view.closed].sort().join(','));
  return params;
}
