import type { ExtensionRow } from '../contract/schemas';
import { deriveState, isTemplateRow, ownDeployments } from './extension-state';

/** How long an action's release is watched before the activity log stops waiting for it. */
export const FOLLOW_MS = 15 * 60_000;

export interface FollowedAction {
  kind: 'install' | 'uninstall';
  releaseName: string;
  /** When the action was asked for. */
  at: number;
  until: number;
}

export interface Settlement {
  outcome: string;
  severity: 'success' | 'info' | 'warning' | 'error';
  message: string;
}

/** How long the list may take to show a new release at all (CONTRACT §3.6). */
const LIST_LAG_MS = 90_000;

function releaseRow(rows: readonly ExtensionRow[], releaseName: string): ExtensionRow | undefined {
  return rows.find(
    (row) =>
      !isTemplateRow(row) &&
      ownDeployments(row).some(({ deployment }) => deployment.deployment_id === releaseName),
  );
}

/**
 * Where an action's release has got to, once it has settled: ready, failed, not working, gone —
 * or null while it is still on its way. Used to finish the action's entry in the activity log.
 */
export function settlementOf(
  action: FollowedAction,
  rows: readonly ExtensionRow[],
  now: number,
): Settlement | null {
  const row = releaseRow(rows, action.releaseName);
  const state = row ? deriveState(row).state : null;
  if (action.kind === 'uninstall') {
    if (state === null || state === 'not-installed') {
      return { outcome: 'Removed', severity: 'success', message: 'The release is gone.' };
    }
    if (now >= action.until) {
      return {
        outcome: 'Still uninstalling',
        severity: 'warning',
        message: `Still listed after ${String(Math.round((now - action.at) / 60_000))} minutes. A forced uninstall may be needed.`,
      };
    }
    return null;
  }
  switch (state) {
    case 'ready':
      return { outcome: 'Ready', severity: 'success', message: 'It is up and running.' };
    case 'error':
      return {
        outcome: 'Not working',
        severity: 'error',
        message: 'It was installed but does not run. Its row in the catalog says why.',
      };
    case 'failed':
      return {
        outcome: 'Failed',
        severity: 'error',
        message: 'The installation failed. Uninstall it, then try again.',
      };
    case 'uninstalling':
    case 'not-installed':
      return {
        outcome: 'Removed',
        severity: 'info',
        message: 'It was uninstalled before it was ready.',
      };
    case null:
      if (now - action.at < LIST_LAG_MS) return null;
      return {
        outcome: 'Not listed',
        severity: 'warning',
        message: 'The release never appeared in the list. It may not have been installed.',
      };
    default:
      if (now < action.until) return null;
      return {
        outcome: 'Still starting',
        severity: 'warning',
        message: `Not ready after ${String(Math.round((now - action.at) / 60_000))} minutes.`,
      };
  }
}
