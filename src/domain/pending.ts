import type { Deployment, ExtensionRow } from '../contract/schemas';
import { isInstanceRow, isTemplateRow, ownDeployments } from './extension-state';

/** Something this browser asked kube-helm to do that the list may not show yet. */
export type PendingOperation =
  /** `releaseName`: the helm release (for a single-install chart normally the chart's name). */
  | { kind: 'install'; releaseName: string; chart: string; version: string; at: number }
  | {
      kind: 'launch';
      releaseName: string;
      chart: string;
      version: string;
      displayName: string | null;
      at: number;
    }
  /** `releaseName`: the helm release being removed (the row's own deployment). */
  | { kind: 'uninstall'; releaseName: string; chart: string; at: number };

/**
 * How long the list may lag (CONTRACT §3.5, §3.6: up to ~35 s, a new instance needs a full
 * rebuild). After this the list is believed again.
 */
export const PENDING_LIMIT_MS = 90_000;

/**
 * A launched instance stays in view this long even after the list first shows it: quick re-reads
 * of the list drop it again for a while (the template row without deployments just after a
 * launch, partial rows until the next full rebuild, CONTRACT §3.6).
 */
export const LAUNCH_SETTLE_MS = 45_000;

function placeholder(
  releaseName: string,
  chart: string,
  version: string,
  status: string,
): Deployment {
  return {
    deployment_id: releaseName,
    helm_status: status,
    helm_info: {
      app_version: '',
      chart: `${chart}-${version}`,
      name: releaseName,
      namespace: '',
      revision: '0',
      status,
      updated: '',
    },
    kube_status: 'unknown',
    kube_info: null,
    links: [],
    ready: false,
  };
}

function withDeployment(row: ExtensionRow, version: string, deployment: Deployment): ExtensionRow {
  const others = Object.fromEntries(
    Object.entries(row.available_versions).map(([v, { deployments }]) => [
      v,
      { deployments: deployments.filter((d) => d.deployment_id !== deployment.deployment_id) },
    ]),
  );
  const own = others[version]?.deployments ?? [];
  return {
    ...row,
    available_versions: { ...others, [version]: { deployments: [...own, deployment] } },
  };
}

/** The row's own deployment of a release, if it lists it. */
function ownRelease(row: ExtensionRow, releaseName: string) {
  return ownDeployments(row).find(({ deployment }) => deployment.deployment_id === releaseName);
}

/** The single-install row of a chart (not a template, not an instance). */
const singleRow = (row: ExtensionRow, chart: string) =>
  row.chart_name === chart && !isInstanceRow(row) && !isTemplateRow(row);

/** Whether the list already shows what the operation asked for. */
function settled(op: PendingOperation, rows: readonly ExtensionRow[], now: number): boolean {
  switch (op.kind) {
    case 'install': {
      const row = rows.find((r) => singleRow(r, op.chart));
      if (!row) return true;
      // The new release, in the new version; not the old one still on its way out.
      const own = ownRelease(row, op.releaseName);
      return own?.version === op.version && own.deployment.helm_status !== 'uninstalling';
    }
    case 'launch':
      return (
        (rows.some((r) => r.releaseName === op.releaseName) && now - op.at >= LAUNCH_SETTLE_MS) ||
        !rows.some((r) => r.chart_name === op.chart)
      );
    case 'uninstall':
      return !rows.some((row) => {
        if (row.chart_name !== op.chart || isTemplateRow(row)) return false;
        const own = ownRelease(row, op.releaseName);
        return own !== undefined && own.deployment.helm_status !== 'uninstalling';
      });
  }
}

/** The operations still waiting for the list to show them. */
export function openOperations(
  ops: readonly PendingOperation[],
  rows: readonly ExtensionRow[],
  now: number,
): PendingOperation[] {
  return ops.filter((op) => now - op.at < PENDING_LIMIT_MS && !settled(op, rows, now));
}

/**
 * The list as it will be: what this browser just asked for is shown at once (installing,
 * starting instance, uninstalling) until kube-helm's list catches up.
 */
export function withPending(
  rows: readonly ExtensionRow[],
  ops: readonly PendingOperation[],
): ExtensionRow[] {
  if (ops.length === 0) return rows as ExtensionRow[];
  let result = [...rows];
  for (const op of ops) {
    switch (op.kind) {
      case 'install':
        result = result.map((row) =>
          singleRow(row, op.chart)
            ? withDeployment(
                row,
                op.version,
                placeholder(op.releaseName, op.chart, op.version, 'pending-install'),
              )
            : row,
        );
        break;
      case 'launch': {
        // The list shows it (for now): its own row tells the truth.
        if (result.some((r) => r.releaseName === op.releaseName)) break;
        const index = result.findIndex((r) => r.chart_name === op.chart && isTemplateRow(r));
        const template = result[index];
        if (!template) break;
        const deployment = placeholder(op.releaseName, op.chart, op.version, 'pending-install');
        const instance: ExtensionRow = {
          ...withDeployment(template, op.version, deployment),
          releaseName: op.releaseName,
          installed: 'yes',
          display_name: op.displayName ?? op.releaseName,
          successful: 'pending',
          version: op.version,
          latest_version: op.version,
          versions: [op.version],
          links: [],
        };
        result.splice(index, 0, instance);
        break;
      }
      case 'uninstall':
        result = result.map((row) => {
          if (row.chart_name !== op.chart || isTemplateRow(row)) return row;
          const own = ownRelease(row, op.releaseName);
          if (!own) return row;
          return withDeployment(row, own.version, {
            ...own.deployment,
            helm_status: 'uninstalling',
            kube_status: 'unknown',
            kube_info: null,
            links: [],
            ready: false,
          });
        });
        break;
    }
  }
  return result;
}
