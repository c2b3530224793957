import type { ExtensionState } from './extension-state';

export type RowKind = 'single' | 'template' | 'instance';

export type ActionKind =
  'install' | 'launch' | 'uninstall' | 'delete' | 'force-uninstall' | 'switch' | 'busy';

export interface RowAction {
  kind: ActionKind;
  label: string;
  enabled: boolean;
  /** Why the action is not available, for a tooltip. */
  reason?: string;
}

export interface ActionContext {
  /** Installing or uninstalling for too long: only a forced uninstall helps. */
  stuck?: boolean;
  /** For an installed single-install chart: the version picked, if it differs from the installed one. */
  switchTo?: string | null;
}

/**
 * The one place that decides what a row's button does in each state (Kubeapps' lesson).
 * Installing/uninstalling rows are busy, unless stuck; everything deployed or failed can be
 * removed, or switched to the picked version.
 */
export function actionFor(
  kind: RowKind,
  state: ExtensionState,
  context: ActionContext = {},
): RowAction {
  if (kind === 'template') return { kind: 'launch', label: 'Launch', enabled: true };
  if (context.stuck && (state === 'installing' || state === 'uninstalling')) {
    return { kind: 'force-uninstall', label: 'Force uninstall', enabled: true };
  }
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
      if (kind === 'single' && context.switchTo) {
        return { kind: 'switch', label: `Switch to ${context.switchTo}`, enabled: true };
      }
      return remove;
    case 'launchable':
      return { kind: 'launch', label: 'Launch', enabled: true };
  }
}
