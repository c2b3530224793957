import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ReleaseActionButton } from '../../components/release-actions';
import type { ReleaseFacts } from '../../domain/releases/releases';
import { podsText, ReleaseAge, ReleaseName, ReleaseOpen, ReleaseState } from './release-cells';

const HEADS = [
  'Release',
  'Chart',
  'Helm',
  'State',
  'Pods ready',
  'Restarts',
  'Age',
  'Open',
  'Action',
];

/** The releases as a table (wide screens). */
export function ReleasesTable({
  releases,
  now,
}: {
  releases: readonly ReleaseFacts[];
  now: number;
}) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Releases">
        <TableHead>
          <TableRow>
            {HEADS.map((head) => (
              <TableCell key={head} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {head}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {releases.map((release) => (
            <TableRow key={release.releaseName}>
              <TableCell sx={{ maxWidth: 300 }}>
                <ReleaseName release={release} />
              </TableCell>
              <TableCell>
                {release.row.chart_name}
                <Typography variant="body2" color="text.secondary">
                  {release.version}
                </Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{release.deployment.helm_status}</TableCell>
              <TableCell sx={{ maxWidth: 240 }}>
                <ReleaseState release={release} />
              </TableCell>
              <TableCell>{podsText(release)}</TableCell>
              <TableCell>{release.pods ? release.pods.restarts : '–'}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <ReleaseAge release={release} now={now} />
              </TableCell>
              <TableCell>
                <ReleaseOpen release={release} />
              </TableCell>
              <TableCell>
                <ReleaseActionButton release={release} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
