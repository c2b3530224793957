import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { formatBytes } from '../../domain/upload/format';
import { ChartFacts } from './chart-facts';
import { ChecksList } from './checks-list';
import { ImagesList } from './images-list';
import { StageChip, stageLabel } from './stage-chip';
import { StageStatus } from './stage-status';
import { FINISHED_STAGES, type UploadEntry } from './upload-entry';
import { useUploadQueue } from './uploads-provider';

const KIND = { chart: 'Chart', image: 'Container images' } as const;
const CANCELLABLE = ['checking', 'needs-choice', 'queued', 'uploading'];
const QUIET = ['available', 'kept', 'cancelled', 'interrupted', 'waiting-catalog', 'importing'];

/** One file: what it is, where it stands, what was checked, and what can be done with it. */
export function UploadCard({ entry }: { entry: UploadEntry }) {
  const queue = useUploadQueue();
  const [showChecks, setShowChecks] = useState(!QUIET.includes(entry.stage));
  const headingId = `upload-${entry.id}`;
  const { report } = entry;
  const renamed = entry.uploadName !== null && entry.uploadName !== entry.fileName;
  const canRetry =
    ['failed', 'cancelled'].includes(entry.stage) && queue.hasFile(entry.id) && !entry.stored;
  const cancelling = queue.isCancelling(entry.id);
  const canImport =
    entry.kind === 'image' && entry.stored && ['failed', 'interrupted'].includes(entry.stage);
  return (
    <Paper variant="outlined" component="article" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <Box
          sx={{
            display: 'flex',
            gap: 2,
            alignItems: 'flex-start',
            justifyContent: 'space-between',
          }}
        >
          <Box sx={{ minWidth: 0 }}>
            <Typography
              id={headingId}
              component="h3"
              variant="subtitle1"
              sx={{ fontWeight: 600, wordBreak: 'break-all' }}
            >
              {entry.fileName}
            </Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {[
                entry.kind ? KIND[entry.kind] : null,
                formatBytes(entry.size),
                renamed ? `uploaded as ${entry.uploadName ?? ''}` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          </Box>
          <Box
            role="status"
            aria-label={`${entry.fileName}: ${stageLabel(entry.stage, cancelling)}`}
          >
            <StageChip stage={entry.stage} cancelling={cancelling} />
          </Box>
        </Box>
        <StageStatus entry={entry} cancelling={cancelling} />
        {report?.summary ? <ChartFacts summary={report.summary} /> : null}
        {report && (report.checks.length > 0 || report.summary) ? (
          <Box>
            <Button
              size="small"
              aria-expanded={showChecks}
              aria-controls={`${headingId}-checks`}
              onClick={() => {
                setShowChecks((v) => !v);
              }}
              sx={{ px: 0 }}
            >
              {showChecks ? 'Hide checks and images' : 'Show checks and images'}
            </Button>
            {showChecks ? (
              <Stack id={`${headingId}-checks`} spacing={1.5} sx={{ mt: 0.5 }}>
                <ChecksList checks={report.checks} />
                {report.summary ? <ImagesList report={report} /> : null}
              </Stack>
            ) : null}
          </Box>
        ) : null}
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
          {CANCELLABLE.includes(entry.stage) && !cancelling ? (
            <Button
              variant="outlined"
              color="inherit"
              onClick={() => {
                queue.cancel(entry.id);
              }}
            >
              Cancel
            </Button>
          ) : null}
          {canRetry ? (
            <Button
              variant="outlined"
              onClick={() => {
                queue.retry(entry.id);
              }}
            >
              Try again
            </Button>
          ) : null}
          {canImport ? (
            <Button
              variant="outlined"
              onClick={() => {
                queue.importAgain(entry.id);
              }}
            >
              Import again
            </Button>
          ) : null}
          {FINISHED_STAGES.includes(entry.stage) ? (
            <Button
              color="inherit"
              onClick={() => {
                queue.remove(entry.id);
              }}
            >
              Remove from list
            </Button>
          ) : null}
        </Stack>
      </Stack>
    </Paper>
  );
}
