import type { Deployment, ExtensionParam, ExtensionRow } from '../../contract/schemas';
import { isMultiInstallRow } from '../../domain/extension-state';
import { sortVersionsDescending } from '../../domain/versions';
import { deploymentOf } from './deployments';
import { capitalize } from './format';
import type { ChartFile, Release } from './model';
import type { Timing } from './timing';
import { chartsByName, type World } from './world';

/** Thrown while building the list; kube-helm answers 500 "Failed to get extensions". */
export class ListBuildError extends Error {}

/** Releases by chart name, sorted by release name (as `helm ls` lists them). */
export function releasesByChart(world: World): Map<string, Release[]> {
  const byChart = new Map<string, Release[]>();
  for (const release of world.releases.values()) {
    const list = byChart.get(release.chart) ?? [];
    list.push(release);
    byChart.set(release.chart, list);
  }
  for (const list of byChart.values()) list.sort((a, b) => (a.name < b.name ? -1 : 1));
  return byChart;
}

/**
 * kube-helm reads every instance's values (for its display name). In the last moments of an
 * uninstall helm still lists the release but its values are gone, and the whole list fails
 * (seen on a real platform while a launched instance was deleted).
 */
function valuesReadable(release: Release | undefined, now: number, timing: Timing): boolean {
  const uninstall = release?.uninstall;
  return (
    !uninstall ||
    uninstall.hangs ||
    now < uninstall.doneAt - timing.deleteGlitchMs ||
    now >= uninstall.doneAt
  );
}

interface BuildOptions {
  /** Only these versions (kube-helm's quick re-read keeps just the row's version). */
  versions?: string[];
  /** Only these releases count (the quick re-read of a template after a launch). */
  releaseFilter?: (releaseName: string) => boolean;
  includeInstances?: boolean;
  /** Precomputed for a full rebuild. */
  byChart?: Map<string, Release[]>;
}

function withRequired(
  params: ChartFile['extensionParams'],
  adminGlobals: Set<string>,
): Record<string, ExtensionParam> | null {
  if (!params) return null;
  return Object.fromEntries(
    Object.entries(params).map(([key, param]) => [
      key,
      { ...param, required: !adminGlobals.has(key) },
    ]),
  );
}

function kindOf(keywords: string[]): ExtensionRow['kind'] {
  if (keywords.includes('kaapanaworkflow')) return 'dag';
  if (keywords.includes('kaapanaapplication')) return 'application';
  return 'platform';
}

/** The rows of one chart, by kube-helm's rules (CONTRACT §3.2–3.4). */
export function rowsForChart(
  world: World,
  charts: ChartFile[],
  now: number,
  timing: Timing,
  options: BuildOptions = {},
): ExtensionRow[] {
  const all = sortVersionsDescending(new Set(charts.map((c) => c.version)));
  const versions = options.versions ? all.filter((v) => options.versions?.includes(v)) : all;
  const latest = versions[0];
  const meta = charts.find((c) => c.version === latest);
  if (latest === undefined || !meta) return [];
  // kube-helm walks the directory in ascending order; the last version processed decides the
  // single row's helmStatus/kubeStatus.
  const processOrder = [...versions].reverse();
  const releases = (options.byChart ?? releasesByChart(world)).get(meta.name) ?? [];
  const available: ExtensionRow['available_versions'] = {};
  const deps: { version: string; deployment: Deployment }[] = [];
  for (const version of processOrder) {
    const deployments: Deployment[] = [];
    for (const release of releases) {
      if (release.version !== version) continue;
      if (options.releaseFilter && !options.releaseFilter(release.name)) continue;
      const deployment = deploymentOf(release, now, timing);
      if (!deployment) continue;
      deployments.push(deployment);
      deps.push({ version, deployment });
    }
    available[version] = { deployments };
  }
  const keywords = [...meta.keywords];
  const base: ExtensionRow = {
    available_versions: available,
    chart_name: meta.name,
    name: meta.name,
    releaseName: meta.name,
    description: meta.description ?? '',
    display_name: '',
    experimental: keywords.includes('kaapanaexperimental') ? 'yes' : 'no',
    multiinstallable: keywords.includes('kaapanamultiinstallable') ? 'yes' : 'no',
    installed: 'no',
    kind: kindOf(keywords),
    resourceRequirement: keywords.includes('gpurequired') ? 'gpu' : 'cpu',
    keywords,
    annotations: meta.annotations ? { ...meta.annotations } : null,
    extension_params: withRequired(meta.extensionParams, world.adminGlobals),
    helmStatus: null,
    kubeStatus: null,
    links: [],
    version: latest,
    latest_version: latest,
    versions,
  };

  if (isMultiInstallRow(base)) {
    const instances =
      (options.includeInstances ?? true)
        ? deps.map(({ version, deployment }): ExtensionRow => {
            const release = world.releases.get(deployment.deployment_id);
            if (!valuesReadable(release, now, timing)) {
              throw new ListBuildError(`values of ${deployment.deployment_id} are gone`);
            }
            const shown = release?.params.display_name;
            return {
              ...base,
              releaseName: deployment.deployment_id,
              installed: 'yes',
              display_name:
                typeof shown === 'string' && shown && shown !== '-'
                  ? shown
                  : deployment.deployment_id,
              successful: deployment.ready ? 'yes' : 'pending',
              helmStatus: capitalize(deployment.helm_status),
              kubeStatus: deployment.kube_info ? deployment.kube_info.status.map(capitalize) : null,
              links: deployment.links,
              version,
              latest_version: version,
              versions: [version],
            };
          })
        : [];
    const template: ExtensionRow =
      deps.length > 0 ? { ...base, helmStatus: '', kubeStatus: '', successful: '' } : { ...base };
    return [...instances, template];
  }

  const lastVersionDeps = available[latest]?.deployments ?? [];
  const last = lastVersionDeps.at(-1);
  const lastDeployed = lastVersionDeps.filter((d) => d.helm_status === 'deployed').at(-1);
  return [
    {
      ...base,
      installed: deps.length > 0 ? 'yes' : 'no',
      helmStatus: last ? capitalize(last.helm_status) : null,
      kubeStatus: lastDeployed?.kube_info ? [...lastDeployed.kube_info.ready] : null,
      links: deps
        .flatMap(({ deployment }) => deployment.links)
        .filter((l) => !l.includes('kaapanaint')),
    },
  ];
}

/** A full rebuild of `GET /extensions` (or `/platforms`). */
export function buildRows(
  world: World,
  now: number,
  timing: Timing,
  list: 'extensions' | 'platforms' = 'extensions',
): ExtensionRow[] {
  const rows: ExtensionRow[] = [];
  const byChart = releasesByChart(world);
  for (const [name, charts] of chartsByName(world, list)) {
    if (charts.some((c) => c.description === undefined)) {
      throw new ListBuildError(`chart ${name} has no description`);
    }
    if (charts.some((c) => c.globals === null)) {
      if (world.ignoredCharts.has(name)) continue;
      world.ignoredCharts.add(name);
      throw new ListBuildError(`chart ${name} has no global section`);
    }
    rows.push(...rowsForChart(world, charts, now, timing, { byChart }));
  }
  return rows;
}
