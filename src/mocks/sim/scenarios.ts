import {
  fixtureAdminGlobals,
  fixtureCharts,
  fixturePlatformCharts,
  fixtureProject,
  fixtureReleases,
} from './catalog';
import { collectionUpdate, troubleCharts } from './extra-charts';
import { largeCatalog } from './large';
import type { ChartFile } from './model';
import type { Rng } from './rng';
import { addChart, emptyWorld, type World } from './world';

export const SCENARIOS = {
  busy: 'the fixture state: every release state at once (default)',
  fresh: 'a new platform: the catalog, nothing installed',
  empty: 'no charts at all until "update extensions" fetches them',
  large: 'N synthetic charts (default 2000, up to 10000; e.g. large:10000)',
  flaky: 'busy, but a quarter of the requests fail: 5xx, dropped connections, time-outs',
  down: 'kube-helm is not reachable: the gateway answers 503 to everything',
  slow: 'busy, with every answer seconds late and list rebuilds of ~15 s',
} as const;

export type ScenarioName = keyof typeof SCENARIOS;

export interface ScenarioSpec {
  name: ScenarioName;
  /** For `large`. */
  size: number;
}

export interface Faults {
  /** Every request gets the gateway's 503. */
  down: boolean;
  /** Share of requests that fail one way or another. */
  failRate: number;
  /** Extra latency added to every answer, [min, max] ms. */
  latencyMs: [number, number];
  /** Extra time of a full list rebuild. */
  rebuildExtraMs: number;
}

export interface Seed {
  world: World;
  /** Chart batches that successive `/update-extensions` calls bring. */
  collections: ChartFile[][];
  faults: Faults;
}

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(SCENARIOS, name);
}

/** `large:10000` → { name: 'large', size: 10000 }. */
export function parseScenario(text: string | undefined, fallbackSize = 2000): ScenarioSpec {
  const [name = 'busy', size] = (text ?? 'busy').split(':');
  if (!isScenarioName(name)) {
    throw new Error(`unknown scenario "${name}"; one of ${Object.keys(SCENARIOS).join(', ')}`);
  }
  const n = size === undefined ? fallbackSize : Number(size);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new Error('size must be 1..10000');
  return { name, size: n };
}

const calm: Faults = { down: false, failRate: 0, latencyMs: [0, 0], rebuildExtraMs: 0 };

export function seedScenario(spec: ScenarioSpec, rng: Rng, now: number): Seed {
  const world = emptyWorld();
  for (const key of fixtureAdminGlobals()) world.adminGlobals.add(key);
  const catalog = () => {
    for (const chart of [...fixtureCharts(), ...troubleCharts(), ...fixturePlatformCharts()]) {
      addChart(world, chart);
    }
  };
  const busy = () => {
    catalog();
    for (const release of fixtureReleases(fixtureProject.name))
      world.releases.set(release.name, release);
  };
  const collections = [collectionUpdate()];
  switch (spec.name) {
    case 'busy':
      busy();
      return { world, collections, faults: calm };
    case 'fresh':
      catalog();
      return { world, collections, faults: calm };
    case 'empty':
      return {
        world,
        collections: [[...fixtureCharts(), ...troubleCharts()], ...collections],
        faults: calm,
      };
    case 'large': {
      const { charts, releases } = largeCatalog(spec.size, rng, now);
      for (const chart of charts) addChart(world, chart);
      for (const release of releases) world.releases.set(release.name, release);
      return { world, collections, faults: calm };
    }
    case 'flaky':
      busy();
      return { world, collections, faults: { ...calm, failRate: 0.25 } };
    case 'down':
      busy();
      return { world, collections, faults: { ...calm, down: true } };
    case 'slow':
      busy();
      return {
        world,
        collections,
        faults: { ...calm, latencyMs: [1_500, 5_000], rebuildExtraMs: 15_000 },
      };
  }
}
