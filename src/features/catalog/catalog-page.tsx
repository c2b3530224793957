import { useCallback, useMemo, useState } from 'react';
import { COMPACT, useMediaQuery } from '../../components/use-media-query';
import { viewToParams } from '../../domain/catalog/url';
import { DEFAULT_VIEW, type FacetKey, type SortKey } from '../../domain/catalog/view';
import { useAfterPaint } from './after-paint';
import { CatalogHeader } from './catalog-header';
import { CatalogResults } from './catalog-results';
import { CatalogTable } from './catalog-table';
import { SearchField, SortField } from './catalog-toolbar';
import { FacetPanel } from './facet-panel';
import { CatalogNotices } from './freshness-notices';
import { useCollectionsArriving } from './collections-arriving';
import { FiltersDrawer } from './filters-drawer';
import { UpdateExtensionsButton, useUpdateExtensions } from './update-extensions-button';
import { useCatalogData } from './use-catalog-data';
import { useCatalogView } from './use-catalog-view';
import { useRowActions } from './use-row-actions';
import { useSearchText } from './use-search-text';

/** After a change, look often for this long (new charts, new instances take ~35 s to show). */
const EAGER_MS = 90_000;

/** The catalog: every extension with its state and action, searchable, filterable, live. */
export function CatalogPage() {
  const { view, shown, update, updateWith } = useCatalogView();
  const writeQuery = useCallback(
    (q: string) => {
      update({ q }, { replace: true });
    },
    [update],
  );
  const [text, setText] = useSearchText(view.q, writeQuery);
  const listText = useAfterPaint(text);
  const liveView = useMemo(() => ({ ...shown, q: listText }), [shown, listText]);
  const [eagerUntil, setEagerUntil] = useState(0);
  const [arriving, expectCollections] = useCollectionsArriving(EAGER_MS);
  const { extensions, result, items, later, stale, unread } = useCatalogData(liveView, {
    eagerUntil,
  });

  const [versions, setVersions] = useState<ReadonlyMap<string, string>>(new Map());
  const onVersion = useCallback((key: string, version: string) => {
    setVersions((before) => new Map(before).set(key, version));
  }, []);
  const onToggle = useCallback(
    (key: string) => {
      updateWith(({ closed }) => ({
        closed: closed.includes(key) ? closed.filter((k) => k !== key) : [...closed, key],
      }));
    },
    [updateWith],
  );
  const onAction = useRowActions();
  const clearAll = useCallback(() => {
    setText('');
    updateWith(({ sort, closed }) => ({ ...DEFAULT_VIEW, sort, closed }));
  }, [setText, updateWith]);
  const onFacet = useCallback(
    (facet: FacetKey, values: string[]) => {
      update({ [facet]: values });
    },
    [update],
  );
  const filtered = viewToParams({ ...view, q: '', sort: 'name', closed: [] }).toString() !== '';
  const activeFilters = view.kind.length + view.hardware.length + view.state.length;
  const compact = useMediaQuery(COMPACT);
  const updating = useUpdateExtensions(() => {
    setEagerUntil(Date.now() + EAGER_MS);
    expectCollections();
  });
  // The same element while the update's state stays: the header does not render with the view.
  const { isPending: updatePending, mutate: startUpdate } = updating;
  const updateButton = useMemo(
    () => <UpdateExtensionsButton pending={updatePending} onUpdate={startUpdate} />,
    [updatePending, startUpdate],
  );
  const onSort = useCallback(
    (sort: SortKey) => {
      update({ sort });
    },
    [update],
  );
  const onShowExperimental = useCallback(() => {
    update({ maturity: ['stable', 'experimental'] });
  }, [update]);
  const { refetch: refetchList } = extensions;
  const refetch = useCallback(() => void refetchList(), [refetchList]);
  const refresh = useCallback(() => refetchList(), [refetchList]);
  const facets = (
    <FacetPanel
      view={view}
      counts={extensions.data ? result.counts : null}
      onChange={onFacet}
      onClear={clearAll}
      canClear={filtered || text !== ''}
    />
  );

  // Plain elements with classes (catalog.css) for the layout: it renders with every view change.
  return (
    <div className="kh-page">
      <CatalogHeader onRefresh={refresh} updateButton={updateButton} />
      <div className="kh-page-tools">
        <SearchField value={text} onChange={setText} />
        <SortField value={view.sort} onChange={onSort} />
        {compact ? <FiltersDrawer active={activeFilters}>{facets}</FiltersDrawer> : null}
      </div>
      <div className="kh-page-body">
        {compact ? null : <div className="kh-page-facets">{facets}</div>}
        <div className="kh-page-results">
          <CatalogNotices stale={stale} onRetry={refetch} />
          <CatalogResults
            loaded={extensions.data !== undefined}
            loading={extensions.isPending && unread !== null && unread.failure === null}
            error={unread ? unread.failure?.error : extensions.error}
            result={result}
            query={text}
            updateButton={updateButton}
            arriving={arriving}
            onRetry={refetch}
            onClear={clearAll}
            onShowExperimental={onShowExperimental}
            table={
              <CatalogTable
                items={items}
                later={later}
                versions={versions}
                closed={shown.closed}
                onVersion={onVersion}
                onToggle={onToggle}
                onAction={onAction}
              />
            }
          />
        </div>
      </div>
    </div>
  );
}
