import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { OpenLinks } from '../../components/open-links';
import { ReleaseActionButton } from '../../components/release-actions';
import { ReleaseStateChip } from '../../components/release-state-chip';
import type { ReleaseFacts } from '../../domain/releases/releases';

/** The release's name, what it is, its state, and what can be done with it. */
export function ReleaseHeader({
  releaseName,
  name,
  release,
  relaunch,
  freshness,
}: {
  releaseName: string;
  /** The name people know it by (kept after it is removed). */
  name: string;
  release: ReleaseFacts | null;
  relaunch: ReactNode;
  /** When it was read, and a way to read it again. */
  freshness: ReactNode;
}) {
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 1,
        }}
      >
        <Link
          component={RouterLink}
          to="/releases"
          sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
        >
          <ArrowBackIcon fontSize="small" />
          All releases
        </Link>
        {freshness}
      </Box>
      <Typography
        variant="h4"
        component="h1"
        sx={{ overflowWrap: 'anywhere', fontSize: { xs: '1.75rem', md: '2.125rem' } }}
      >
        {name}
      </Typography>
      {release ? (
        <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {release.instance ? 'Launched instance' : 'Installed extension'} · release {releaseName} ·
          chart {release.row.chart_name} {release.version}
        </Typography>
      ) : null}
      {release ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <ReleaseStateChip
            state={release.derived.state}
            instance={release.instance}
            stuck={release.stuck}
          />
          <OpenLinks links={release.deployment.links} name={name} max={4} />
          <Box sx={{ flexGrow: 1 }} />
          {relaunch}
          <ReleaseActionButton release={release} />
        </Box>
      ) : null}
    </Box>
  );
}
