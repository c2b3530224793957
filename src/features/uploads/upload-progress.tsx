import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatBytes, formatDuration, formatSpeed } from '../../domain/upload/format';
import { transferStats } from '../../domain/upload/transfer';
import { useStore } from '../../stores/external-store';
import { useUploadQueue } from './uploads-provider';

const times = (n: number) => (n === 1 ? 'once' : `${String(n)} times`);

/** Percentage, bytes, speed and time left of the file being uploaded; restarts if any. */
export function UploadProgress({ id, name }: { id: string; name: string }) {
  const live = useStore(useUploadQueue().progress).get(id);
  if (!live) return null;
  const stats = transferStats(live.samples, live.total);
  const figures = [
    `${String(stats.percent)} %`,
    `${formatBytes(stats.sent)} of ${formatBytes(stats.total)}`,
    stats.bytesPerSecond !== null ? formatSpeed(stats.bytesPerSecond) : null,
    stats.secondsLeft !== null && stats.sent < stats.total
      ? `about ${formatDuration(stats.secondsLeft)} left`
      : null,
  ].filter(Boolean);
  return (
    <Stack spacing={0.5}>
      <LinearProgress
        variant="determinate"
        value={stats.percent}
        aria-label={`Uploading ${name}`}
        aria-valuetext={`${String(stats.percent)} %, ${formatBytes(stats.sent)} of ${formatBytes(stats.total)}`}
      />
      <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {figures.join(' · ')}
      </Typography>
      {live.restarts > 0 ? (
        <Alert severity="warning" sx={{ py: 0 }}>
          Started over {times(live.restarts)}
          {live.restartReason ? ` (${live.restartReason})` : ''}. A piece whose arrival is uncertain
          is never sent twice, since the platform would add it twice.
        </Alert>
      ) : null}
    </Stack>
  );
}
