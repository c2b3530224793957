import { describe, expect, it } from 'vitest';
import { launchRecordOf, loggedRelease, type LoggedAction } from './launch-record';

const launch = (at: number, releaseName: string, params?: unknown): LoggedAction => ({
  at,
  action: 'Launch',
  releaseName,
  details: {
    request: {
      endpoint: 'POST /helm-install-chart',
      name: 'mitk-workbench-chart',
      version: '0.6.0',
      keywords: ['kaapanamultiinstallable'],
      ...(params === undefined ? {} : { extensionParams: params }),
    },
    outcome: { kind: 'installed', releaseName },
  },
});

describe('launchRecordOf: what this browser sent for a release', () => {
  it('reads the request of the newest install or launch of that release', () => {
    const entries: LoggedAction[] = [
      launch(3, 'other', { display_name: 'no' }),
      {
        at: 5,
        action: 'Delete',
        releaseName: 'mitk-1',
        details: { request: { endpoint: 'POST /helm-delete-chart', releaseName: 'mitk-1' } },
      },
      launch(2, 'mitk-1', { display_name: 'seg-review', gpu: true, odd: { nested: 1 } }),
      launch(1, 'mitk-1', { display_name: 'older' }),
    ];
    expect(launchRecordOf(entries, 'mitk-1')).toEqual({
      at: 2,
      action: 'Launch',
      chart: 'mitk-workbench-chart',
      version: '0.6.0',
      // Only values a payload can hold.
      params: { display_name: 'seg-review', gpu: true },
    });
  });

  it('knows a release installed without parameters, and nothing of others', () => {
    expect(launchRecordOf([launch(1, 'a')], 'a')?.params).toEqual({});
    expect(launchRecordOf([launch(1, 'a')], 'b')).toBeNull();
    expect(launchRecordOf([{ at: 1, action: 'x', releaseName: 'a', details: 'junk' }], 'a')).toBe(
      null,
    );
  });

  it('tells whether the log names a release at all', () => {
    expect(loggedRelease([launch(1, 'a')], 'a')).toBe(true);
    expect(loggedRelease([launch(1, 'a')], 'b')).toBe(false);
  });
});
