import { describe, expect, it } from 'vitest';
import { extensionListSchema, type ExtensionRow } from '../contract/schemas';
import fixtureJson from '../mocks/fixtures/extensions.json';
import { deriveState } from '../domain/extension-state';
import { createAppState } from './app-state';
import type { KeyValueStorage } from './persisted';

const rows = extensionListSchema.parse(fixtureJson);

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
}

/** The list without one release (helm removed it). */
const without = (releaseName: string): ExtensionRow[] =>
  rows
    .filter((row) => row.releaseName !== releaseName || row.chart_name === releaseName)
    .map((row) => ({
      ...row,
      available_versions: Object.fromEntries(
        Object.entries(row.available_versions).map(([v, { deployments }]) => [
          v,
          { deployments: deployments.filter((d) => d.deployment_id !== releaseName) },
        ]),
      ),
    }));

describe('the app state', () => {
  it('remembers since when a release is in its state, across a reload', () => {
    const storage = memoryStorage();
    const first = createAppState(storage);
    first.onList(rows, 1_000);
    first.onList(rows, 61_000);
    expect(first.observations.get().get('mitk-flow-workflow')).toEqual({
      state: 'uninstalling',
      since: 1_000,
    });
    const reloaded = createAppState(storage);
    expect(reloaded.observations.get().get('mitk-flow-workflow')?.since).toBe(1_000);
  });

  it('settles what the list now shows, and notes the new state', () => {
    const state = createAppState(null);
    state.addPending({
      kind: 'uninstall',
      releaseName: 'radiomics-workflow',
      chart: 'radiomics-workflow',
      at: 0,
    });
    state.onList(rows, 1_000);
    expect(state.pending.get()).toHaveLength(1);
    expect(state.observations.get().get('mitk-flow-workflow')).toEqual({
      state: 'uninstalling',
      since: 1_000,
    });
    state.onList(without('radiomics-workflow'), 2_000);
    expect(state.pending.get()).toEqual([]);
    // Only states judged by the time are noted: a release gone from the list has nothing to judge.
    expect(state.observations.get().has('radiomics-workflow')).toBe(false);
    expect(state.observations.get().get('mitk-flow-workflow')?.since).toBe(1_000);
    const ready = rows.find((row) => deriveState(row).state === 'ready');
    expect(ready).toBeDefined();
    expect(state.observations.get().has(ready?.releaseName ?? '')).toBe(false);
    for (const [name, { state: noted }] of state.observations.get()) {
      expect(['installing', 'uninstalling', 'failed'], name).toContain(noted);
    }
    state.onList([], 3_000);
    expect(state.observations.get().size).toBe(0);
  });

  it('finishes a followed action when its release settles', () => {
    const state = createAppState(null);
    const id = state.activity.record({
      action: 'Uninstall',
      extension: 'Radiomics',
      version: '0.6.0',
      releaseName: 'radiomics-workflow',
      outcome: 'Requested',
      severity: 'success',
      message: 'Uninstalling Radiomics.',
      details: {},
    });
    state.follow(id, 'uninstall', Date.now());
    state.onList(rows, Date.now());
    expect(state.activity.entries.get()[0]?.outcome).toBe('Requested');
    state.onList(without('radiomics-workflow'), Date.now());
    const entry = state.activity.entries.get()[0];
    expect(entry?.outcome).toBe('Removed');
    expect(entry?.follow).toBeUndefined();
    expect(entry?.details).toEqual({ firstReport: 'Uninstalling Radiomics.' });
  });

  it('reads back only what is still a valid entry', () => {
    const storage = memoryStorage();
    storage.setItem(
      'kaapana-extensions.activity',
      JSON.stringify([
        {
          id: 'a',
          at: 1,
          action: 'Install',
          extension: 'X',
          version: '1',
          releaseName: 'x',
          outcome: 'Started',
          severity: 'success',
          message: 'ok',
          details: null,
        },
        { id: 'b', at: 'yesterday', action: 'Install' },
        'garbage',
      ]),
    );
    storage.setItem('kaapana-extensions.pending', '{not json');
    const state = createAppState(storage);
    expect(state.activity.entries.get().map((e) => e.id)).toEqual(['a']);
    expect(state.pending.get()).toEqual([]);
  });
});
