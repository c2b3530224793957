import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ReleaseActionButton } from '../../components/release-actions';
import type { ReleaseFacts } from '../../domain/releases/releases';
import { podsText, ReleaseAge, ReleaseName, ReleaseOpen, ReleaseState } from './release-cells';

function Fact({
  term,
  wide = false,
  children,
}: {
  term: string;
  wide?: boolean;
  children: React.ReactNode;
}) {
  return (
    <Box sx={{ minWidth: 0, gridColumn: wide ? '1 / -1' : undefined }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {term}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

/** The releases as cards (narrow screens): the same facts as the table's columns. */
export function ReleaseCards({
  releases,
  now,
}: {
  releases: readonly ReleaseFacts[];
  now: number;
}) {
  return (
    <Box
      component="ul"
      aria-label="Releases"
      sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}
    >
      {releases.map((release) => (
        <Paper
          component="li"
          variant="outlined"
          key={release.releaseName}
          sx={{ p: 2, minWidth: 0 }}
        >
          <ReleaseName release={release} />
          <Box sx={{ mt: 1 }}>
            <ReleaseState release={release} />
          </Box>
          <Box
            component="dl"
            sx={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(72px, 1fr))',
              gap: 1,
              my: 1.5,
            }}
          >
            <Fact term="Chart" wide>
              {release.row.chart_name} {release.version}
            </Fact>
            <Fact term="Helm">{release.deployment.helm_status}</Fact>
            <Fact term="Pods ready">{podsText(release)}</Fact>
            <Fact term="Restarts">{release.pods ? release.pods.restarts : '–'}</Fact>
            <Fact term="Age">
              <ReleaseAge release={release} now={now} />
            </Fact>
          </Box>
          <Box
            sx={{
              display: 'flex',
              flexWrap: 'wrap',
              gap: 1,
              alignItems: 'center',
              justifyContent: 'space-between',
            }}
          >
            <ReleaseOpen release={release} />
            <ReleaseActionButton release={release} />
          </Box>
        </Paper>
      ))}
    </Box>
  );
}
