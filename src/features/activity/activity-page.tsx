import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { Link as RouterLink } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { useActivityLog } from '../../stores/app-state-context';
import { useStore } from '../../stores/external-store';
import { ActivityCards, ActivityTable } from './activity-list';

/** What was done from this browser, and how it ended; kept across reloads. */
export function ActivityPage() {
  const log = useActivityLog();
  const entries = useStore(log.entries);
  const narrow = useMediaQuery(useTheme().breakpoints.down('md'));
  return (
    <Stack spacing={2}>
      <PageHeading title="Activity">
        <Button
          onClick={() => {
            log.clear();
          }}
          disabled={entries.length === 0}
        >
          Clear the log
        </Button>
      </PageHeading>
      <Typography color="text.secondary">
        Installs, launches, uninstalls, version switches, uploads and updates of the extension list
        started from this browser, newest first, and how each ended. The log stays in this browser
        only. “Copy details” copies what was sent and answered, for a bug report.
      </Typography>
      {entries.length === 0 ? (
        <Alert severity="info" role="note">
          Nothing yet. What you do in the{' '}
          <Link component={RouterLink} to="/">
            catalog
          </Link>{' '}
          shows up here.
        </Alert>
      ) : narrow ? (
        <ActivityCards entries={entries} />
      ) : (
        <ActivityTable entries={entries} />
      )}
    </Stack>
  );
}
