import { describe, expect, it } from 'vitest';
import { extensionListSchema, type Deployment } from '../contract/schemas';
import fixtureJson from '../mocks/fixtures/extensions.json';
import {
  parseKubeDuration,
  parseRestarts,
  podCounts,
  podFacts,
  podsVerdict,
  type PodFacts,
} from './pod-facts';

const rows = extensionListSchema.parse(fixtureJson);
const deploymentOf = (release: string): Deployment => {
  const row = rows.find((r) => r.releaseName === release);
  const dep = Object.values(row?.available_versions ?? {})
    .flatMap((v) => v.deployments)
    .find((d) => d.deployment_id === release);
  if (!dep) throw new Error(`no deployment ${release}`);
  return dep;
};

/** A deployed release's deployment with these pods: [name, READY, STATUS, RESTARTS, AGE]. */
function withPods(pods: [string, string, string, string, string][]): Deployment {
  const base = deploymentOf('code-server-chart');
  const status = pods.map((p) => p[2]);
  return {
    ...base,
    kube_status: status,
    kube_info: {
      name: pods.map((p) => p[0]),
      ready: pods.map((p) => p[1]),
      status,
      restarts: pods.map((p) => p[3]),
      age: pods.map((p) => p[4]),
      annotations: {},
    },
  };
}

const conditions = (d: Deployment) => (podFacts(d) ?? []).map((p) => p.condition);

describe('kubectl columns', () => {
  it('reads durations as kubectl prints them', () => {
    expect(parseKubeDuration('45s')).toBe(45_000);
    expect(parseKubeDuration('14m')).toBe(14 * 60_000);
    expect(parseKubeDuration('1h44m')).toBe(104 * 60_000);
    expect(parseKubeDuration('2d4h')).toBe(52 * 3_600_000);
    expect(parseKubeDuration('3y12d')).toBe((3 * 365 + 12) * 86_400_000);
    expect(parseKubeDuration('5m30s')).toBe(330_000);
    expect(parseKubeDuration('')).toBeNull();
    expect(parseKubeDuration('<invalid>')).toBeNull();
    expect(parseKubeDuration('5 minutes')).toBeNull();
  });

  it('reads restarts with and without the time of the last one', () => {
    expect(parseRestarts('0')).toEqual({ count: 0, agoMs: null });
    expect(parseRestarts('3 (2m ago)')).toEqual({ count: 3, agoMs: 120_000 });
    expect(parseRestarts('11 (3s ago)')).toEqual({ count: 11, agoMs: 3_000 });
    expect(parseRestarts('1 (20d ago)')).toEqual({ count: 1, agoMs: 20 * 86_400_000 });
    expect(parseRestarts('2')).toEqual({ count: 2, agoMs: null });
    expect(parseRestarts('')).toEqual({ count: 0, agoMs: null });
  });
});

describe('podFacts', () => {
  it('reads every column of the fixture pods', () => {
    expect(podFacts(deploymentOf('collabora-chart'))).toEqual([
      {
        name: 'collabora-5b8d7f6c9-2mhqz',
        ready: '1/1',
        status: 'running',
        restarts: 1,
        restartsText: '1 (20d ago)',
        lastRestartAgoMs: 20 * 86_400_000,
        age: '21d',
        ageMs: 21 * 86_400_000,
        condition: 'up',
      },
    ]);
    expect(conditions(deploymentOf('nnunet-workflow'))).toEqual(['done', 'done']);
    expect(conditions(deploymentOf('radiomics-workflow'))).toEqual(['initializing']);
  });

  it('has nothing to read for failed, pending or uninstalling releases', () => {
    for (const release of [
      'body-and-organ-analysis-workflow',
      'wsiconv-workflow',
      'mitk-flow-workflow',
    ]) {
      expect(podFacts(deploymentOf(release)), release).toBeNull();
    }
  });

  it('reads the same deployment once', () => {
    const d = deploymentOf('code-server-chart');
    expect(podFacts(d)).toBe(podFacts(d));
  });

  it.each([
    ['running', '1/1', '0', '5m', 'up'],
    ['running', '0/1', '0', '5m', 'not-ready'],
    ['running', '2/2', '1 (3d ago)', '5d', 'up'],
    ['running', '1/1', '1 (40s ago)', '2h', 'restarted'],
    ['running', '1/1', '2 (1m ago)', '2h', 'crash-looping'],
    ['running', '0/1', '4 (6s ago)', '3m', 'crash-looping'],
    // No "(… ago)": a young pod's restarts are recent, an old pod's are not.
    ['running', '1/1', '3', '2m', 'crash-looping'],
    ['running', '1/1', '3', '2d', 'up'],
    ['completed', '0/1', '0', '38m', 'done'],
    ['crashloopbackoff', '0/1', '5 (7s ago)', '57s', 'crash-looping'],
    ['error', '0/1', '2 (1s ago)', '30s', 'crash-looping'],
    ['error', '0/1', '0', '3m', 'failed'],
    ['imagepullbackoff', '0/1', '0', '6m', 'image-pull'],
    ['errimagepull', '0/1', '0', '10s', 'image-pull'],
    ['invalidimagename', '0/1', '0', '10s', 'image-pull'],
    ['createcontainerconfigerror', '0/1', '0', '2m', 'config-error'],
    ['oomkilled', '0/1', '3 (50s ago)', '5m', 'out-of-memory'],
    ['evicted', '0/1', '0', '2d', 'evicted'],
    ['pending', '0/1', '0', '12m', 'pending'],
    ['containercreating', '0/1', '0', '2s', 'creating'],
    ['init:0/1', '0/2', '0', '21s', 'initializing'],
    ['podinitializing', '0/1', '0', '21s', 'initializing'],
    ['init:crashloopbackoff', '0/1', '3 (20s ago)', '2m', 'crash-looping'],
    ['init:errimagepull', '0/1', '0', '20s', 'image-pull'],
    ['terminating', '1/1', '0', '3d', 'stopping'],
    ['containerstatusunknown', '0/1', '0', '3d', 'unknown'],
  ])('%s, READY %s, RESTARTS %s, AGE %s → %s', (status, ready, restarts, age, expected) => {
    expect(conditions(withPods([['app-7f9c6d8b4-lx8vp', ready, status, restarts, age]]))).toEqual([
      expected,
    ]);
  });
});

describe('podsVerdict', () => {
  const verdict = (pods: [string, string, string, string, string][]) =>
    podsVerdict(podFacts(withPods(pods)) ?? []);

  it('is up only when every pod of every object is up or done', () => {
    expect(verdict([['a-1-x', '1/1', 'running', '0', '1m']])).toBe('up');
    expect(
      verdict([
        ['a-1-x', '1/1', 'running', '0', '1m'],
        ['copy-job-abcde', '0/1', 'completed', '0', '1m'],
      ]),
    ).toBe('up');
    expect(
      verdict([
        ['a-1-x', '1/1', 'running', '0', '1m'],
        ['a-1-y', '0/1', 'running', '0', '1m'],
      ]),
    ).toBe('starting');
  });

  it('fails when any replica fails, even if the first one runs', () => {
    expect(
      verdict([
        ['a-1-x', '1/1', 'running', '0', '12m'],
        ['a-1-y', '0/1', 'crashloopbackoff', '5 (1m ago)', '12m'],
      ]),
    ).toBe('failing');
  });

  it('forgives leftovers that were replaced, not failures without a replacement', () => {
    expect(
      verdict([
        ['a-1-x', '0/1', 'evicted', '0', '2d'],
        ['a-1-y', '1/1', 'running', '0', '2d'],
      ]),
    ).toBe('up');
    expect(
      verdict([
        ['copy-job-k8v2r', '0/1', 'error', '0', '3m'],
        ['copy-job-p4w7s', '0/1', 'completed', '0', '2m'],
      ]),
    ).toBe('up');
    expect(verdict([['copy-job-k8v2r', '0/1', 'error', '0', '3m']])).toBe('failing');
    expect(verdict([['a-1-x', '0/1', 'evicted', '0', '2d']])).toBe('failing');
  });

  it('does not let terminating pods decide, unless nothing else is there', () => {
    expect(
      verdict([
        ['a-old-x', '1/1', 'terminating', '0', '3d'],
        ['a-new-y', '1/1', 'running', '0', '1m'],
      ]),
    ).toBe('up');
    expect(verdict([['a-old-x', '1/1', 'terminating', '0', '3d']])).toBe('starting');
  });
});

describe('podCounts', () => {
  it('counts ready (up or done) pods, all pods and all restarts', () => {
    const pods: PodFacts[] =
      podFacts(
        withPods([
          ['a-1-x', '1/1', 'running', '1 (3d ago)', '5d'],
          ['a-1-y', '0/1', 'crashloopbackoff', '5 (1m ago)', '5d'],
          ['copy-job-abcde', '0/1', 'completed', '0', '5d'],
        ]),
      ) ?? [];
    expect(podCounts(pods)).toEqual({ ready: 2, total: 3, restarts: 6 });
  });
});
