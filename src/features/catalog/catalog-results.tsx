import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../components/api-error-alert';
import type { ViewResult } from '../../domain/catalog/view';
import { kubeHelmKeys } from '../../queries/extensions';
import { useFetchStatus } from '../../queries/list-clock';
import { EmptyCatalog, HiddenExperimental, NoMatch } from './catalog-notices';
import { CollectionsArriving, type Arriving } from './collections-arriving';

/**
 * What stands where the table goes: a skeleton while loading, the error of a first load that
 * failed, the empty catalog, "nothing matches", or the table itself; with the count above it.
 */
export function CatalogResults({
  loaded,
  loading,
  error,
  result,
  query,
  table,
  updateButton,
  arriving,
  onRetry,
  onClear,
  onShowExperimental,
}: {
  loaded: boolean;
  /** Nothing read yet and no failure yet: loading while a read is under way. */
  loading: boolean;
  error: unknown;
  result: ViewResult;
  query: string;
  table: ReactNode;
  updateButton: ReactNode;
  /** After "update extensions": charts are on their way (or overdue). */
  arriving: Arriving;
  onRetry: () => void;
  onClear: () => void;
  onShowExperimental: () => void;
}) {
  const props = { loaded, error, result, query, table, updateButton, arriving, onRetry, onClear };
  // Once the list is loaded, whether a read is under way changes nothing here: no re-render then.
  return loaded ? (
    <ResultsView
      {...props}
      onShowExperimental={onShowExperimental}
      pending={false}
      retrying={false}
    />
  ) : (
    <UnloadedResults {...props} loading={loading} onShowExperimental={onShowExperimental} />
  );
}

type ViewProps = Omit<Parameters<typeof CatalogResults>[0], 'loading'>;

/** Before the first list: loading while a read is under way, else why it failed. */
function UnloadedResults({ loading, ...props }: ViewProps & { loading: boolean }) {
  // A read is under way (after a first load failed: the error stays, its button waits).
  const fetchStatus = useFetchStatus(kubeHelmKeys.extensions());
  return (
    <ResultsView
      {...props}
      pending={loading && fetchStatus !== 'idle'}
      retrying={fetchStatus === 'fetching'}
    />
  );
}

function ResultsView({
  loaded,
  pending,
  retrying,
  error,
  result,
  query,
  table,
  updateButton,
  arriving,
  onRetry,
  onClear,
  onShowExperimental,
}: ViewProps & { pending: boolean; retrying: boolean }) {
  return (
    <>
      <div className="kh-results-head">
        <p className="kh-results-count" role="status" aria-live="polite">
          {loaded
            ? `${String(result.shown.length)} of ${String(result.total)} extensions`
            : pending
              ? 'Loading extensions…'
              : ''}
        </p>
        <HiddenExperimental count={result.hiddenExperimental} onShow={onShowExperimental} />
      </div>
      {pending ? (
        <div
          className="kh-paper kh-paper--outlined kh-stack kh-loading"
          aria-busy="true"
          aria-label="Loading the extensions"
        >
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <span key={i} className="kh-skeleton" />
          ))}
        </div>
      ) : !loaded ? (
        <ApiErrorAlert
          error={error}
          context="Loading the extensions"
          onRetry={onRetry}
          retrying={retrying}
        />
      ) : result.total === 0 && arriving !== 'no' ? (
        <CollectionsArriving overdue={arriving === 'overdue'} />
      ) : result.total === 0 ? (
        <EmptyCatalog action={updateButton} />
      ) : result.shown.length === 0 ? (
        <NoMatch query={query} onClear={onClear} />
      ) : (
        table
      )}
    </>
  );
}
