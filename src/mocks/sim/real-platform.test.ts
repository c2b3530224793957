import { describe, expect, it } from 'vitest';
import { deriveState } from '../../domain/extension-state';
import { podFacts } from '../../domain/pod-facts';
import { deploymentOf } from './deployments';
import { PROJECT, testBackend } from './test-helpers';

/** What the real kube-helm did on a real platform and the simulator now does too (issue 8). */

const JUPYTER = {
  name: 'jupyterlab-chart',
  version: '0.6.0',
  keywords: ['kaapanaapplication', 'kaapanaint', 'kaapanamultiinstallable'],
};

async function launchedAndListed(sim: ReturnType<typeof testBackend>) {
  const reply = await sim.install(JUPYTER, PROJECT);
  const name = reply.body.replace('Successfully installed: ', '');
  await sim.rebuildNext();
  expect(await sim.row(name)).toBeDefined();
  return name;
}

describe('deleting a launched instance', () => {
  it('shows the instance uninstalling, keeps that row until the rebuild, and fails the list for a moment', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const name = await launchedAndListed(sim);
    await sim.uninstall({
      release_name: name,
      release_version: '0.6.0',
      helm_command_addons: '',
      multiinstallable: 'yes',
    });

    const during = await sim.row(name);
    expect(during).toMatchObject({
      helmStatus: 'Uninstalling',
      kubeStatus: null,
      links: [],
      successful: 'pending',
    });
    expect(during?.available_versions['0.6.0']?.deployments).toEqual([
      expect.objectContaining({
        deployment_id: name,
        helm_status: 'uninstalling',
        kube_status: 'unknown',
        kube_info: null,
        links: [],
        ready: false,
      }),
    ]);
    expect(during && deriveState(during).state).toBe('uninstalling');

    // The last moments of the uninstall: helm lists the release, its values are gone.
    const { applicationHookMs, deleteGlitchMs } = sim.backend.timing;
    const startedAt = sim.backend.world.releases.get(name)?.uninstall?.startedAt ?? 0;
    await sim.clock.advance(startedAt + applicationHookMs - deleteGlitchMs - sim.clock.now());
    const glitch = await sim.answer(sim.backend.listExtensions());
    expect(glitch.status).toBe(500);
    expect(JSON.parse(glitch.body)).toEqual({ detail: 'Failed to get extensions' });

    await sim.clock.advance(deleteGlitchMs);
    const after = await sim.rows();
    // Gone from helm; the instance row keeps what it last read until the list is rebuilt.
    expect(sim.backend.world.releases.has(name)).toBe(false);
    expect(after.find((r) => r.releaseName === name)).toMatchObject({
      helmStatus: 'Uninstalling',
      kubeStatus: null,
      links: [],
    });
    const template = after.find((r) => r.releaseName === 'jupyterlab-chart');
    expect(template?.helmStatus).toBeNull();
    expect(template?.available_versions['0.6.0']?.deployments).toEqual([]);

    await sim.rebuildNext();
    expect(await sim.row(name)).toBeUndefined();
  });

  it('does not fail the list while other releases uninstall', async () => {
    const sim = testBackend({ scenario: 'busy' });
    await sim.rows();
    await sim.uninstall({
      release_name: 'code-server-chart',
      release_version: '0.6.0',
      helm_command_addons: '',
    });
    for (let t = 0; t <= sim.backend.timing.applicationHookMs; t += 20) {
      const reply = await sim.answer(sim.backend.listExtensions());
      expect(reply.status, `at ${String(t)} ms`).toBe(200);
    }
  });
});

describe('a crash-looping pod', () => {
  it('stays CrashLoopBackOff with growing restarts; it never reads as ready', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    await sim.install({
      name: 'broken-app-chart',
      version: '0.1.0',
      keywords: ['kaapanaapplication', 'kaapanaexperimental'],
    });
    const release = sim.backend.world.releases.get('broken-app-chart');
    if (!release) throw new Error('not installed');
    const { timing } = sim.backend;
    let restarts = 0;
    // Every phase of six back-off cycles, from the moment the container was created.
    for (let t = 0; t < 6 * timing.backoffCycleMs; t += timing.backoffCycleMs / 7) {
      const at = release.installDoneAt + timing.podCreateMs + t;
      const deployment = deploymentOf(release, at, timing);
      expect(deployment?.kube_status, `at ${String(t)} ms`).toEqual(['crashloopbackoff']);
      expect(deployment?.ready).toBe(false);
      const pod = deployment ? podFacts(deployment)?.[0] : undefined;
      expect(pod?.ready).toBe('0/1');
      expect(pod?.restartsText).toMatch(/^\d+ \(\d+[smhd]+ ago\)$/);
      expect(pod?.restarts).toBeGreaterThanOrEqual(Math.max(1, restarts));
      restarts = pod?.restarts ?? 0;
    }
    expect(restarts).toBeGreaterThanOrEqual(6);

    // And so the list reads it, after a full rebuild.
    await sim.clock.advance(timing.podCreateMs + 2 * timing.backoffCycleMs);
    await sim.rebuildNext();
    const row = await sim.row('broken-app-chart');
    expect(row && deriveState(row).state).toBe('error');
    expect(row?.kubeStatus).toEqual(['0/1']);
  });
});

describe('just after a launch', () => {
  it('the template briefly has helmStatus null and no deployments, then shows the instance', async () => {
    const sim = testBackend({ scenario: 'busy' });
    const before = await sim.row('jupyterlab-chart');
    expect(before?.helmStatus).toBe('');
    const reply = await sim.install(JUPYTER, PROJECT);
    const name = reply.body.replace('Successfully installed: ', '');

    const gap = await sim.row('jupyterlab-chart');
    expect(gap?.helmStatus).toBeNull();
    expect(gap?.kubeStatus).toBeNull();
    expect(gap && 'successful' in gap).toBe(false);
    expect(gap?.available_versions['0.6.0']?.deployments).toEqual([]);

    await sim.clock.advance(sim.backend.timing.launchGapMs);
    const shown = await sim.row('jupyterlab-chart');
    expect(shown?.helmStatus).toBe('');
    // kube-helm re-read the chart for the new release only: the other instances leave the
    // template's deployments until the next full rebuild.
    expect(shown?.available_versions['0.6.0']?.deployments.map((d) => d.deployment_id)).toEqual([
      name,
    ]);
    expect(await sim.row(name)).toBeUndefined();
  });

  it('serves the old list while helm is still installing', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    expect((await sim.row('jupyterlab-chart'))?.helmStatus).toBeNull();
    const pending = sim.backend.install(JSON.stringify(JUPYTER), JSON.stringify(PROJECT));
    await sim.clock.advance(sim.backend.timing.smallMs);
    const meanwhile = await sim.row('jupyterlab-chart');
    expect(meanwhile?.available_versions['0.6.0']?.deployments).toEqual([]);
    expect((await sim.answer(pending)).status).toBe(200);
  });
});

describe('timing profiles', () => {
  const elapsed = async (sim: ReturnType<typeof testBackend>, work: () => Promise<unknown>) => {
    const start = sim.clock.now();
    await work();
    return sim.clock.now() - start;
  };
  const install = (sim: ReturnType<typeof testBackend>, name: string) =>
    sim.install({ name, version: '0.6.0', keywords: ['kaapanaworkflow'] });

  it('realistic: installs answer in 10–15 s, full rebuilds take 3–10 s', async () => {
    for (const scenario of ['fresh', 'busy']) {
      const sim = testBackend({ scenario, timing: 'realistic' });
      const rebuild = await elapsed(sim, () => sim.rows());
      expect(rebuild, scenario).toBeGreaterThanOrEqual(3_000);
      expect(rebuild, scenario).toBeLessThanOrEqual(10_000);
    }
    const sim = testBackend({ scenario: 'fresh', timing: 'realistic' });
    const times = [];
    for (const name of ['total-segmentator-v2-workflow', 'radiomics-workflow', 'edk']) {
      times.push(await elapsed(sim, () => install(sim, name)));
    }
    for (const t of times) {
      expect(t).toBeGreaterThanOrEqual(10_000);
      expect(t).toBeLessThan(sim.backend.timing.helmTimeoutMs);
    }
  });

  it('fast stays fast for the e2e tests', async () => {
    const sim = testBackend({ scenario: 'busy', timing: 'fast' });
    expect(await elapsed(sim, () => sim.rows())).toBeLessThanOrEqual(500);
    expect(
      await elapsed(sim, () => install(sim, 'total-segmentator-v2-workflow')),
    ).toBeLessThanOrEqual(500);
  });
});
