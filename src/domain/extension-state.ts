import type { Deployment, ExtensionRow } from '../contract/schemas';
import { podFacts, podsVerdict, type PodFacts } from './pod-facts';

/** What a catalog row is, derived from its deployments (CONTRACT §3.5). */
export type ExtensionState =
  /** A multi-installable chart's template row: launch another instance. */
  | 'launchable'
  | 'not-installed'
  /** helm is still installing (`pending-install`, `pending-upgrade`, …). */
  | 'installing'
  /** Deployed, and every pod runs with all its containers ready, or has completed its job. */
  | 'ready'
  /** Deployed, pods are still coming up (or not passing their readiness check yet). */
  | 'starting'
  /** Deployed, but a pod is crashing, restarting repeatedly, or cannot pull its image. */
  | 'error'
  /** helm reports the release as failed. */
  | 'failed'
  | 'uninstalling'
  /** helm reports a state this page does not know, or deployed but its pods could not be read. */
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
  /**
   * The pods of that deployment, read from every column kubectl printed; null when there is
   * nothing to read (not deployed, or kube-helm could not read the release's objects).
   */
  pods: readonly PodFacts[] | null;
}

/**
 * Pod statuses (lower-case, as in `kube_status`) that mean the release is broken. Kept for
 * readers of single statuses; the state itself comes from `podFacts` (every column).
 */
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
  return isMultiInstallRow(row) && row.releaseName === row.chart_name;
}

/** A launched instance of a multi-installable chart. */
export function isInstanceRow(row: ExtensionRow): boolean {
  return isMultiInstallRow(row) && row.releaseName !== row.chart_name;
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
  return allDeployments(row).filter(({ deployment }) => isOwn(row, deployment));
}

/** Whether a deployment listed in the row's versions is the row's own (see `ownDeployments`). */
function isOwn(row: ExtensionRow, deployment: Deployment): boolean {
  return !isMultiInstallRow(row) || deployment.deployment_id === row.releaseName;
}

/** The first of `ownDeployments(row)`, found without listing them all (10,000 rows at a load). */
function firstOwnDeployment(row: ExtensionRow): VersionedDeployment | undefined {
  if (isTemplateRow(row)) return undefined;
  const versions = row.available_versions;
  for (const version of Object.keys(versions)) {
    for (const deployment of versions[version]?.deployments ?? []) {
      if (isOwn(row, deployment)) return { version, deployment };
    }
  }
  return undefined;
}

export function podStatuses(deployment: Deployment): string[] {
  return Array.isArray(deployment.kube_status)
    ? deployment.kube_status.map((status) => status.toLowerCase())
    : [];
}

/**
 * The state of one deployment. For a deployed release kube-helm's `ready` is not trusted: it looks
 * at the first pod's STATUS only, so a crash-looping pod caught while running, or a pod whose
 * readiness check fails (READY 0/1), would read as ready. Every pod's STATUS, READY and RESTARTS
 * decide instead (`podsVerdict`); `ready` is used only when there are no pods to look at.
 */
export function stateOfDeployment(deployment: Deployment): ExtensionState {
  const helm = deployment.helm_status.toLowerCase();
  if (helm.startsWith('pending-')) return 'installing';
  if (helm === 'uninstalling') return 'uninstalling';
  if (helm === 'failed') return 'failed';
  if (helm !== 'deployed') return 'unknown';
  const pods = podFacts(deployment);
  if (pods === null) return 'unknown';
  if (pods.length === 0) return deployment.ready ? 'ready' : 'starting';
  const verdict = podsVerdict(pods);
  return verdict === 'up' ? 'ready' : verdict === 'failing' ? 'error' : 'starting';
}

const derivedStates = new WeakMap<ExtensionRow, DerivedState>();

/**
 * The state of a row. Rows are never changed once read, so each row's state is worked out once
 * (every poll, every place and the clock ask again for the same rows).
 */
export function deriveState(row: ExtensionRow): DerivedState {
  let derived = derivedStates.get(row);
  if (!derived) {
    derived = deriveStateOnce(row);
    derivedStates.set(row, derived);
  }
  return derived;
}

function deriveStateOnce(row: ExtensionRow): DerivedState {
  if (isTemplateRow(row)) {
    return { state: 'launchable', installedVersion: null, deployment: null, pods: null };
  }
  const own = firstOwnDeployment(row);
  if (!own) return { state: 'not-installed', installedVersion: null, deployment: null, pods: null };
  return {
    state: stateOfDeployment(own.deployment),
    installedVersion: own.version,
    deployment: own.deployment,
    pods: podFacts(own.deployment),
  };
}
