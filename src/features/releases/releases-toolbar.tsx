import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ReleasePhase } from '../../domain/releases/releases';
import {
  PHASES,
  RELEASE_SORTS,
  type ReleaseSort,
  type ReleasesView,
} from '../../domain/releases/view';
import { useSearchText } from './use-releases-view';

export const PHASE_LABEL: Record<ReleasePhase, string> = {
  attention: 'Needs attention',
  starting: 'Starting',
  removing: 'Being removed',
  ready: 'Ready',
  other: 'Unclear',
};

const SORT_LABEL: Record<ReleaseSort, string> = {
  state: 'State (trouble first)',
  name: 'Name',
  age: 'Newest first',
  chart: 'Chart',
};

/** Search, the state filters with their counts, and the order. */
export function ReleasesToolbar({
  view,
  counts,
  update,
}: {
  view: ReleasesView;
  counts: Record<ReleasePhase, number>;
  update: (patch: Partial<ReleasesView>, options?: { replace?: boolean }) => void;
}) {
  const [text, setText] = useSearchText(view.q, (q) => {
    update({ q }, { replace: true });
  });
  const toggle = (phase: ReleasePhase, on: boolean) => {
    update({ phase: on ? [...view.phase, phase] : view.phase.filter((p) => p !== phase) });
  };
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
      <TextField
        type="search"
        size="small"
        label="Search releases"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
        }}
        sx={{ flex: '1 1 240px', maxWidth: { sm: 420 } }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      <TextField
        select
        size="small"
        label="Sort by"
        value={view.sort}
        onChange={(event) => {
          update({ sort: event.target.value as ReleaseSort });
        }}
        sx={{ minWidth: 200 }}
      >
        {RELEASE_SORTS.map((sort) => (
          <MenuItem key={sort} value={sort}>
            {SORT_LABEL[sort]}
          </MenuItem>
        ))}
      </TextField>
      <Box
        role="group"
        aria-label="Show releases that are"
        sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1, flexBasis: '100%' }}
      >
        {PHASES.filter((p) => p !== 'other' || counts.other > 0 || view.phase.includes(p)).map(
          (phase) => (
            <FormControlLabel
              key={phase}
              control={
                <Checkbox
                  size="small"
                  checked={view.phase.includes(phase)}
                  onChange={(event) => {
                    toggle(phase, event.target.checked);
                  }}
                />
              }
              label={`${PHASE_LABEL[phase]} (${String(counts[phase])})`}
            />
          ),
        )}
      </Box>
    </Box>
  );
}
