import type { Deployment, ExtensionRow } from '../../contract/schemas';
import {
  attentionOf,
  forceOffered,
  isStuck,
  type Attention,
  type SeenSince,
} from '../catalog/attention';
import { diagnoseRelease, type Diagnosis } from '../diagnosis';
import {
  allDeployments,
  isInstanceRow,
  isTemplateRow,
  ownDeployments,
  stateOfDeployment,
  type DerivedState,
} from '../extension-state';
import { displayName } from '../names';
import { podCounts, podFacts } from '../pod-facts';
import { helmUpdatedAt } from '../pods';

/**
 * The deployed releases of the list (what `helm ls -A` would show): one per deployment a row owns,
 * single installs and launched instances alike; templates own none.
 */
export interface ReleaseItem {
  /** The helm release (the deployment's id). */
  releaseName: string;
  /** The catalog row it belongs to (for actions, names and links). */
  row: ExtensionRow;
  /** The chart version deployed. */
  version: string;
  deployment: Deployment;
  /** The state of this deployment, as `deriveState` reads a row. */
  derived: DerivedState;
  instance: boolean;
  /** The name people see. */
  name: string;
}

/**
 * The row of an instance the list has not given a row yet (after a launch only a full rebuild
 * adds it, CONTRACT §3.6), made from its chart's template as kube-helm will make it.
 */
function unlistedInstanceRow(template: ExtensionRow, releaseName: string): ExtensionRow {
  return { ...template, releaseName, display_name: releaseName, installed: 'yes' };
}

/**
 * Visits every deployed release of the list once, by release name: the deployments rows own
 * first, then those a template lists that have no row of their own yet (`unlisted`).
 */
export function eachRelease(
  rows: readonly ExtensionRow[],
  visit: (source: ExtensionRow, version: string, deployment: Deployment, unlisted: boolean) => void,
): void {
  const seen = new Set<string>();
  const once = (row: ExtensionRow, version: string, deployment: Deployment, unlisted: boolean) => {
    if (seen.has(deployment.deployment_id)) return;
    seen.add(deployment.deployment_id);
    visit(row, version, deployment, unlisted);
  };
  for (const row of rows) {
    if (isTemplateRow(row)) continue;
    for (const { version, deployment } of ownDeployments(row))
      once(row, version, deployment, false);
  }
  // A template lists every instance of its chart, also those still without a row of their own.
  for (const row of rows) {
    if (!isTemplateRow(row)) continue;
    for (const { version, deployment } of allDeployments(row)) once(row, version, deployment, true);
  }
}

/** The release of a deployment `source` lists (its own, or, `unlisted`, one of its template's). */
export function releaseItem(
  source: ExtensionRow,
  version: string,
  deployment: Deployment,
  unlisted: boolean,
): ReleaseItem {
  const releaseName = deployment.deployment_id;
  const row = unlisted ? unlistedInstanceRow(source, releaseName) : source;
  return {
    releaseName,
    row,
    version,
    deployment,
    derived: {
      state: stateOfDeployment(deployment),
      installedVersion: version,
      deployment,
      pods: podFacts(deployment),
    },
    instance: isInstanceRow(row),
    name: displayName(row),
  };
}

export function releasesOf(rows: readonly ExtensionRow[]): ReleaseItem[] {
  const items: ReleaseItem[] = [];
  eachRelease(rows, (source, version, deployment, unlisted) => {
    items.push(releaseItem(source, version, deployment, unlisted));
  });
  return items;
}

/** Where a release stands, for the filters: trouble, on its way up, on its way out, running. */
export type ReleasePhase = 'attention' | 'starting' | 'removing' | 'ready' | 'other';

export interface ReleaseFacts extends ReleaseItem {
  /** Failed, crashing, or stuck (the catalog's "needs attention"). */
  attention: Attention | null;
  /** Installing or uninstalling for longer than helm would take. */
  stuck: boolean;
  /** Whether the uninstall dialog should offer skipping hooks. */
  offerForce: boolean;
  phase: ReleasePhase;
  diagnosis: Diagnosis;
  /** Pods ready, in all, and their restarts; null when there are none to read. */
  pods: { ready: number; total: number; restarts: number } | null;
  /** When helm last deployed it (ms), null when unknown. */
  deployedAt: number | null;
}

function phaseOf(derived: DerivedState, attention: Attention | null): ReleasePhase {
  if (attention) return 'attention';
  switch (derived.state) {
    case 'installing':
    case 'starting':
      return 'starting';
    case 'uninstalling':
      return 'removing';
    case 'ready':
      return 'ready';
    default:
      return 'other';
  }
}

/** What the releases place needs to know about a release now. */
export function releaseFacts(
  item: ReleaseItem,
  now: number,
  seenSince: SeenSince,
  /** helm's fresher status (view-chart-status), when this release's page has it. */
  helmStatus?: string | null,
): ReleaseFacts {
  const { derived, releaseName } = item;
  const attention = attentionOf(derived, releaseName, now, seenSince);
  const deployedAt = helmUpdatedAt(item.deployment);
  return {
    ...item,
    attention,
    stuck: isStuck(derived, releaseName, now, seenSince),
    offerForce: forceOffered(derived, releaseName, now, seenSince),
    phase: phaseOf(derived, attention),
    diagnosis: diagnoseRelease(
      {
        releaseName,
        deployment: item.deployment,
        gpu: item.row.resourceRequirement === 'gpu',
        instance: item.instance,
      },
      { now, seenSince, helmStatus },
    ),
    pods: derived.pods && derived.pods.length > 0 ? podCounts(derived.pods) : null,
    deployedAt: Number.isNaN(deployedAt) ? null : deployedAt,
  };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Releases that really are stuck (pending or uninstalling too long) or failed: the banner's, by
 * name (the list's order changes from one answer to the next).
 */
export function stuckReleases(all: readonly ReleaseFacts[]): ReleaseFacts[] {
  return all
    .filter((r) => r.stuck || r.derived.state === 'failed')
    .sort(
      (a, b) => collator.compare(a.name, b.name) || collator.compare(a.releaseName, b.releaseName),
    );
}
