import RefreshIcon from '@mui/icons-material/Refresh';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo, useEffect, useRef, useState } from 'react';
import type { SortKey } from '../../domain/catalog/view';

/** "/" anywhere but in a field focuses the search. */
function useSlashToFocus(input: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [input]);
}

function useNow(everyMs: number): number {
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
        {/* Before the first list, the results say "Loading…" or why it failed. */}
        {updatedAt > 0 ? `Updated ${ago(now - updatedAt)}` : ''}
      </Typography>
      <Tooltip title="Refresh now">
        <span>
          <IconButton size="small" onClick={onRefresh} disabled={fetching} aria-label="Refresh now">
            {fetching ? (
              <CircularProgress size={18} aria-hidden />
            ) : (
              <RefreshIcon fontSize="small" />
            )}
          </IconButton>
        </span>
      </Tooltip>
    </Box>
  );
}

export const SearchField = memo(function SearchField({
  value,
  onChange,
}: {
  value: string;
  onChange: (text: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  useSlashToFocus(input);
  return (
    <TextField
      inputRef={input}
      type="search"
      size="small"
      value={value}
      onChange={(event) => {
        onChange(event.target.value);
      }}
      placeholder="Search name, description, keyword"
      sx={{ flex: '1 1 280px', maxWidth: 520 }}
      slotProps={{
        htmlInput: { 'aria-label': 'Search extensions', 'aria-keyshortcuts': '/' },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
          endAdornment: (
            <InputAdornment position="end">
              <Box
                component="kbd"
                aria-hidden
                sx={{
                  px: 0.75,
                  border: 1,
                  borderColor: 'divider',
                  borderRadius: 1,
                  fontSize: 12,
                  color: 'text.secondary',
                }}
              >
                /
              </Box>
            </InputAdornment>
          ),
        },
      }}
    />
  );
});

export function SortField({
  value,
  onChange,
}: {
  value: SortKey;
  onChange: (sort: SortKey) => void;
}) {
  return (
    <TextField
      select
      size="small"
      label="Sort by"
      value={value}
      onChange={(event) => {
        onChange(event.target.value as SortKey);
      }}
      sx={{ minWidth: 140 }}
    >
      <MenuItem value="name">Name</MenuItem>
      <MenuItem value="state">State</MenuItem>
      <MenuItem value="kind">Kind</MenuItem>
    </TextField>
  );
}
