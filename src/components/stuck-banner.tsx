import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { stuckReleases, type ReleaseFacts } from '../domain/releases/releases';
import { useReleases } from '../queries/releases';
import { useHiddenNotices } from '../stores/app-state-context';
import { useStore } from '../stores/external-store';
import { ReleaseActionButton } from './release-actions';
import { releasePath } from './release-path';

const keyOf = (r: ReleaseFacts) => `${r.releaseName}:${r.derived.state}`;

/**
 * Says once, at the top of every place, that a release is stuck (installing or uninstalling for
 * longer than helm would take) or failed, with the one safe way out. Hidden on that release's own
 * page (which says it), and, once dismissed, until something new gets stuck (also after a reload).
 */
export function StuckBanner({ openRelease }: { openRelease: string | null }) {
  const { releases } = useReleases({ afterThePage: true });
  const hiddenNotices = useHiddenNotices();
  const dismissed = useStore(hiddenNotices);
  const stuck = stuckReleases(releases ?? []);
  const shown = stuck.filter((r) => !dismissed.includes(keyOf(r)) && r.releaseName !== openRelease);
  const first = shown[0];
  if (!first) return null;
  const more = shown.length - 1;
  return (
    <Alert
      severity={first.derived.state === 'failed' ? 'error' : 'warning'}
      sx={{ mb: 2, '& .MuiAlert-message': { minWidth: 0, flexGrow: 1 } }}
      onClose={() => {
        hiddenNotices.set(() => stuck.map(keyOf));
      }}
      slotProps={{ closeButton: { 'aria-label': 'Hide this notice' } }}
    >
      <AlertTitle sx={{ overflowWrap: 'anywhere' }}>
        {first.name}: {first.diagnosis.headline.toLowerCase()}
      </AlertTitle>
      <Box component="p" sx={{ m: 0 }}>
        {first.diagnosis.explanation} {first.diagnosis.next.text}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 1 }}>
        <ReleaseActionButton release={first} variant="contained" />
        <Button component={RouterLink} to={releasePath(first.releaseName)} size="small">
          Details
        </Button>
        {more > 0 ? (
          <Link component={RouterLink} to="/releases?state=attention" variant="body2">
            {more} more {more === 1 ? 'is' : 'are'} stuck or failed
          </Link>
        ) : null}
      </Box>
    </Alert>
  );
}
