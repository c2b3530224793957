import type { ChartFile, Release, StoredFile } from './model';

/** Everything the simulated kube-helm knows: its extensions directory and the cluster's releases. */
export interface World {
  /** File name → file, in directory order. Names with a `/` sit in sub-directories. */
  files: Map<string, StoredFile>;
  /** Release name → release, in creation order. */
  releases: Map<string, Release>;
  /** Keys under `global` of the platform's admin release: their params are not `required`. */
  adminGlobals: Set<string>;
  /** Charts without `global:` in values.yaml, already reported once by a failing rebuild. */
  ignoredCharts: Set<string>;
}

export function emptyWorld(): World {
  return {
    files: new Map(),
    releases: new Map(),
    adminGlobals: new Set(),
    ignoredCharts: new Set(),
  };
}

export const LISTED_KEYWORDS = {
  extensions: ['kaapanaworkflow', 'kaapanaapplication'],
  platforms: ['kaapanaplatform'],
};

/** Readable charts in the top-level directory, grouped by chart name, in directory order. */
export function chartsByName(
  world: World,
  list: keyof typeof LISTED_KEYWORDS,
): Map<string, ChartFile[]> {
  const groups = new Map<string, ChartFile[]>();
  for (const [fileName, file] of world.files) {
    if (fileName.includes('/') || file.kind !== 'chart') continue;
    const { chart } = file;
    if (!chart.keywords.some((k) => LISTED_KEYWORDS[list].includes(k))) continue;
    const group = groups.get(chart.name) ?? [];
    group.push(chart);
    groups.set(chart.name, group);
  }
  return groups;
}

export function chartFile(world: World, name: string, version: string): ChartFile | null {
  const file = world.files.get(`${name}-${version}.tgz`);
  return file?.kind === 'chart' && file.chart.name === name && file.chart.version === version
    ? file.chart
    : null;
}

export function addChart(world: World, chart: ChartFile): void {
  world.files.set(`${chart.name}-${chart.version}.tgz`, { kind: 'chart', chart });
}
