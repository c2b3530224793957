import { describe, expect, it } from 'vitest';
import { deriveState } from '../../domain/extension-state';
import { PROJECT, testBackend } from './test-helpers';

const CODE_SERVER = {
  name: 'code-server-chart',
  version: '0.6.0',
  keywords: ['kaapanaapplication', 'kaapanaint'],
};
const JUPYTER = {
  name: 'jupyterlab-chart',
  version: '0.6.0',
  keywords: ['kaapanaapplication', 'kaapanaint', 'kaapanamultiinstallable'],
};

describe('installing a single-install chart', () => {
  it('goes pending-install → deployed, pods ContainerCreating → Running, and is ready', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    await sim.rows();
    const reply = sim.backend.install(JSON.stringify(CODE_SERVER), null);
    await sim.clock.advance(sim.backend.timing.smallMs + 10);
    // kube-helm awaits helm without blocking its worker: asked meanwhile, helm says pending-install
    // (capture 20).
    const during = await sim.answer(sim.backend.viewChartStatus('code-server-chart'));
    expect(JSON.parse(during.body)).toMatchObject({ STATUS: 'pending-install' });
    const done = await sim.answer(reply);
    expect(done).toEqual({
      status: 200,
      body: 'Successfully installed: code-server-chart',
      contentType: null,
    });

    // Recently updated: re-read at once, without waiting for a full rebuild.
    const fresh = await sim.row('code-server-chart');
    expect(fresh && deriveState(fresh)).toMatchObject({
      state: 'starting',
      installedVersion: '0.6.0',
    });
    expect(fresh?.available_versions['0.6.0']?.deployments[0]?.kube_status).toEqual([
      'containercreating',
    ]);

    await sim.clock.advance(sim.backend.timing.podCreateMs);
    const ready = await sim.row('code-server-chart');
    expect(ready && deriveState(ready).state).toBe('ready');
    expect(ready?.links).toEqual(['/code-server/']);
    expect(ready?.kubeStatus).toEqual(['1/1']);
  });

  it('answers "already installed" and does nothing the second time', async () => {
    const sim = testBackend({ scenario: 'busy' });
    expect((await sim.install(CODE_SERVER)).body).toBe(
      'Chart is already installed code-server-chart',
    );
  });

  it('answers "already installed" for a failed release too', async () => {
    const sim = testBackend({ scenario: 'busy' });
    const reply = await sim.install({
      name: 'body-and-organ-analysis-workflow',
      version: '0.6.0',
      keywords: ['kaapanaworkflow'],
    });
    expect(reply.body).toBe('Chart is already installed body-and-organ-analysis-workflow');
  });

  it('shows a non-latest install as uninstalled until the next full rebuild (quick re-read quirk)', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    await sim.rows();
    await sim.install({
      name: 'nnunet-workflow',
      version: '0.5.3',
      keywords: ['kaapanaworkflow', 'gpurequired'],
    });
    const quick = await sim.row('nnunet-workflow');
    expect(quick?.versions).toEqual(['0.6.0']);
    expect(quick && deriveState(quick).state).toBe('not-installed');
    await sim.rebuildNext();
    const full = await sim.row('nnunet-workflow');
    expect(full && deriveState(full)).toMatchObject({ installedVersion: '0.5.3' });
  });

  it('fails an unknown chart with helm wording, and a missing version with 400', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    expect(
      await sim.install({ name: 'nope-chart', version: '1.0.0', keywords: ['kaapanaapplication'] }),
    ).toEqual({
      status: 500,
      body: 'Chart install command failed for nope-chart',
      contentType: null,
    });
    expect((await sim.install({ name: 'nope-chart' })).status).toBe(400);
  });
});

describe('charts that misbehave', () => {
  it('slow-install: 500 after the helm limit, yet the release appears later', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const reply = await sim.install({
      name: 'slow-install-workflow',
      version: '0.1.0',
      keywords: ['kaapanaworkflow', 'kaapanaexperimental'],
    });
    expect(reply).toEqual({
      status: 500,
      body: 'Chart install command failed for slow-install-workflow',
      contentType: null,
    });
    const pending = await sim.answer(sim.backend.viewChartStatus('slow-install-workflow'));
    expect(JSON.parse(pending.body)).toMatchObject({ STATUS: 'pending-install' });
    await sim.clock.advance(sim.backend.timing.slowInstallMs);
    await sim.rebuildNext();
    const row = await sim.row('slow-install-workflow');
    expect(row && deriveState(row).state).toMatch(/starting|ready/);
  });

  it('install-fails: 500, and the release is left failed', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const reply = await sim.install({
      name: 'failing-install-chart',
      version: '0.1.0',
      keywords: ['kaapanaapplication'],
    });
    expect(reply.status).toBe(500);
    await sim.rebuildNext();
    const row = await sim.row('failing-install-chart');
    expect(row && deriveState(row).state).toBe('failed');
  });

  it.each([
    ['broken-app-chart', ['crashloopbackoff', 'error']],
    ['missing-image-chart', ['errimagepull', 'imagepullbackoff']],
  ])('%s ends in an error state', async (name, statuses) => {
    const sim = testBackend({ scenario: 'fresh' });
    await sim.install({
      name,
      version: '0.1.0',
      keywords: ['kaapanaapplication', 'kaapanaexperimental'],
    });
    await sim.clock.advance(sim.backend.timing.podCreateMs + sim.backend.timing.backoffCycleMs / 2);
    const row = await sim.row(name);
    expect(row && deriveState(row).state).toBe('error');
    expect(statuses).toContain(row?.available_versions['0.1.0']?.deployments[0]?.kube_status[0]);
  });
});

describe('launching a multi-installable chart', () => {
  it('reveals the release name only in the reply; the instance row comes with a full rebuild', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    await sim.rows();
    const reply = await sim.install(
      { ...JUPYTER, extension_params: { display_name: 'My Notebook', minio_prefix: '/' } },
      PROJECT,
    );
    const name = /^Successfully installed: (jupyterlab-chart-[0-9a-f]{20})$/.exec(reply.body)?.[1];
    expect(name).toBeDefined();

    // Just after the launch the template is re-read without any deployment (real platform).
    const first = await sim.row('jupyterlab-chart');
    expect(first?.helmStatus).toBeNull();
    expect(first?.available_versions['0.6.0']?.deployments).toEqual([]);

    await sim.clock.advance(sim.backend.timing.launchGapMs);
    const quick = await sim.rows();
    expect(quick.some((r) => r.releaseName === name)).toBe(false);
    const template = quick.find((r) => r.releaseName === 'jupyterlab-chart');
    expect(template?.helmStatus).toBe('');
    expect(template?.available_versions['0.6.0']?.deployments.map((d) => d.deployment_id)).toEqual([
      name,
    ]);

    await sim.rebuildNext();
    const instance = await sim.row(name ?? '');
    // kube-helm strips the spaces out of string params.
    expect(instance?.display_name).toBe('MyNotebook');
    expect(instance?.links).toEqual([`/applications/project/${PROJECT.id}/release/${name ?? ''}`]);
    expect(instance?.successful).toMatch(/yes|pending/);
  });

  it('fails without a Project header, exactly as upstream', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const reply = await sim.install(JUPYTER);
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toEqual({
      detail: 'Chart install failed the JSON object must be str, bytes or bytearray, not NoneType',
    });
  });

  it('does not need the project when the keywords are left out (and then injects none)', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const reply = await sim.install({ name: 'jupyterlab-chart', version: '0.6.0' });
    expect(reply.body).toMatch(/^Successfully installed: jupyterlab-chart-[0-9a-f]{20}$/);
  });

  it('names custom-registry instances after the suffix param, and fails invalid names', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const keywords = ['kaapanaapplication', 'kaapanaexperimental', 'kaapanamultiinstallable'];
    const ok = await sim.install(
      {
        name: 'custom-registry-chart',
        version: '0.6.0',
        keywords,
        extension_params: { custom_registry_name: 'lab-registry' },
      },
      PROJECT,
    );
    expect(ok.body).toBe('Successfully installed: custom-registry-chart-lab-registry');
    const bad = await sim.install(
      {
        name: 'custom-registry-chart',
        version: '0.6.0',
        keywords,
        extension_params: { custom_registry_name: 'My Registry' },
      },
      PROJECT,
    );
    expect(bad).toMatchObject({
      status: 500,
      body: 'Chart install command failed for custom-registry-chart-My Registry',
    });
  });

  it('runs helm into a name clash when a launch names an instance that exists', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const keywords = ['kaapanaapplication', 'kaapanaexperimental', 'kaapanamultiinstallable'];
    const payload = {
      name: 'custom-registry-chart',
      version: '0.6.0',
      keywords,
      extension_params: { custom_registry_name: 'lab' },
    };
    expect((await sim.install(payload, PROJECT)).status).toBe(200);
    expect(await sim.install(payload, PROJECT)).toEqual({
      status: 500,
      body: 'Chart install command failed for custom-registry-chart-lab',
      contentType: null,
    });
  });

  it('drops params that carried & < > " \' ; and lets non-empty chart defaults win', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const reply = await sim.install(
      {
        name: 'mitk-workbench-chart',
        version: '0.6.0',
        keywords: ['kaapanaapplication', 'kaapanamultiinstallable'],
        extension_params: { display_name: "Bob's", service_type: 'NodePort', gpu_container: false },
      },
      PROJECT,
    );
    const name = reply.body.replace('Successfully installed: ', '');
    const release = sim.backend.world.releases.get(name);
    expect(release?.params).toMatchObject({
      service_type: 'ClusterIP',
      gpu_container: false,
      project_id: PROJECT.id,
    });
    expect(release?.params).not.toHaveProperty('display_name');
    await sim.rebuildNext();
    expect((await sim.row(name))?.display_name).toBe(name);
  });
});

describe('the single worker', () => {
  it('serves the list while helm installs (captures 20 and 21)', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    await sim.rows();
    const order: string[] = [];
    const install = sim.backend
      .install(
        JSON.stringify({
          name: 'slow-install-workflow',
          version: '0.1.0',
          keywords: ['kaapanaworkflow'],
        }),
        null,
      )
      .then(() => order.push('install'));
    const list = sim.backend.listExtensions().then(() => order.push('list'));
    await sim.answer(
      Promise.all([install, list]).then(() => ({ status: 200, body: '', contentType: null })),
    );
    expect(order).toEqual(['list', 'install']);
  });

  it('makes every request wait for a full rebuild', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const order: string[] = [];
    const list = sim.backend.listExtensions().then(() => order.push('list'));
    const status = sim.backend.viewChartStatus('nope').then(() => order.push('status'));
    await sim.answer(
      Promise.all([list, status]).then(() => ({ status: 200, body: '', contentType: null })),
    );
    expect(order).toEqual(['list', 'status']);
  });
});
