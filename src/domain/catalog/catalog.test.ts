import { describe, expect, it } from 'vitest';
import { extensionListSchema, type ExtensionRow } from '../../contract/schemas';
import fixtureJson from '../../mocks/fixtures/extensions.json';
import { STUCK_UNINSTALL_MS, type SeenSince } from './attention';
import { simulatedList } from '../../test/drills/base-lists';
import { Rng } from '../../mocks/sim/rng';
import { groupRows } from './entries';
import { viewFromParams, viewToParams } from './url';
import {
  applyView as filterView,
  DEFAULT_VIEW,
  factsOf,
  firstSorted,
  SORT_KEYS,
  sortFacts,
  type CatalogView,
  type EntryFacts,
} from './view';

const applyView = (all: EntryFacts[], v: CatalogView) => filterView(sortFacts(all, v.sort), v);

const rows = extensionListSchema.parse(fixtureJson);
const NOW = Date.parse('2026-11-24T10:00:00Z');
const never: SeenSince = () => undefined;
const facts = (list: readonly ExtensionRow[] = rows, seen: SeenSince = never): EntryFacts[] =>
  [...groupRows(list).values()].map((e) => factsOf(e, NOW, seen));
const view = (over: Partial<CatalogView> = {}): CatalogView => ({ ...DEFAULT_VIEW, ...over });
const keys = (result: { shown: EntryFacts[] }) => result.shown.map((f) => f.entry.key);

describe('groupRows', () => {
  it('makes one entry per chart, with instances under their template', () => {
    const entries = groupRows(rows);
    expect(entries.size).toBe(20);
    expect(entries.get('jupyterlab-chart')?.instances.map((i) => i.name)).toEqual([
      'jupyterlab-chart-b71e04c9d2a35f6e8c10',
      'lung-study',
    ]);
    expect(entries.get('nnunet-workflow')?.instances).toEqual([]);
  });

  it('keeps the entry object of a chart whose rows did not change', () => {
    const first = groupRows(rows);
    const changed = rows.map((r) => (r.releaseName === 'nnunet-workflow' ? { ...r } : r));
    const second = groupRows(changed, first);
    expect(second.get('edk')).toBe(first.get('edk'));
    expect(second.get('jupyterlab-chart')).toBe(first.get('jupyterlab-chart'));
    expect(second.get('nnunet-workflow')).not.toBe(first.get('nnunet-workflow'));
  });
  it('makes one line of an instance listed twice', () => {
    const twice = rows.find((r) => r.releaseName === 'jupyterlab-chart-b71e04c9d2a35f6e8c10');
    if (!twice) throw new Error('no instance');
    const entry = groupRows([...rows, { ...twice }]).get('jupyterlab-chart');
    expect(entry?.instances.map((i) => i.row.releaseName)).toEqual([
      'jupyterlab-chart-b71e04c9d2a35f6e8c10',
      'jupyterlab-chart-3f9a1c7e52b04d8a6e1f',
    ]);
  });

  it('keeps instances in view under a stand-in when their template row is missing', () => {
    const withoutTemplate = rows.filter((r) => r.releaseName !== 'jupyterlab-chart');
    const entry = groupRows(withoutTemplate).get('jupyterlab-chart');
    expect(entry?.instances.map((i) => i.name)).toEqual([
      'jupyterlab-chart-b71e04c9d2a35f6e8c10',
      'lung-study',
    ]);
    expect(entry?.name).toBe('Jupyterlab Notebook');
    expect(entry?.derived.state).toBe('launchable');
    // The same line object while the instance rows do not change.
    expect(groupRows(withoutTemplate).get('jupyterlab-chart')?.row).toBe(entry?.row);
  });
});

describe('applyView', () => {
  it('hides experimental charts by default and counts them — but never one installed or in trouble', () => {
    const result = applyView(facts(), view());
    const experimentalShown = result.shown.filter((f) => f.entry.maturity === 'experimental');
    // Installed and failed, installed and stuck installing.
    expect(experimentalShown.map((f) => f.entry.key).sort()).toEqual([
      'body-and-organ-analysis-workflow',
      'wsiconv-workflow',
    ]);
    // total-segmentator, otsus, slim, custom-registry, hello-world
    expect(result.hiddenExperimental).toBe(5);
    expect(result.shown.length + result.hiddenExperimental).toBe(20);
    // Asked for explicitly, a choice of maturity is a choice: nothing is pinned.
    const onlyExperimental = applyView(facts(), view({ maturity: ['experimental'] }));
    expect(onlyExperimental.shown.every((f) => f.entry.maturity === 'experimental')).toBe(true);
  });

  it('searches names, display names, descriptions, keywords and instance names', () => {
    const all = view({ maturity: [] });
    expect(keys(applyView(facts(), { ...all, q: 'nnunet' }))).toEqual(['nnunet-workflow']);
    expect(keys(applyView(facts(), { ...all, q: 'spreadsheets' }))).toEqual(['collabora-chart']);
    expect(keys(applyView(facts(), { ...all, q: 'LUNG-study' }))).toEqual(['jupyterlab-chart']);
    expect(keys(applyView(facts(), { ...all, q: 'gpurequired workflow' })).sort()).toEqual([
      'body-and-organ-analysis-workflow',
      'classification-training-workflow',
      'nnunet-workflow',
    ]);
  });

  it('combines facets with AND and values with OR, and counts each facet without itself', () => {
    const result = applyView(
      facts(),
      view({ maturity: [], kind: ['workflow'], hardware: ['gpu'] }),
    );
    expect(keys(result).sort()).toEqual([
      'body-and-organ-analysis-workflow',
      'classification-training-workflow',
      'nnunet-workflow',
    ]);
    // Kind counts ignore the kind filter but honour hardware: 3 GPU workflows, 0 GPU applications.
    expect(result.counts.kind).toEqual({ workflow: 3, application: 0 });
    // Hardware counts honour the kind filter: 9 workflows, 3 of them GPU.
    expect(result.counts.hardware).toEqual({ cpu: 6, gpu: 3 });
  });

  it('puts failed, crashing and stuck charts under "needs attention"', () => {
    const result = applyView(facts(), view({ maturity: [], state: ['attention'] }));
    expect(keys(result).sort()).toEqual([
      'body-and-organ-analysis-workflow', // failed
      'dev-code-server-chart', // a failed instance
      'wsiconv-workflow', // pending-install since 2025
    ]);
  });

  it('counts a release seen uninstalling for over a minute as stuck', () => {
    const seen = (name: string, state: string) =>
      name === 'mitk-flow-workflow' && state === 'uninstalling'
        ? NOW - STUCK_UNINSTALL_MS
        : undefined;
    const result = applyView(facts(rows, seen), view({ maturity: [], state: ['attention'] }));
    expect(keys(result)).toContain('mitk-flow-workflow');
  });

  it('sorts by name, by state (trouble first) and by kind', () => {
    const all = view({ maturity: [] });
    const byName = keys(applyView(facts(), all));
    expect(byName.slice(0, 3)).toEqual([
      'body-and-organ-analysis-workflow',
      'classification-training-workflow',
      'code-server-chart',
    ]);
    const byState = keys(applyView(facts(), { ...all, sort: 'state' }));
    expect(byState.slice(0, 3)).toEqual([
      'body-and-organ-analysis-workflow',
      'dev-code-server-chart',
      'wsiconv-workflow',
    ]);
    // Not installed comes last, by name: "Total Segmentator v2" sorts after "Total Segmentator".
    expect(byState.at(-1)).toBe('total-segmentator-v2-workflow');
    const byKind = applyView(facts(), { ...all, sort: 'kind' }).shown.map((f) => f.entry.kind);
    expect(byKind.indexOf('application')).toBe(byKind.lastIndexOf('workflow') + 1);
  });

  it('counts installed and not installed', () => {
    const result = applyView(facts(), view({ maturity: [] }));
    // Installed: nnunet, body-and-organ, radiomics, wsiconv, mitk-flow, code-server, collabora and
    // the two multi charts with instances (jupyterlab, dev-code-server).
    expect(result.counts.state).toEqual({ installed: 9, 'not-installed': 11, attention: 3 });
  });
});

describe('applyView against the rule written out plainly', () => {
  /** The rule as the UI states it, one facet at a time, without any care for speed. */
  const reference = (all: EntryFacts[], v: CatalogView) => {
    /** Installed when the chart or any instance has a deployment; in trouble when it has any. */
    const statesOf = (f: EntryFacts): string[] => {
      const members = f.entry.multi ? f.entry.instances : [f.entry];
      const installed = members.some((m) => m.derived.deployment !== null);
      return [installed ? 'installed' : 'not-installed', ...(f.attention ? ['attention'] : [])];
    };
    const hiding = v.maturity.length === 1 && v.maturity[0] === 'stable';
    const keysOf = ['kind', 'maturity', 'hardware', 'state'] as const;
    const values = (f: EntryFacts, facet: (typeof keysOf)[number]): string[] =>
      facet === 'state' ? statesOf(f) : [f.entry[facet]];
    const counts: Record<string, Record<string, number>> = {};
    for (const facet of keysOf) counts[facet] = {};
    const shown: string[] = [];
    let hidden = 0;
    for (const f of all) {
      const terms = v.q.toLowerCase().split(/\s+/).filter(Boolean);
      if (!terms.every((t) => f.entry.searchText.includes(t))) continue;
      const pinned = hiding && (statesOf(f).includes('installed') || f.attention !== null);
      const fails = keysOf.filter((facet) => {
        const selected = v[facet] as readonly string[];
        if (selected.length === 0 || (facet === 'maturity' && pinned)) return false;
        return !values(f, facet).some((x) => selected.includes(x));
      });
      if (fails.length === 0) shown.push(f.entry.key);
      for (const facet of keysOf) {
        if (fails.length === 0 || (fails.length === 1 && fails[0] === facet)) {
          for (const x of values(f, facet)) {
            const bucket = (counts[facet] ??= {});
            bucket[x] = (bucket[x] ?? 0) + 1;
          }
        }
      }
      if (fails.length === 1 && fails[0] === 'maturity' && f.entry.maturity === 'experimental') {
        hidden += 1;
      }
    }
    return { shown, counts, hidden };
  };
  const pick = <T>(all: readonly T[], bits: number) => all.filter((_, i) => (bits >> i) & 1);

  it('shows, counts and hides the same for every combination of facet values', () => {
    const all = facts(rows, (name, state) =>
      name === 'mitk-flow-workflow' && state === 'uninstalling'
        ? NOW - STUCK_UNINSTALL_MS
        : undefined,
    );
    for (let combo = 0; combo < 2 ** 9; combo++) {
      const v = view({
        kind: pick(['workflow', 'application'] as const, combo),
        maturity: pick(['stable', 'experimental'] as const, combo >> 2),
        hardware: pick(['cpu', 'gpu'] as const, combo >> 4),
        state: pick(['installed', 'not-installed', 'attention'] as const, combo >> 6),
        q: combo % 7 === 0 ? 'seg' : '',
      });
      const got = filterView(all, v);
      const want = reference(all, v);
      expect(got.shown.map((f) => f.entry.key)).toEqual(want.shown);
      expect(got.hiddenExperimental).toBe(want.hidden);
      for (const [facet, bucket] of Object.entries(got.counts)) {
        for (const [value, count] of Object.entries(bucket)) {
          expect(count, `${facet}=${value} in combination ${String(combo)}`).toBe(
            want.counts[facet]?.[value] ?? 0,
          );
        }
      }
    }
  });
});

describe('the view in the URL', () => {
  it('leaves defaults out', () => {
    expect(viewToParams(DEFAULT_VIEW).toString()).toBe('');
  });

  it('round-trips every part', () => {
    const full: CatalogView = {
      q: 'lung seg',
      kind: ['application'],
      maturity: [],
      hardware: ['gpu', 'cpu'],
      state: ['attention'],
      sort: 'state',
      closed: ['jupyterlab-chart', 'dev-code-server-chart'],
    };
    const params = viewToParams(full);
    expect(params.toString()).toBe(
      'q=lung+seg&kind=application&maturity=&hardware=cpu%2Cgpu&state=attention&sort=state&closed=dev-code-server-chart%2Cjupyterlab-chart',
    );
    expect(viewFromParams(params)).toEqual({
      ...full,
      hardware: ['cpu', 'gpu'],
      closed: ['dev-code-server-chart', 'jupyterlab-chart'],
    });
  });

  it('ignores what it does not know', () => {
    const v = viewFromParams(new URLSearchParams('kind=service,workflow&sort=size&state=&x=1'));
    expect(v).toEqual({ ...DEFAULT_VIEW, kind: ['workflow'], state: [] });
  });
});

describe('firstSorted', () => {
  it('gives the first lines of the sorted list, whatever order the list came in', async () => {
    const large = extensionListSchema.parse(await simulatedList('large:2000'));
    const rng = new Rng(7);
    for (const list of [rows, large]) {
      const all = facts(list);
      // The list as it came, reversed and shuffled: the first lines do not depend on it.
      const shuffled = [...all];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const [a, b] = [shuffled[i], shuffled[j]];
        if (a && b) [shuffled[i], shuffled[j]] = [b, a];
      }
      for (const order of [all, [...all].reverse(), shuffled]) {
        for (const sort of SORT_KEYS) {
          const sorted = sortFacts(all, sort);
          for (const count of [0, 1, 7, 100, all.length + 1]) {
            expect(firstSorted(order, count, sort), `${sort} ${String(count)}`).toEqual(
              sorted.slice(0, count),
            );
          }
        }
      }
    }
  });
});
