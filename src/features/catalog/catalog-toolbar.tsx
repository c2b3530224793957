import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import { memo, useEffect, useId, useRef } from 'react';
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
  // An outlined input of its own, not a TextField: that one brings the Select, its Menu and
  // their Modal into the first load, for a field that never uses them.
  return (
    <OutlinedInput
      inputRef={input}
      type="search"
      size="small"
      value={value}
      onChange={(event) => {
        onChange(event.target.value);
      }}
      placeholder="Search name, description, keyword"
      sx={{ flex: '1 1 280px', maxWidth: 520 }}
      inputProps={{ 'aria-label': 'Search extensions', 'aria-keyshortcuts': '/' }}
      startAdornment={
        <InputAdornment position="start">
          <SearchIcon fontSize="small" />
        </InputAdornment>
      }
      endAdornment={
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
      }
    />
  );
});

/** The browser's own select (keyboard and screen readers know it; no menu to load first). */
export const SortField = memo(function SortField({
  value,
  onChange,
}: {
  value: SortKey;
  onChange: (sort: SortKey) => void;
}) {
  const id = useId();
  return (
    <FormControl size="small" sx={{ minWidth: 140 }}>
      <InputLabel htmlFor={id} shrink>
        Sort by
      </InputLabel>
      <NativeSelect
        value={value}
        onChange={(event) => {
          onChange(event.target.value as SortKey);
        }}
        input={<OutlinedInput id={id} label="Sort by" notched />}
      >
        <option value="name">Name</option>
        <option value="state">State</option>
        <option value="kind">Kind</option>
      </NativeSelect>
    </FormControl>
  );
});
