import { memo } from 'react';
import '../../components/plain.css';
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

/**
 * One value of a facet: a native checkbox with the look of MUI's (plain.css). Memoised: a toggle
 * renders only the values whose count or check changed.
 */
const FacetValue = memo(function FacetValue({
  facet,
  value,
  count,
  selected,
  onChange,
}: {
  facet: FacetKey;
  value: string;
  count: number | undefined;
  selected: readonly string[];
  onChange: (facet: FacetKey, values: string[]) => void;
}) {
  return (
    <label className="kh-facet">
      <input
        type="checkbox"
        className="kh-check"
        checked={selected.includes(value)}
        onChange={(event) => {
          onChange(
            facet,
            event.target.checked ? [...selected, value] : selected.filter((v) => v !== value),
          );
        }}
      />
      <span className="kh-facet-label">{LABELS[value]}</span>
      <span className="kh-facet-count">{count ?? '–'}</span>
    </label>
  );
});

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
    <section aria-label="Filters" className="kh-facets">
      {(Object.keys(FACETS) as FacetKey[]).map((facet) => {
        const selected = view[facet] as readonly string[];
        const bucket = counts?.[facet] as Record<string, number> | undefined;
        return (
          <fieldset key={facet} className="kh-facet-group">
            <legend className="kh-facet-title">{TITLES[facet]}</legend>
            {FACETS[facet].map((value) => (
              <FacetValue
                key={value}
                facet={facet}
                value={value}
                count={bucket?.[value]}
                selected={selected}
                onChange={onChange}
              />
            ))}
          </fieldset>
        );
      })}
      <button
        type="button"
        className="kh-btn kh-facets-reset"
        onClick={onClear}
        disabled={!canClear}
      >
        Reset filters
      </button>
    </section>
  );
});
