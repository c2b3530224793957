import RefreshIcon from '@mui/icons-material/Refresh';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';

/** The time now, updated every `everyMs` (for "12 s ago" texts). */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, everyMs);
    return () => {
      clearInterval(timer);
    };
  }, [everyMs]);
  return now;
}

export function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 5) return 'just now';
  if (s < 60) return `${String(s)} s ago`;
  const m = Math.round(s / 60);
  if (m < 60) return `${String(m)} min ago`;
  return `${String(Math.round(m / 60))} h ago`;
}

/**
 * The refresh icon turning while a read is under way: a transform only, which the compositor
 * animates without the page's main thread (a progress ring is repainted on every frame, and
 * every poll of a large list would pay for it).
 */
const SPINNING = {
  '@keyframes kx-spin': { to: { transform: 'rotate(360deg)' } },
  animation: 'kx-spin 1s linear infinite',
  '@media (prefers-reduced-motion: reduce)': { animation: 'none', opacity: 0.5 },
} as const;

/** "Updated 12 s ago", and a way to look again now. */
export function Freshness({
  updatedAt,
  fetching,
  onRefresh,
}: {
  updatedAt: number;
  fetching: boolean;
  onRefresh: () => void;
}) {
  const now = useNow(1000);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {/* Before the first answer, the page itself says "Loading…" or why it failed. */}
        {updatedAt > 0 ? `Updated ${ago(now - updatedAt)}` : ''}
      </Typography>
      <Tooltip title="Refresh now">
        <span>
          <IconButton size="small" onClick={onRefresh} disabled={fetching} aria-label="Refresh now">
            <RefreshIcon fontSize="small" sx={fetching ? SPINNING : undefined} />
          </IconButton>
        </span>
      </Tooltip>
    </Box>
  );
}
