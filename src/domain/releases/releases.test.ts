import { describe, expect, it } from 'vitest';
import { extensionListSchema } from '../../contract/schemas';
import fixtureJson from '../../mocks/fixtures/extensions.json';
import { extensionListCaptures } from '../../test/captures';
import type { SeenSince } from '../catalog/attention';
import { releaseFacts, releasesOf, stuckReleases } from './releases';
import {
  applyReleasesView,
  DEFAULT_RELEASES_VIEW,
  releasesViewFromParams,
  releasesViewToParams,
} from './view';

const rows = extensionListSchema.parse(fixtureJson);
const never: SeenSince = () => undefined;
/** A minute after the newest deploy in the fixtures: nothing has been pending for long. */
const SOON = Date.parse('2025-12-18T09:47:30Z');
const LATER = SOON + 10 * 60_000;
const facts = (now: number, seenSince: SeenSince = never) =>
  releasesOf(rows).map((r) => releaseFacts(r, now, seenSince));

describe('releasesOf: the releases of the list', () => {
  it('has one release per deployment a row owns, templates and uninstalled charts none', () => {
    const names = releasesOf(rows).map((r) => `${r.releaseName}:${r.derived.state}@${r.version}`);
    expect(names.sort()).toEqual(
      [
        'body-and-organ-analysis-workflow:failed@0.6.0',
        'code-server-chart:ready@0.6.0',
        'collabora-chart:ready@0.5.3',
        'dev-code-server-chart-0c4d2e9a7b61f3e58d92:failed@0.6.0',
        'jupyterlab-chart-3f9a1c7e52b04d8a6e1f:ready@0.6.0',
        'jupyterlab-chart-b71e04c9d2a35f6e8c10:starting@0.6.0',
        'mitk-flow-workflow:uninstalling@0.6.0',
        'nnunet-workflow:ready@0.6.0',
        'radiomics-workflow:starting@0.6.0',
        'wsiconv-workflow:installing@0.6.0',
      ].sort(),
    );
  });

  it('names instances by their display name and single installs by their chart', () => {
    const byRelease = new Map(releasesOf(rows).map((r) => [r.releaseName, r]));
    expect(byRelease.get('jupyterlab-chart-3f9a1c7e52b04d8a6e1f')?.name).toBe('lung-study');
    expect(byRelease.get('jupyterlab-chart-3f9a1c7e52b04d8a6e1f')?.instance).toBe(true);
    expect(byRelease.get('nnunet-workflow')?.name).toBe('nnUNet');
    expect(byRelease.get('nnunet-workflow')?.instance).toBe(false);
  });

  it('keeps an instance the list has no row for yet, under its chart, as an instance', () => {
    const capture = extensionListCaptures().find((c) => c.file.startsWith('21-'));
    if (!capture) throw new Error('capture 21 is missing');
    const unlisted = releasesOf(extensionListSchema.parse(JSON.parse(capture.body))).find(
      (r) => r.releaseName === 'jupyterlab-chart-624ac742c6fe5f08c5cd',
    );
    expect(unlisted).toMatchObject({
      instance: true,
      name: 'jupyterlab-chart-624ac742c6fe5f08c5cd',
      row: { chart_name: 'jupyterlab-chart', releaseName: 'jupyterlab-chart-624ac742c6fe5f08c5cd' },
    });
  });

  it('finds every release of every captured list exactly once', () => {
    for (const capture of extensionListCaptures()) {
      const captured = extensionListSchema.parse(JSON.parse(capture.body));
      const expected = new Set(
        captured.flatMap((row) =>
          Object.values(row.available_versions).flatMap((v) =>
            v.deployments.map((d) => d.deployment_id),
          ),
        ),
      );
      const found = releasesOf(captured).map((r) => r.releaseName);
      expect(new Set(found).size, capture.file).toBe(found.length);
      expect(new Set(found), capture.file).toEqual(expected);
    }
  });
});

describe('releaseFacts: phase, attention and diagnosis', () => {
  it('sorts each fixture release into its phase', () => {
    const phases = Object.fromEntries(facts(SOON).map((r) => [r.releaseName, r.phase]));
    expect(phases).toEqual({
      'nnunet-workflow': 'ready',
      'body-and-organ-analysis-workflow': 'attention',
      'radiomics-workflow': 'starting',
      'wsiconv-workflow': 'starting',
      'mitk-flow-workflow': 'removing',
      'code-server-chart': 'ready',
      'collabora-chart': 'ready',
      'jupyterlab-chart-3f9a1c7e52b04d8a6e1f': 'ready',
      'jupyterlab-chart-b71e04c9d2a35f6e8c10': 'starting',
      'dev-code-server-chart-0c4d2e9a7b61f3e58d92': 'attention',
    });
  });

  it("calls an install stuck after five minutes by helm's clock, an uninstall after a minute seen", () => {
    const seen: SeenSince = (name, state) =>
      name === 'mitk-flow-workflow' && state === 'uninstalling' ? LATER - 61_000 : undefined;
    const later = new Map(facts(LATER, seen).map((r) => [r.releaseName, r]));
    expect(later.get('wsiconv-workflow')).toMatchObject({
      stuck: true,
      attention: 'stuck',
      phase: 'attention',
      offerForce: true,
      diagnosis: { kind: 'install-stuck', next: { kind: 'force-uninstall' } },
    });
    expect(later.get('mitk-flow-workflow')).toMatchObject({
      stuck: true,
      diagnosis: { kind: 'uninstall-stuck', next: { kind: 'force-uninstall' } },
    });
    const soon = new Map(facts(SOON).map((r) => [r.releaseName, r]));
    expect(soon.get('wsiconv-workflow')?.stuck).toBe(false);
    expect(soon.get('mitk-flow-workflow')?.stuck).toBe(false);
  });

  it('counts pods ready, in all, and their restarts, and knows when it was deployed', () => {
    const byRelease = new Map(facts(SOON).map((r) => [r.releaseName, r]));
    expect(byRelease.get('nnunet-workflow')?.pods).toEqual({ ready: 2, total: 2, restarts: 0 });
    expect(byRelease.get('radiomics-workflow')?.pods).toEqual({ ready: 0, total: 1, restarts: 0 });
    expect(byRelease.get('wsiconv-workflow')?.pods).toBeNull();
    expect(byRelease.get('nnunet-workflow')?.deployedAt).toBe(
      Date.parse('2025-12-18T09:12:44.583Z'),
    );
  });

  it('follows the fresher helm status on a release page', () => {
    const radiomics = releasesOf(rows).find((r) => r.releaseName === 'radiomics-workflow');
    if (!radiomics) throw new Error('fixture changed');
    expect(releaseFacts(radiomics, SOON, never, 'uninstalling').diagnosis.kind).toBe(
      'uninstalling',
    );
  });

  it('puts failed and really stuck releases in the banner, nothing that merely moves', () => {
    expect(
      stuckReleases(facts(SOON))
        .map((r) => r.releaseName)
        .sort(),
    ).toEqual(['body-and-organ-analysis-workflow', 'dev-code-server-chart-0c4d2e9a7b61f3e58d92']);
    // By name, whatever the list's order.
    expect(stuckReleases(facts(LATER).reverse()).map((r) => r.name)).toEqual([
      'Body and Organ Analysis',
      'r-analysis',
      'WSI converter',
    ]);
  });
});

describe('the releases view', () => {
  const all = facts(SOON);

  it('sorts trouble first by default, then by name', () => {
    const { shown } = applyReleasesView(all, DEFAULT_RELEASES_VIEW);
    expect(shown.slice(0, 2).map((r) => r.name)).toEqual(['Body and Organ Analysis', 'r-analysis']);
    expect(shown.at(-1)?.phase).toBe('ready');
  });

  it('filters by phase and search together, counting the phases of what the search leaves', () => {
    const result = applyReleasesView(all, { q: 'jupyterlab', phase: ['starting'], sort: 'name' });
    expect(result.shown.map((r) => r.releaseName)).toEqual([
      'jupyterlab-chart-b71e04c9d2a35f6e8c10',
    ]);
    expect(result.counts).toEqual({ attention: 0, starting: 1, removing: 0, ready: 1, other: 0 });
    expect(result.total).toBe(10);
  });

  it('sorts by age, newest first, and by chart', () => {
    const byAge = applyReleasesView(all, { ...DEFAULT_RELEASES_VIEW, sort: 'age' }).shown;
    expect(byAge.at(-1)?.releaseName).toBe('collabora-chart');
    const byChart = applyReleasesView(all, { ...DEFAULT_RELEASES_VIEW, sort: 'chart' }).shown;
    expect(byChart[0]?.row.chart_name).toBe('body-and-organ-analysis-workflow');
  });

  it('lives in the URL: defaults left out, unknown values ignored, a round trip keeps it', () => {
    expect(releasesViewToParams(DEFAULT_RELEASES_VIEW).toString()).toBe('');
    const view = releasesViewFromParams(
      new URLSearchParams('q=lung&state=ready,bogus,attention&sort=age'),
    );
    expect(view).toEqual({ q: 'lung', phase: ['attention', 'ready'], sort: 'age' });
    expect(releasesViewFromParams(releasesViewToParams(view))).toEqual(view);
    expect(releasesViewFromParams(new URLSearchParams('sort=nonsense')).sort).toBe('state');
  });
});
