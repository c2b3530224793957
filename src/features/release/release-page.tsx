import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Box from '@mui/material/Box';
import { useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useExtensionActions } from '../../components/extension-actions';
import { Freshness } from '../../components/freshness';
import { unlistedReason } from '../../domain/releases/presence';
import { DiagnosisPanel } from './diagnosis-panel';
import { HelmFacts } from './helm-facts';
import { LaunchedWith } from './launched-with';
import { PodsList } from './pods-list';
import { relaunchOf } from './relaunch';
import { ReleaseGone } from './release-gone';
import { ReleaseHeader } from './release-header';
import { UnlistedNotice } from './unlisted-notice';
import { useRelease } from './use-release';

/** The place of one release (`/releases/<release name>`): helm, pods, why, and what to do. */
export function ReleasePage() {
  const { releaseName = '' } = useParams();
  const release = useRelease(releaseName);
  const actions = useExtensionActions();
  const { facts, diagnosis, presence, list, helm, stale, firstReadFailure } = release;
  // The list could not be read: said at the first failed read, while the retries go on.
  const listUnread = list.data === undefined;
  const listFailed = listUnread && (list.isError || firstReadFailure !== null);
  const relaunch = relaunchOf(facts, release.rows, release.launch);
  const relaunchButton = relaunch ? (
    <Button
      size="small"
      variant="outlined"
      onClick={() => {
        actions.request({
          kind: 'launch',
          row: relaunch.template,
          version: relaunch.version,
          ...(relaunch.values ? { values: relaunch.values } : {}),
        });
      }}
    >
      {relaunch.values ? 'Launch again with these values' : 'Launch another'}
    </Button>
  ) : null;

  const freshness = (
    <Freshness
      updatedAt={list.dataUpdatedAt}
      onRefresh={() => Promise.all([list.refetch(), helm.refetch()])}
    />
  );

  // The release's name stands above whatever the page can tell about it, also before anything.
  const present = presence === 'present';
  const header = (
    <ReleaseHeader
      releaseName={releaseName}
      name={release.name}
      release={present ? facts : null}
      relaunch={present ? relaunchButton : null}
      freshness={presence === 'unknown' ? null : freshness}
    />
  );

  if (presence === 'unknown') {
    return (
      <Stack spacing={2}>
        {header}
        {listFailed ? (
          <ApiErrorAlert
            error={list.error ?? firstReadFailure?.error}
            context="Loading the release"
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
            at={firstReadFailure?.at}
          />
        ) : (
          <Skeleton variant="rounded" height={200} aria-label="Loading the release" />
        )}
      </Stack>
    );
  }
  if (!present) {
    return (
      <Stack spacing={2}>
        {header}
        <ReleaseGone
          releaseName={releaseName}
          gone={presence === 'gone'}
          lastEntry={release.lastEntry}
        />
      </Stack>
    );
  }
  const pods = diagnosis.pods;
  // Only a list that was read can say the release is not on it.
  const unlisted =
    facts === null && release.status && !listUnread
      ? unlistedReason(releaseName, release.status['LAST DEPLOYED'], helm.dataUpdatedAt)
      : null;
  return (
    <Stack spacing={2}>
      {header}
      {stale || listFailed ? (
        <ApiErrorAlert
          error={list.error ?? list.failureReason ?? firstReadFailure?.error}
          context={stale ? 'Refreshing the list' : 'Reading the extension list'}
          severity="warning"
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      ) : null}
      {helm.isError && !helm.data ? (
        <ApiErrorAlert
          error={helm.error}
          context="Reading helm's own status"
          severity="warning"
          onRetry={() => void helm.refetch()}
        />
      ) : null}
      {unlisted === 'workflow' || unlisted === 'not-listed' ? (
        <UnlistedNotice reason={unlisted} />
      ) : listFailed && facts === null ? null : (
        // Without the list, a reading from helm alone would guess; the warning above says why.
        <DiagnosisPanel diagnosis={diagnosis} release={facts} relaunch={relaunchButton} />
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        <HelmFacts
          status={release.status}
          deployment={facts?.deployment ?? null}
          version={facts?.version ?? null}
        />
        <LaunchedWith launch={release.launch} instance={facts?.instance ?? false} />
      </Box>
      <PodsList
        pods={pods}
        focus={pods.length > 1 ? (diagnosis.pod?.name ?? null) : null}
        unknown={facts !== null ? null : listFailed ? 'list-unread' : 'not-listed'}
      />
    </Stack>
  );
}
