import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { memo, useEffect, useRef } from 'react';
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
