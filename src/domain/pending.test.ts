import { describe, expect, it } from 'vitest';
import { extensionListSchema } from '../api/schemas';
import fixtureJson from '../mocks/fixtures/extensions.json';
import { deriveState } from './extension-state';
import { openOperations, PENDING_LIMIT_MS, withPending, type PendingOperation } from './pending';

const rows = extensionListSchema.parse(fixtureJson);
const NOW = 1_000_000;
const stateOf = (list: typeof rows, name: string) => {
  const row = list.find((r) => r.releaseName === name);
  return row ? deriveState(row).state : 'absent';
};

describe('pending operations', () => {
  it('shows an install as installing until the list has a deployment', () => {
    const op: PendingOperation = {
      kind: 'install',
      releaseName: 'edk',
      chart: 'edk',
      version: '0.6.0',
      at: NOW,
    };
    expect(stateOf(withPending(rows, [op]), 'edk')).toBe('installing');
    expect(openOperations([op], rows, NOW + 1000)).toEqual([op]);
    const installed = rows.map((r) =>
      r.releaseName === 'code-server-chart' ? { ...r, releaseName: 'edk' } : r,
    );
    expect(openOperations([op], installed, NOW + 1000)).toEqual([]);
  });

  it('adds a launched instance under its chart, starting, until the list has the row', () => {
    const op: PendingOperation = {
      kind: 'launch',
      releaseName: 'tensorboard-chart-0123456789abcdef0123',
      chart: 'tensorboard-chart',
      version: '0.6.0',
      displayName: 'runs',
      at: NOW,
    };
    const shown = withPending(rows, [op]);
    const instance = shown.find((r) => r.releaseName === op.releaseName);
    expect(instance?.display_name).toBe('runs');
    expect(instance && deriveState(instance).state).toBe('installing');
    expect(shown.findIndex((r) => r.releaseName === op.releaseName)).toBe(
      shown.findIndex((r) => r.releaseName === 'tensorboard-chart') - 1,
    );
    expect(stateOf(shown, 'tensorboard-chart')).toBe('launchable');
    expect(openOperations([op], shown, NOW)).toEqual([]);
  });

  it('shows an uninstall until the release is uninstalling or gone — also a stale instance row', () => {
    const op: PendingOperation = {
      kind: 'uninstall',
      releaseName: 'jupyterlab-chart-3f9a1c7e52b04d8a6e1f',
      chart: 'jupyterlab-chart',
      at: NOW,
    };
    const shown = withPending(rows, [op]);
    expect(stateOf(shown, op.releaseName)).toBe('uninstalling');
    expect(stateOf(shown, 'jupyterlab-chart-b71e04c9d2a35f6e8c10')).toBe('starting');
    // kube-helm keeps a deleted instance row (stale, "deployed") until its next rebuild.
    expect(openOperations([op], rows, NOW + 10_000)).toEqual([op]);
    expect(
      openOperations(
        [op],
        rows.filter((r) => r.releaseName !== op.releaseName),
        NOW,
      ),
    ).toEqual([]);
  });

  it('believes the list again after the limit', () => {
    const op: PendingOperation = {
      kind: 'install',
      releaseName: 'edk',
      chart: 'edk',
      version: '0.6.0',
      at: NOW,
    };
    expect(openOperations([op], rows, NOW + PENDING_LIMIT_MS)).toEqual([]);
  });
});
