import { describe, expect, it } from 'vitest';
import { actionFor } from './actions';

describe('actionFor', () => {
  it('installs what is not installed and launches templates', () => {
    expect(actionFor('single', 'not-installed')).toMatchObject({ kind: 'install', enabled: true });
    expect(actionFor('template', 'launchable')).toMatchObject({
      kind: 'launch',
      label: 'Launch',
      enabled: true,
    });
  });

  it('removes deployed and failed releases: Uninstall for single installs, Delete for instances', () => {
    for (const state of ['ready', 'starting', 'error', 'failed', 'unknown'] as const) {
      expect(actionFor('single', state)).toMatchObject({
        kind: 'uninstall',
        label: 'Uninstall',
        enabled: true,
      });
      expect(actionFor('instance', state)).toMatchObject({
        kind: 'delete',
        label: 'Delete',
        enabled: true,
      });
    }
  });

  it('is busy while helm works', () => {
    expect(actionFor('single', 'installing')).toMatchObject({
      kind: 'busy',
      enabled: false,
      label: 'Installing…',
    });
    expect(actionFor('instance', 'installing')).toMatchObject({
      label: 'Starting…',
      enabled: false,
    });
    expect(actionFor('single', 'uninstalling')).toMatchObject({
      label: 'Uninstalling…',
      enabled: false,
    });
  });

  it('offers a forced uninstall when stuck, and a switch when another version is picked', () => {
    expect(actionFor('single', 'uninstalling', { stuck: true })).toMatchObject({
      kind: 'force-uninstall',
      enabled: true,
    });
    expect(actionFor('instance', 'installing', { stuck: true })).toMatchObject({
      kind: 'force-uninstall',
    });
    expect(actionFor('single', 'ready', { stuck: true })).toMatchObject({ kind: 'uninstall' });
    expect(actionFor('single', 'ready', { switchTo: '0.6.0' })).toMatchObject({
      kind: 'switch',
      label: 'Switch to 0.6.0',
    });
    expect(actionFor('single', 'uninstalling', { switchTo: '0.6.0' })).toMatchObject({
      kind: 'busy',
    });
    expect(actionFor('instance', 'ready', { switchTo: '0.6.0' })).toMatchObject({ kind: 'delete' });
  });
});
