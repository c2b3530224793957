import Alert, { type AlertColor } from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { ChoicePanel } from './choice-panel';
import { Prose } from './prose';
import type { UploadEntry } from './upload-entry';
import { UploadProgress } from './upload-progress';
import { catalogLink } from './upload-settings';

const ALERT: Partial<Record<UploadEntry['stage'], AlertColor>> = {
  refused: 'error',
  blocked: 'error',
  failed: 'error',
  'not-listed': 'warning',
  interrupted: 'warning',
  cancelled: 'info',
  kept: 'info',
  available: 'success',
};

function Working({ label, text }: { label: string; text: string }) {
  return (
    <Stack spacing={0.5}>
      <LinearProgress aria-label={label} />
      <Typography variant="body2">{text}</Typography>
    </Stack>
  );
}

/** Where the file stands, what happened, and what to do next. */
export function StageStatus({
  entry,
  cancelling = false,
}: {
  entry: UploadEntry;
  /** The upload was cancelled and is winding down (`UploadQueue.isCancelling`). */
  cancelling?: boolean;
}) {
  const summary = entry.report?.summary;
  switch (entry.stage) {
    case 'checking':
      return (
        <Working
          label={`Checking ${entry.fileName}`}
          text={entry.kind === 'image' ? 'Checking the file…' : 'Reading the file and checking it…'}
        />
      );
    case 'queued':
      return (
        <Typography variant="body2">Waiting its turn: files upload one after another.</Typography>
      );
    case 'uploading':
      return cancelling ? (
        <Working label={`Cancelling ${entry.fileName}`} text={entry.message ?? ''} />
      ) : (
        <UploadProgress id={entry.id} name={entry.fileName} />
      );
    case 'importing':
      return (
        <Working
          label={`Importing ${entry.fileName}`}
          text="Uploaded. Importing the images into the platform's container runtime; this can take a few minutes."
        />
      );
    case 'waiting-catalog':
      return (
        <Working
          label={`Waiting for ${summary?.name ?? entry.fileName} in the catalog`}
          text="Uploaded. Waiting for the catalog to list it; this takes up to half a minute."
        />
      );
    case 'needs-choice':
      return <ChoicePanel entry={entry} />;
    default: {
      const severity = ALERT[entry.stage] ?? 'info';
      return (
        <Alert severity={severity}>
          {entry.message ? <Prose text={entry.message} /> : null}
          {entry.nextStep ? (
            <div>
              <Prose text={entry.nextStep} />
            </div>
          ) : null}
          {entry.stage === 'available' && entry.kind === 'chart' && summary ? (
            <div>
              <Link component={RouterLink} to={catalogLink(summary.name, summary.experimental)}>
                Show {summary.displayName ?? summary.name} in the catalog
              </Link>
            </div>
          ) : null}
        </Alert>
      );
    }
  }
}
