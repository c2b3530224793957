import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { viewToParams } from '../../domain/catalog/url';
import { DEFAULT_VIEW, type FacetKey } from '../../domain/catalog/view';
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
  const { view, update, updateWith } = useCatalogView();
  const writeQuery = useCallback(
    (q: string) => {
      update({ q }, { replace: true });
    },
    [update],
  );
  const [text, setText] = useSearchText(view.q, writeQuery);
  const deferredText = useDeferredValue(text);
  const liveView = useMemo(() => ({ ...view, q: deferredText }), [view, deferredText]);
  const [eagerUntil, setEagerUntil] = useState(0);
  const [arriving, expectCollections] = useCollectionsArriving(EAGER_MS);
  const { extensions, result, items, stale, unread } = useCatalogData(liveView, {
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
  const compact = useMediaQuery(useTheme().breakpoints.down('md'));
  const updating = useUpdateExtensions(() => {
    setEagerUntil(Date.now() + EAGER_MS);
    expectCollections();
  });
  const updateButton = <UpdateExtensionsButton update={updating} />;
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

  return (
    <Stack spacing={2}>
      <CatalogHeader onRefresh={refresh} updateButton={updateButton} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <SearchField value={text} onChange={setText} />
        <SortField
          value={view.sort}
          onChange={(sort) => {
            update({ sort });
          }}
        />
        {compact ? <FiltersDrawer active={activeFilters}>{facets}</FiltersDrawer> : null}
      </Box>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '190px minmax(0, 1fr)' },
          gap: 3,
          alignItems: 'start',
        }}
      >
        {compact ? null : <Box sx={{ position: 'sticky', top: 88 }}>{facets}</Box>}
        <Stack spacing={1.5} sx={{ minWidth: 0 }}>
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
            onShowExperimental={() => {
              update({ maturity: ['stable', 'experimental'] });
            }}
            table={
              <CatalogTable
                items={items}
                versions={versions}
                closed={view.closed}
                onVersion={onVersion}
                onToggle={onToggle}
                onAction={onAction}
              />
            }
          />
        </Stack>
      </Box>
    </Stack>
  );
}
