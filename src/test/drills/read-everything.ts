import type { ExtensionRow } from '../../api';
import { groupRows } from '../../domain/catalog/entries';
import { DEFAULT_VIEW, FACETS, applyView, factsOf, sortFacts } from '../../domain/catalog/view';
import { StickyVersions } from '../../domain/catalog/sticky-versions';
import { actionFor } from '../../domain/actions';
import { diagnose } from '../../domain/diagnosis';
import { deriveState, isInstanceRow, isTemplateRow } from '../../domain/extension-state';
import { safeHref } from '../../domain/links';
import { displayName, documentationLink } from '../../domain/names';
import { withPending, type PendingOperation } from '../../domain/pending';
import { defaultValues, paramFields } from '../../domain/params/fields';
import { payload, validate } from '../../domain/params/validate';
import { releaseFacts, releasesOf, stuckReleases } from '../../domain/releases/releases';
import { applyReleasesView, DEFAULT_RELEASES_VIEW, PHASES } from '../../domain/releases/view';
import { podSummary, restartSummary } from '../../domain/pods';
import { sortVersionsDescending } from '../../domain/versions';
import { catalogItems } from '../../features/catalog/catalog-items';

const never = () => undefined;

/**
 * Everything the app works out from a list, as the places do: states, diagnoses, names, links,
 * actions, the catalog's entries, facets and lines, the releases and the banner's, pending
 * operations laid over it, each chart's parameter form. Throws where the app would crash.
 * Returns the chart names the catalog lists.
 */
export function readEverything(rows: readonly ExtensionRow[], now: number): Set<string> {
  for (const row of rows) {
    const derived = deriveState(row);
    const kind = isTemplateRow(row) ? 'template' : isInstanceRow(row) ? 'instance' : 'single';
    actionFor(kind, derived.state, { stuck: true, switchTo: row.version });
    const reading = diagnose(row, { now, seenSince: never });
    if (typeof reading.headline !== 'string') throw new Error('a diagnosis without a headline');
    if (typeof displayName(row) !== 'string') throw new Error('a name that is not text');
    documentationLink(row);
    for (const link of [...row.links, ...(derived.deployment?.links ?? [])]) {
      safeHref(link, 'kaapana.example');
    }
    if (derived.deployment) {
      podSummary(derived.deployment);
      restartSummary(derived.deployment);
    }
    sortVersionsDescending([...row.versions, ...Object.keys(row.available_versions)]);
    const fields = paramFields(row);
    const values = defaultValues(fields);
    validate(fields, values);
    payload(fields, values);
  }
  const pending: PendingOperation[] = rows.slice(0, 3).flatMap((row, i): PendingOperation[] => [
    {
      kind: 'install',
      releaseName: row.chart_name,
      chart: row.chart_name,
      version: row.version,
      at: now - i,
    },
    { kind: 'uninstall', releaseName: row.releaseName, chart: row.chart_name, at: now },
    {
      kind: 'launch',
      releaseName: `${row.chart_name}-x${String(i)}`,
      chart: row.chart_name,
      version: row.version,
      displayName: null,
      at: now,
    },
  ]);
  const shown = withPending(new StickyVersions().apply(rows, now), pending);
  const entries = [...groupRows(shown).values()];
  const facts = entries.map((e) => factsOf(e, now, never));
  for (const sort of ['name', 'state', 'kind'] as const) sortFacts(facts, sort);
  const all = applyView(sortFacts(facts, 'name'), {
    ...DEFAULT_VIEW,
    maturity: [...FACETS.maturity],
  });
  applyView(facts, { ...DEFAULT_VIEW, q: 'a b', state: ['attention'], kind: ['workflow'] });
  catalogItems(all.shown, [], now, never);
  const releases = releasesOf(shown).map((r) => releaseFacts(r, now, never));
  stuckReleases(releases);
  applyReleasesView(releases, DEFAULT_RELEASES_VIEW);
  applyReleasesView(releases, { q: 'x', phase: [...PHASES], sort: 'age' });
  return new Set(all.shown.map((f) => f.entry.key));
}
