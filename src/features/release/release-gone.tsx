import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';
import type { ActivityEntry } from '../../stores/activity';

/** A release page with no release: uninstalled since, or never there. */
export function ReleaseGone({
  releaseName,
  gone,
  lastEntry,
}: {
  releaseName: string;
  /** It existed; otherwise no release of that name ever did, as far as anything here knows. */
  gone: boolean;
  /** The newest thing this browser did with it. */
  lastEntry: ActivityEntry | null;
}) {
  const removedHere =
    lastEntry && /uninstall|delete|complete/i.test(lastEntry.action) ? lastEntry : null;
  return (
    <Alert severity="info" role="note">
      <AlertTitle component="h2" sx={{ fontSize: '1.125rem' }}>
        {gone ? 'This release has been removed' : 'There is no such release'}
      </AlertTitle>
      {gone
        ? `Release ${releaseName} is no longer deployed${
            removedHere
              ? ` (${removedHere.action.toLowerCase()} asked for from this browser, ${new Date(removedHere.at).toLocaleString()})`
              : ''
          }.`
        : `The platform has no release named “${releaseName}”, and this browser never saw one. Check the address, or find it among the releases.`}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1.5 }}>
        <Button component={RouterLink} to="/" variant="outlined" size="small" color="inherit">
          Open the catalog
        </Button>
      </Box>
    </Alert>
  );
}
