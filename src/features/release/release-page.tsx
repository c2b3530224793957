import Alert from '@mui/material/Alert';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useKubeHelmClient } from '../../queries/client-context';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { chartStatusQuery } from '../../queries/extensions';

/** The place of one release. For now: what `helm status` says about it. */
export function ReleasePage() {
  const { releaseName = '' } = useParams();
  const client = useKubeHelmClient();
  const status = useQuery(chartStatusQuery(client, releaseName));
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Release {releaseName}
      </Typography>
      {status.isPending ? (
        <Skeleton variant="rounded" height={80} aria-label="Loading the release status" />
      ) : status.isError ? (
        <ApiErrorAlert
          error={status.error}
          context="Reading the release status"
          onRetry={() => void status.refetch()}
        />
      ) : status.data.found ? (
        <Typography>
          Helm status: <strong>{status.data.status.STATUS}</strong>, revision{' '}
          {status.data.status.REVISION}, last deployed {status.data.status['LAST DEPLOYED']} (UTC).
        </Typography>
      ) : (
        <Alert severity="info" role="note">
          There is no release named {releaseName} (any more).
        </Alert>
      )}
    </Stack>
  );
}
