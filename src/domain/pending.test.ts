import { describe, expect, it } from 'vitest';
import { extensionListSchema, type ExtensionRow } from '../contract/schemas';
import fixtureJson from '../mocks/fixtures/extensions.json';
import { deriveState } from './extension-state';
import {
  LAUNCH_SETTLE_MS,
  openOperations,
  PENDING_LIMIT_MS,
  withPending,
  type PendingOperation,
} from './pending';

const rows = extensionListSchema.parse(fixtureJson);
const NOW = 1_000_000;
const stateOf = (list: readonly ExtensionRow[], name: string) => {
  const row = list.find((r) => r.releaseName === name);
  return row ? deriveState(row).state : 'absent';
};
/** The fixture with one row's deployments replaced. */
const withDeployments = (name: string, versions: ExtensionRow['available_versions']) =>
  rows.map((r) => (r.releaseName === name ? { ...r, available_versions: versions } : r));
const deploymentOf = (name: string, version: string) => {
  const dep = rows.find((r) => r.releaseName === name)?.available_versions[version]?.deployments[0];
  if (!dep) throw new Error(`fixture has no deployment of ${name} ${version}`);
  return dep;
};

describe('pending operations', () => {
  it('shows an install as installing until the list has that release in that version', () => {
    const op: PendingOperation = {
      kind: 'install',
      releaseName: 'collabora-chart',
      chart: 'collabora-chart',
      version: '0.6.0',
      at: NOW,
    };
    // The list still shows the old version (0.5.3): not settled; shown as installing 0.6.0.
    expect(openOperations([op], rows, NOW + 1000)).toEqual([op]);
    const shown = withPending(rows, [op]).find((r) => r.releaseName === 'collabora-chart');
    expect(shown && deriveState(shown)).toMatchObject({
      state: 'installing',
      installedVersion: '0.6.0',
    });
    const upgraded = withDeployments('collabora-chart', {
      '0.6.0': { deployments: [deploymentOf('collabora-chart', '0.5.3')] },
      '0.5.3': { deployments: [] },
    });
    expect(openOperations([op], upgraded, NOW + 1000)).toEqual([]);
  });

  it('does not take the old release on its way out for the new one', () => {
    const op: PendingOperation = {
      kind: 'install',
      releaseName: 'mitk-flow-workflow',
      chart: 'mitk-flow-workflow',
      version: '0.6.0',
      at: NOW,
    };
    expect(stateOf(rows, 'mitk-flow-workflow')).toBe('uninstalling');
    expect(openOperations([op], rows, NOW)).toEqual([op]);
    expect(stateOf(withPending(rows, [op]), 'mitk-flow-workflow')).toBe('installing');
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
    expect(openOperations([op], rows, NOW)).toEqual([op]);
    const shown = withPending(rows, [op]);
    const instance = shown.find((r) => r.releaseName === op.releaseName);
    expect(instance?.display_name).toBe('runs');
    expect(instance && deriveState(instance).state).toBe('installing');
    expect(shown.findIndex((r) => r.releaseName === op.releaseName)).toBe(
      shown.findIndex((r) => r.releaseName === 'tensorboard-chart') - 1,
    );
    expect(stateOf(shown, 'tensorboard-chart')).toBe('launchable');
  });

  it('keeps a launched instance in view when a quick re-read of the list drops it again', () => {
    const op: PendingOperation = {
      kind: 'launch',
      releaseName: 'jupyterlab-chart-3f9a1c7e52b04d8a6e1f',
      chart: 'jupyterlab-chart',
      version: '0.6.0',
      displayName: 'lung-study',
      at: NOW,
    };
    // The list shows the instance: its own row is shown, no placeholder beside it.
    expect(openOperations([op], rows, NOW + 12_000)).toEqual([op]);
    expect(withPending(rows, [op]).filter((r) => r.releaseName === op.releaseName)).toHaveLength(1);
    expect(withPending(rows, [op])).toEqual(rows);
    // A re-read without it (seen 12–23 s after a launch): the instance stays in view.
    const dropped = rows.filter((r) => r.releaseName !== op.releaseName);
    const shown = withPending(dropped, [op]);
    expect(shown.filter((r) => r.releaseName === op.releaseName)).toHaveLength(1);
    // Once the list has shown it for long enough, the list is believed again.
    expect(openOperations([op], rows, NOW + LAUNCH_SETTLE_MS)).toEqual([]);
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
    const gone = rows
      .filter((r) => r.releaseName !== op.releaseName)
      .map((r) =>
        r.chart_name === 'jupyterlab-chart'
          ? {
              ...r,
              available_versions: {
                '0.6.0': {
                  deployments: [
                    deploymentOf('jupyterlab-chart-b71e04c9d2a35f6e8c10', '0.6.0'),
                  ].filter((d) => d.deployment_id !== op.releaseName),
                },
              },
            }
          : r,
      );
    expect(openOperations([op], gone, NOW)).toEqual([]);
  });

  it('finds a single-install release by its deployment, whatever its name', () => {
    // A release of the chart installed under another name (by a workflow, say) counts for the row.
    const renamed = withDeployments('nnunet-workflow', {
      '0.6.0': {
        deployments: [
          { ...deploymentOf('nnunet-workflow', '0.6.0'), deployment_id: 'nnunet-other' },
        ],
      },
      '0.5.3': { deployments: [] },
    });
    const op: PendingOperation = {
      kind: 'uninstall',
      releaseName: 'nnunet-other',
      chart: 'nnunet-workflow',
      at: NOW,
    };
    expect(stateOf(withPending(renamed, [op]), 'nnunet-workflow')).toBe('uninstalling');
    expect(openOperations([op], renamed, NOW)).toEqual([op]);
  });

  it('believes the list again after the limit', () => {
    const op: PendingOperation = {
      kind: 'install',
      releaseName: 'edk',
      chart: 'edk',
      version: '0.6.0',
      at: NOW,
    };
    expect(openOperations([op], rows, NOW + PENDING_LIMIT_MS - 1)).toEqual([op]);
    expect(openOperations([op], rows, NOW + PENDING_LIMIT_MS)).toEqual([]);
  });
});
