import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { releasePath } from '../../components/release-path';
import { ToneChip } from '../../components/tone-chip';
import type { ActivityEntry } from '../../stores/activity';
import { CopyDetailsButton } from './copy-details-button';
import { bugReport, entryLabel, waitingFor, when } from './entry-words';

/** The name people know it by (a link to the release's page when there is one), and what it is of. */
function Subject({ entry }: { entry: ActivityEntry }) {
  return (
    <>
      {entry.releaseName ? (
        <Link component={RouterLink} to={releasePath(entry.releaseName)} sx={{ fontWeight: 500 }}>
          {entry.extension}
        </Link>
      ) : (
        <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
          {entry.extension}
        </Typography>
      )}
      {entry.instanceOf ? (
        <Typography variant="body2" color="text.secondary">
          instance of {entry.instanceOf}
        </Typography>
      ) : null}
    </>
  );
}

/** How it ended (or that it is still being watched), in words. */
function Outcome({ entry }: { entry: ActivityEntry }) {
  const waiting = waitingFor(entry);
  return (
    <>
      <ToneChip tone={entry.severity} label={entry.outcome} />
      {waiting ? (
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
          {waiting}
        </Typography>
      ) : null}
    </>
  );
}

const copyButton = (entry: ActivityEntry) => (
  <CopyDetailsButton text={() => bugReport(entry)} what={entryLabel(entry)} />
);

/** Wide screens: one table row per entry. */
export function ActivityTable({ entries }: { entries: readonly ActivityEntry[] }) {
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label="Activity">
        <TableHead>
          <TableRow>
            <TableCell>When</TableCell>
            <TableCell>Action</TableCell>
            <TableCell>Extension</TableCell>
            <TableCell>Version</TableCell>
            <TableCell>Outcome</TableCell>
            <TableCell>What happened</TableCell>
            <TableCell>
              <span className="kh-visually-hidden">For a bug report</span>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.id} sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(entry.at)}</TableCell>
              <TableCell>{entry.action}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere', minWidth: 140 }}>
                <Subject entry={entry} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{entry.version || '—'}</TableCell>
              <TableCell sx={{ minWidth: 120 }}>
                <Outcome entry={entry} />
              </TableCell>
              <TableCell sx={{ minWidth: 260 }}>{entry.message}</TableCell>
              <TableCell>{copyButton(entry)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}

/** Narrow screens: one card per entry, nothing wider than the screen. */
export function ActivityCards({ entries }: { entries: readonly ActivityEntry[] }) {
  return (
    <Stack
      component="ul"
      spacing={1.5}
      aria-label="Activity"
      sx={{ listStyle: 'none', p: 0, m: 0 }}
    >
      {entries.map((entry) => (
        <Paper component="li" variant="outlined" key={entry.id} sx={{ p: 1.5 }}>
          <Box
            sx={{
              display: 'flex',
              justifyContent: 'space-between',
              gap: 1,
              alignItems: 'baseline',
            }}
          >
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {entry.action}
              {entry.version ? ` · ${entry.version}` : ''}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
              {when(entry.at)}
            </Typography>
          </Box>
          <Box sx={{ overflowWrap: 'anywhere', my: 0.5 }}>
            <Subject entry={entry} />
          </Box>
          <Outcome entry={entry} />
          <Typography variant="body2" sx={{ mt: 1 }}>
            {entry.message}
          </Typography>
          <Box sx={{ mt: 0.5, ml: -0.5 }}>{copyButton(entry)}</Box>
        </Paper>
      ))}
    </Stack>
  );
}
