import type { ExtensionState } from './extension-state';

export type RowKind = 'single' | 'template' | 'instance';

export type ActionKind = 'install' | 'launch' | 'uninstall' | 'delete' | 'busy';

export interface RowAction {
  kind: ActionKind;
  label: string;
  enabled: boolean;
  /** Why the action is not available, for a tooltip. */
  reason?: string;
}

/**
 * The one place that decides what a row's button does in each state (Kubeapps' lesson).
 * Installing/uninstalling rows are busy; everything deployed or failed can be removed.
 */
export function actionFor(kind: RowKind, state: ExtensionState): RowAction {
  if (kind === 'template') return { kind: 'launch', label: 'Launch', enabled: true };
  const remove: RowAction =
    kind === 'instance'
      ? { kind: 'delete', label: 'Delete', enabled: true }
      : { kind: 'uninstall', label: 'Uninstall', enabled: true };
  switch (state) {
    case 'not-installed':
      return { kind: 'install', label: 'Install', enabled: true };
    case 'installing':
      return {
        kind: 'busy',
        label: kind === 'instance' ? 'Starting…' : 'Installing…',
        enabled: false,
        reason: 'helm is still installing this release.',
      };
    case 'uninstalling':
      return {
        kind: 'busy',
        label: 'Uninstalling…',
        enabled: false,
        reason: 'helm is removing this release.',
      };
    case 'ready':
    case 'starting':
    case 'error':
    case 'failed':
    case 'unknown':
      return remove;
    case 'launchable':
      return { kind: 'launch', label: 'Launch', enabled: true };
  }
}
