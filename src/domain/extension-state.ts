import type { Deployment, ExtensionRow } from '../contract/schemas';

/** What a catalog row is, derived from its deployments (CONTRACT §3.5). */
export type ExtensionState =
  /** A multi-installable chart's template row: launch another instance. */
  | 'launchable'
  | 'not-installed'
  /** helm is still installing (`pending-install`, `pending-upgrade`, …). */
  | 'installing'
  /** Deployed, and its pods are up. */
  | 'ready'
  /** Deployed, pods are still coming up. */
  | 'starting'
  /** Deployed, but a pod is crashing or cannot pull its image. */
  | 'error'
  /** helm reports the release as failed. */
  | 'failed'
  | 'uninstalling'
  | 'unknown';

export interface VersionedDeployment {
  version: string;
  deployment: Deployment;
}

export interface DerivedState {
  state: ExtensionState;
  /** The chart version that is actually deployed (not `row.version`, which is the latest). */
  installedVersion: string | null;
  /** The row's own deployment: for an instance the one whose id is its release name. */
  deployment: Deployment | null;
}

/** Pod statuses (lower-case, as in `kube_status`) that mean the release is broken. */
export const POD_ERROR_STATUSES: ReadonlySet<string> = new Set([
  'error',
  'crashloopbackoff',
  'imagepullbackoff',
  'errimagepull',
  'createcontainerconfigerror',
  'invalidimagename',
  'oomkilled',
  'evicted',
  'failed',
]);

export function isMultiInstallRow(row: ExtensionRow): boolean {
  return row.multiinstallable === 'yes';
}

/** The template row of a multi-installable chart: it stands for "launch a new instance". */
export function isTemplateRow(row: ExtensionRow): boolean {
  return row.multiinstallable === 'yes' && row.releaseName === row.chart_name;
}

/** A launched instance of a multi-installable chart. */
export function isInstanceRow(row: ExtensionRow): boolean {
  return row.multiinstallable === 'yes' && row.releaseName !== row.chart_name;
}

export function allDeployments(row: ExtensionRow): VersionedDeployment[] {
  return Object.entries(row.available_versions).flatMap(([version, { deployments }]) =>
    deployments.map((deployment) => ({ version, deployment })),
  );
}

/**
 * The deployments that belong to this row: none for a template, the one named like the row for an
 * instance (never `deployments[0]`: instances share their template's `available_versions`), all of
 * them for a single-install chart.
 */
export function ownDeployments(row: ExtensionRow): VersionedDeployment[] {
  if (isTemplateRow(row)) return [];
  const all = allDeployments(row);
  return isMultiInstallRow(row)
    ? all.filter(({ deployment }) => deployment.deployment_id === row.releaseName)
    : all;
}

export function podStatuses(deployment: Deployment): string[] {
  return Array.isArray(deployment.kube_status)
    ? deployment.kube_status.map((status) => status.toLowerCase())
    : [];
}

export function stateOfDeployment(deployment: Deployment): ExtensionState {
  const helm = deployment.helm_status.toLowerCase();
  if (helm.startsWith('pending-')) return 'installing';
  if (helm === 'uninstalling') return 'uninstalling';
  if (helm === 'failed') return 'failed';
  if (helm !== 'deployed') return 'unknown';
  if (deployment.ready) return 'ready';
  if (podStatuses(deployment).some((status) => POD_ERROR_STATUSES.has(status))) return 'error';
  return 'starting';
}

export function deriveState(row: ExtensionRow): DerivedState {
  if (isTemplateRow(row)) return { state: 'launchable', installedVersion: null, deployment: null };
  const own = ownDeployments(row)[0];
  if (!own) return { state: 'not-installed', installedVersion: null, deployment: null };
  return {
    state: stateOfDeployment(own.deployment),
    installedVersion: own.version,
    deployment: own.deployment,
  };
}
