import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { OpenLinks } from '../../components/open-links';
import { releasePath } from '../../components/release-path';
import { ReleaseStateChip, stateLabel } from '../../components/release-state-chip';
import { AgeText } from '../../components/age-text';
import type { ReleaseFacts } from '../../domain/releases/releases';

/** The release's name, linking to its page, with the release id when that says more. */
export function ReleaseName({ release }: { release: ReleaseFacts }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Link
        component={RouterLink}
        to={releasePath(release.releaseName)}
        sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
      >
        {release.name}
      </Link>
      {release.name !== release.releaseName ? (
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {release.releaseName}
        </Typography>
      ) : null}
    </Box>
  );
}

/** The state, and in a few words why when it is not simply fine. */
export function ReleaseState({ release }: { release: ReleaseFacts }) {
  const { derived, diagnosis } = release;
  const label = stateLabel(derived.state, release.instance, release.stuck);
  // Trouble in a few words; waiting needs none beyond the label.
  const why =
    (diagnosis.tone === 'warning' || diagnosis.tone === 'error') &&
    diagnosis.headline.toLowerCase() !== label.toLowerCase()
      ? diagnosis.headline
      : '';
  return (
    <Box sx={{ minWidth: 0 }}>
      <ReleaseStateChip state={derived.state} instance={release.instance} stuck={release.stuck} />
      {why ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {why}
        </Typography>
      ) : null}
    </Box>
  );
}

/** "1/2" pods ready, or a dash when there are none to count. */
export function podsText(release: ReleaseFacts): string {
  return release.pods ? `${String(release.pods.ready)}/${String(release.pods.total)}` : '–';
}

/** How long since helm deployed it, as kubectl prints ages; the full time on hover. */
export function ReleaseAge({ release, now }: { release: ReleaseFacts; now: number }) {
  if (release.deployedAt === null) return <span>–</span>;
  return (
    <span title={`Last deployed ${new Date(release.deployedAt).toLocaleString()}`}>
      <AgeText ms={now - release.deployedAt} />
    </span>
  );
}

/** The running application's links; none while it is not ready. */
export function ReleaseOpen({ release }: { release: ReleaseFacts }) {
  if (release.derived.state !== 'ready') return null;
  return <OpenLinks links={release.deployment.links} name={release.name} max={1} />;
}
