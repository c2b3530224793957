import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useNotify } from '../../components/notifications';
import { ToneChip } from '../../components/tone-chip';
import type { ActivityEntry } from '../../stores/activity';
import { useActivityLog } from '../../stores/app-state-context';
import { useStore } from '../../stores/external-store';

const TONE = { success: 'success', info: 'info', warning: 'warning', error: 'error' } as const;

function report(entry: ActivityEntry): string {
  return JSON.stringify(
    {
      ...entry,
      at: new Date(entry.at).toISOString(),
      page: window.location.href,
      userAgent: navigator.userAgent,
    },
    null,
    2,
  );
}

/** What was done from this browser, and how it ended; kept across reloads. */
export function ActivityPage() {
  const log = useActivityLog();
  const entries = useStore(log.entries);
  const notify = useNotify();
  const copy = async (entry: ActivityEntry) => {
    try {
      await navigator.clipboard.writeText(report(entry));
      notify({
        severity: 'success',
        title: 'Details copied',
        message: 'Paste them into your bug report.',
      });
    } catch {
      notify({
        severity: 'error',
        title: 'Copying failed',
        message: 'The browser did not allow access to the clipboard.',
      });
    }
  };
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2 }}>
        <Typography variant="h4" component="h1">
          Activity
        </Typography>
        <Button
          onClick={() => {
            log.clear();
          }}
          disabled={entries.length === 0}
        >
          Clear the log
        </Button>
      </Box>
      <Typography color="text.secondary">
        Installs, launches, uninstalls and version switches started from this browser, newest first.
        The log stays in this browser only.
      </Typography>
      {entries.length === 0 ? (
        <Alert severity="info" role="note">
          Nothing yet.
        </Alert>
      ) : (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label="Activity">
            <TableHead>
              <TableRow>
                <TableCell>Time</TableCell>
                <TableCell>Action</TableCell>
                <TableCell>Extension</TableCell>
                <TableCell>Version</TableCell>
                <TableCell>Outcome</TableCell>
                <TableCell>Message</TableCell>
                <TableCell>
                  <span className="kh-visually-hidden">Details</span>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entries.map((entry) => (
                <TableRow key={entry.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {new Date(entry.at).toLocaleString()}
                  </TableCell>
                  <TableCell>{entry.action}</TableCell>
                  <TableCell>
                    {entry.extension}
                    {entry.releaseName ? (
                      <Typography variant="body2" color="text.secondary">
                        {entry.releaseName}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell>{entry.version}</TableCell>
                  <TableCell>
                    <ToneChip tone={TONE[entry.severity]} label={entry.outcome} />
                  </TableCell>
                  <TableCell sx={{ minWidth: 280 }}>{entry.message}</TableCell>
                  <TableCell>
                    <Tooltip title="Copy the request details for a bug report">
                      <IconButton
                        aria-label={`Copy details of ${entry.action} ${entry.extension}`}
                        onClick={() => void copy(entry)}
                      >
                        <ContentCopyIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
