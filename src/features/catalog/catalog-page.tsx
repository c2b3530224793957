import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useKubeHelmClient } from '../../queries/client-context';
import { useExtensionActions } from '../../components/extension-actions';
import { isInstanceRow } from '../../domain/extension-state';
import { withPending } from '../../domain/pending';
import { useStore } from '../../stores/external-store';
import { pendingFor } from '../../stores/pending';
import { ApiErrorAlert } from '../../components/api-error-alert';
import {
  applyView,
  DEFAULT_VIEW,
  factsOf,
  sortFacts,
  type FacetKey,
} from '../../domain/catalog/view';
import { viewToParams } from '../../domain/catalog/url';
import { extensionsQuery } from '../../queries/extensions';
import { observationsFor } from '../../queries/observations';
import { pollInterval } from '../../queries/polling';
import { EmptyCatalog, HiddenExperimental, NoMatch, StaleNotice } from './catalog-notices';
import { catalogItems } from './catalog-items';
import { CatalogTable } from './catalog-table';
import { Freshness, SearchField, SortField } from './catalog-toolbar';
import { FacetPanel } from './facet-panel';
import type { ActionRequest } from './layout';
import { UpdateExtensionsButton, useUpdateExtensions } from './update-extensions-button';
import { useCatalogView } from './use-catalog-view';
import { useEntries } from './use-entries';
import { useSearchText } from './use-search-text';

/** After a change, look often for this long (new charts, new instances take ~35 s to show). */
const EAGER_MS = 60_000;

export function CatalogPage() {
  const client = useKubeHelmClient();
  const { view, update, updateWith } = useCatalogView();
  const [eagerUntil, setEagerUntil] = useState(0);
  const pending = useStore(pendingFor(client));
  const extensions = useQuery({
    ...extensionsQuery(client),
    refetchInterval: (query) =>
      pollInterval({
        rows: query.state.data,
        failures: query.state.fetchFailureCount,
        eager: pending.length > 0 || Date.now() < eagerUntil,
      }),
  });
  // What this browser just asked for shows at once, until the list catches up.
  const rows = useMemo(
    () => (extensions.data ? withPending(extensions.data, pending) : undefined),
    [extensions.data, pending],
  );
  const seenSince = observationsFor(client).since;
  const now = extensions.dataUpdatedAt;

  const writeQuery = useCallback(
    (q: string) => {
      update({ q }, { replace: true });
    },
    [update],
  );
  const [text, setText] = useSearchText(view.q, writeQuery);
  const deferredText = useDeferredValue(text);

  const entries = useEntries(rows);
  const facts = useMemo(
    () => entries.map((e) => factsOf(e, now, seenSince)),
    [entries, now, seenSince],
  );
  const sorted = useMemo(() => sortFacts(facts, view.sort), [facts, view.sort]);
  const liveView = useMemo(() => ({ ...view, q: deferredText }), [view, deferredText]);
  const result = useMemo(() => applyView(sorted, liveView), [sorted, liveView]);
  const items = useMemo(
    () => catalogItems(result.shown, view.closed, now, seenSince),
    [result.shown, view.closed, now, seenSince],
  );

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
  const actions = useExtensionActions();
  const onAction = useCallback(
    ({ action, row, version, offerForce, entry }: ActionRequest) => {
      switch (action.kind) {
        case 'install':
        case 'launch':
          actions.request({ kind: action.kind, row, version });
          break;
        case 'uninstall':
        case 'delete':
          actions.request({ kind: action.kind, row, version, offerForce });
          break;
        case 'force-uninstall':
          actions.request({
            kind: isInstanceRow(row) ? 'delete' : 'uninstall',
            row,
            version: entry.derived.installedVersion ?? version,
            offerForce: true,
            force: true,
          });
          break;
        case 'switch':
          actions.request({
            kind: 'switch-version',
            row,
            from: entry.derived.installedVersion ?? row.version,
            to: version,
          });
          break;
        case 'busy':
          break;
      }
    },
    [actions],
  );

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
  const stale =
    extensions.data !== undefined && (extensions.isError || extensions.failureCount > 0);
  const updating = useUpdateExtensions(() => {
    setEagerUntil(Date.now() + EAGER_MS);
  });
  const updateButton = <UpdateExtensionsButton update={updating} />;

  return (
    <Stack spacing={2}>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          flexWrap: 'wrap',
          gap: 2,
        }}
      >
        <Typography variant="h4" component="h1">
          Extensions
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Freshness
            updatedAt={extensions.dataUpdatedAt}
            fetching={extensions.isFetching}
            onRefresh={() => void extensions.refetch()}
          />
          {updateButton}
        </Box>
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <SearchField value={text} onChange={setText} />
        <SortField
          value={view.sort}
          onChange={(sort) => {
            update({ sort });
          }}
        />
      </Box>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: '190px minmax(0, 1fr)' },
          gap: 3,
          alignItems: 'start',
        }}
      >
        <Box sx={{ position: { md: 'sticky' }, top: { md: 88 } }}>
          <FacetPanel
            view={view}
            counts={extensions.data ? result.counts : null}
            onChange={onFacet}
            onClear={clearAll}
            canClear={filtered || text !== ''}
          />
        </Box>
        <Stack spacing={1.5} sx={{ minWidth: 0 }}>
          {stale ? (
            <StaleNotice
              updatedAt={extensions.dataUpdatedAt}
              error={extensions.error ?? extensions.failureReason}
              retrying={extensions.isFetching}
              onRetry={() => void extensions.refetch()}
            />
          ) : null}
          <Box
            sx={{
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              flexWrap: 'wrap',
              gap: 1,
              minHeight: 32,
            }}
          >
            <Typography variant="body2" role="status" aria-live="polite">
              {extensions.data
                ? `${String(result.shown.length)} of ${String(result.total)} extensions`
                : 'Loading extensions…'}
            </Typography>
            <HiddenExperimental
              count={result.hiddenExperimental}
              onShow={() => {
                update({ maturity: ['stable', 'experimental'] });
              }}
            />
          </Box>
          {extensions.isPending ? (
            <Paper
              variant="outlined"
              aria-busy="true"
              aria-label="Loading the extensions"
              sx={{ p: 2 }}
            >
              <Stack spacing={1.5}>
                {[0, 1, 2, 3, 4, 5].map((i) => (
                  <Skeleton key={i} variant="rounded" height={48} />
                ))}
              </Stack>
            </Paper>
          ) : extensions.isError && extensions.data === undefined ? (
            <ApiErrorAlert
              error={extensions.error}
              context="Loading the extensions"
              onRetry={() => void extensions.refetch()}
            />
          ) : result.total === 0 ? (
            <EmptyCatalog action={updateButton} />
          ) : result.shown.length === 0 ? (
            <NoMatch query={text} onClear={clearAll} />
          ) : (
            <CatalogTable
              items={items}
              versions={versions}
              closed={view.closed}
              onVersion={onVersion}
              onToggle={onToggle}
              onAction={onAction}
            />
          )}
        </Stack>
      </Box>
    </Stack>
  );
}
