import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';

/** helm knows the release, the extension list does not (and will not) show it. */
export function UnlistedNotice({ reason }: { reason: 'workflow' | 'not-listed' }) {
  return (
    <Alert severity="info" role="note">
      <AlertTitle component="h2" sx={{ fontSize: '1.125rem' }}>
        {reason === 'workflow' ? 'Started by a workflow' : 'Not in the extension list'}
      </AlertTitle>
      {reason === 'workflow'
        ? 'A workflow run started this application; the extension list never shows those, so only what helm says is known here. '
        : 'Its chart is not in the catalog, so the extension list does not show it and only what helm says is known here. '}
      {reason === 'workflow' ? (
        <>
          When you are done with it, complete it on the{' '}
          <Link component={RouterLink} to="/applications">
            Active applications
          </Link>{' '}
          page.
        </>
      ) : null}
    </Alert>
  );
}
