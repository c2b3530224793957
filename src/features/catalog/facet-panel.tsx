import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import {
  FACETS,
  type CatalogView,
  type FacetCounts,
  type FacetKey,
} from '../../domain/catalog/view';

const TITLES: Record<FacetKey, string> = {
  kind: 'Kind',
  maturity: 'Maturity',
  hardware: 'Hardware',
  state: 'State',
};

const LABELS: Record<string, string> = {
  workflow: 'Workflows',
  application: 'Applications',
  stable: 'Stable',
  experimental: 'Experimental',
  cpu: 'CPU',
  gpu: 'GPU',
  installed: 'Installed',
  'not-installed': 'Not installed',
  attention: 'Needs attention',
};

/** Facets with counts: within a facet any checked value matches, across facets all must. */
export const FacetPanel = memo(function FacetPanel({
  view,
  counts,
  onChange,
  onClear,
  canClear,
}: {
  view: CatalogView;
  counts: FacetCounts | null;
  onChange: (facet: FacetKey, values: string[]) => void;
  onClear: () => void;
  canClear: boolean;
}) {
  return (
    <Box component="section" aria-label="Filters" sx={{ display: 'grid', gap: 2 }}>
      {(Object.keys(FACETS) as FacetKey[]).map((facet) => {
        const selected = view[facet] as readonly string[];
        const bucket = counts?.[facet] as Record<string, number> | undefined;
        return (
          <Box component="fieldset" key={facet} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
            <Typography
              component="legend"
              variant="overline"
              sx={{ lineHeight: 2, color: 'text.secondary' }}
            >
              {TITLES[facet]}
            </Typography>
            <FormGroup>
              {FACETS[facet].map((value) => {
                const count = bucket?.[value];
                return (
                  <FormControlLabel
                    key={value}
                    sx={{ mr: 0, '& .MuiFormControlLabel-label': { flexGrow: 1 } }}
                    control={
                      <Checkbox
                        size="small"
                        checked={selected.includes(value)}
                        onChange={(event) => {
                          onChange(
                            facet,
                            event.target.checked
                              ? [...selected, value]
                              : selected.filter((v) => v !== value),
                          );
                        }}
                      />
                    }
                    label={
                      <Box
                        component="span"
                        sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}
                      >
                        <span>{LABELS[value]}</span>
                        <Box
                          component="span"
                          sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}
                        >
                          {count ?? '–'}
                        </Box>
                      </Box>
                    }
                  />
                );
              })}
            </FormGroup>
          </Box>
        );
      })}
      <Button
        variant="text"
        size="small"
        onClick={onClear}
        disabled={!canClear}
        sx={{ justifySelf: 'start' }}
      >
        Reset filters
      </Button>
    </Box>
  );
});
