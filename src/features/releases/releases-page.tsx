import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { Freshness } from '../../components/freshness';
import { PageHeading } from '../../components/page-heading';
import { applyReleasesView, DEFAULT_RELEASES_VIEW } from '../../domain/releases/view';
import { useReleases } from '../../queries/releases';
import { ReleaseCards } from './release-cards';
import { ReleasesTable } from './releases-table';
import { ReleasesToolbar } from './releases-toolbar';
import { useReleasesView } from './use-releases-view';

const PAGE = 100;

/** Every deployed release, single installs and launched instances: what `helm ls -A` shows. */
export function ReleasesPage() {
  const { list, releases, now, stale, firstReadFailure } = useReleases();
  const { view, update } = useReleasesView();
  const result = useMemo(() => applyReleasesView(releases ?? [], view), [releases, view]);
  const narrow = useMediaQuery(useTheme().breakpoints.down('lg'));
  const filtered = view.q.trim() !== '' || view.phase.length > 0;
  // A platform has tens of releases; a synthetic one thousands: show them a page at a time.
  const [limit, setLimit] = useState(PAGE);
  const page = result.shown.slice(0, limit);
  const more = result.shown.length - page.length;
  return (
    <Stack spacing={2}>
      <PageHeading title="Releases">
        <Freshness updatedAt={list.dataUpdatedAt} onRefresh={() => list.refetch()} />
      </PageHeading>
      <Typography color="text.secondary">
        Everything deployed on the platform: installed extensions and launched applications, with
        their state and why one is not ready.
      </Typography>
      {stale ? (
        <ApiErrorAlert
          error={list.error ?? list.failureReason}
          context="Refreshing the releases"
          severity="warning"
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {list.isPending && firstReadFailure === null ? (
        <Skeleton variant="rounded" height={240} aria-label="Loading the releases" />
      ) : !releases && (list.isError || firstReadFailure !== null) ? (
        // Said at the first failed read, while the retries go on.
        <ApiErrorAlert
          error={list.error ?? firstReadFailure?.error}
          context="Loading the releases"
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
          at={firstReadFailure?.at}
        />
      ) : result.total === 0 ? (
        <Alert severity="info" role="note">
          Nothing is deployed.{' '}
          <Link component={RouterLink} to="/">
            Install an extension from the catalog
          </Link>
          .
        </Alert>
      ) : (
        <>
          <ReleasesToolbar view={view} counts={result.counts} update={update} />
          <Typography role="status" variant="body2" color="text.secondary">
            {filtered
              ? `${String(result.shown.length)} of ${String(result.total)} releases`
              : `${String(result.total)} releases`}
          </Typography>
          {result.shown.length === 0 ? (
            <Alert
              severity="info"
              role="note"
              action={
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    update(DEFAULT_RELEASES_VIEW);
                  }}
                >
                  Show all
                </Button>
              }
            >
              No release matches{view.q.trim() ? ` “${view.q.trim()}”` : ''} with these filters.
            </Alert>
          ) : narrow ? (
            <ReleaseCards releases={page} now={now} />
          ) : (
            <ReleasesTable releases={page} now={now} />
          )}
          {more > 0 ? (
            <Button
              sx={{ alignSelf: 'center' }}
              onClick={() => {
                setLimit((n) => n + PAGE);
              }}
            >
              Show {Math.min(more, PAGE)} more of {more}
            </Button>
          ) : null}
        </>
      )}
    </Stack>
  );
}
