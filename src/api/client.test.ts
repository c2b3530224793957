import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { packChart } from '../mocks/sim/chart-archive';
import { writeTar } from '../mocks/sim/tar';
import { drive } from '../test/drive';
import { simServer, TEST_API } from '../test/sim-server';
import { createKubeHelmClient, type KubeHelmClient } from './client';
import type { Project } from './project';

const sim = simServer();
let project: Project | null = { id: 'p-1', name: 'admin' };
let client: KubeHelmClient;

beforeAll(() => {
  sim.listen();
});
beforeEach(() => {
  sim.reset({ scenario: 'fresh' });
  project = { id: 'p-1', name: 'admin' };
  client = createKubeHelmClient({
    baseUrl: TEST_API,
    project: { transport: 'header', current: () => project },
    helmInstallTimeoutMs: sim.backend.timing.helmTimeoutMs,
    now: () => sim.clock.now(),
  });
});
afterAll(() => {
  sim.close();
});

const run = <T>(promise: Promise<T>) => drive(sim.clock, promise);
const JUPYTER = {
  name: 'jupyterlab-chart',
  version: '0.6.0',
  keywords: ['kaapanaapplication', 'kaapanaint', 'kaapanamultiinstallable'],
};

describe('the kube-helm client against the simulated backend', () => {
  it('lists the extensions through the schemas', async () => {
    const rows = await run(client.listExtensions());
    expect(rows.map((r) => r.releaseName)).toContain('jupyterlab-chart');
  });

  it('keeps at most one /extensions request in flight', async () => {
    let started = 0;
    const count = ({ request }: { request: Request }) => {
      if (request.url.endsWith('/extensions')) started += 1;
    };
    sim.server.events.on('request:start', count);
    const [a, b] = await run(Promise.all([client.listExtensions(), client.listExtensions()]));
    sim.server.events.removeListener('request:start', count);
    expect(a).toBe(b);
    expect(started).toBe(1);
  });

  it('reports installed with the release name, then already-installed', async () => {
    const request = {
      name: 'code-server-chart',
      version: '0.6.0',
      keywords: ['kaapanaapplication', 'kaapanaint'],
    };
    expect(await run(client.install(request))).toMatchObject({
      kind: 'installed',
      releaseName: 'code-server-chart',
    });
    expect(await run(client.install(request))).toMatchObject({
      kind: 'already-installed',
      releaseName: 'code-server-chart',
    });
  });

  it('parses the new instance name of a launch', async () => {
    const outcome = await run(
      client.install({ ...JUPYTER, extensionParams: { display_name: 'study' } }),
    );
    expect(outcome).toMatchObject({ kind: 'installed' });
    expect(outcome.kind === 'installed' && outcome.releaseName).toMatch(
      /^jupyterlab-chart-[0-9a-f]{20}$/,
    );
  });

  it('refuses a launch without a project before sending anything', async () => {
    project = null;
    const outcome = await run(client.install(JUPYTER));
    expect(outcome).toMatchObject({ kind: 'failed', error: { kind: 'invalid-request' } });
    expect([...sim.backend.world.releases.keys()]).toEqual([]);
  });

  it('calls a helm time-out an unknown outcome, and a quick helm failure a likely error', async () => {
    const slow = await run(
      client.install({
        name: 'slow-install-workflow',
        version: '0.1.0',
        keywords: ['kaapanaworkflow'],
      }),
    );
    expect(slow).toMatchObject({
      kind: 'outcome-unknown',
      reason: 'helm-timeout',
      releaseName: 'slow-install-workflow',
    });
    const missing = await run(
      client.install({ name: 'gone-chart', version: '9.9.9', keywords: ['kaapanaapplication'] }),
    );
    expect(missing).toMatchObject({
      kind: 'outcome-unknown',
      reason: 'helm-error',
      releaseName: 'gone-chart',
    });
  });

  it('returns failed with the server message for a JSON error', async () => {
    sim.server.use(
      http.post(`${TEST_API}/helm-install-chart`, () =>
        HttpResponse.json({ detail: 'Chart install failed boom' }, { status: 500 }),
      ),
    );
    const outcome = await run(client.install(JUPYTER));
    expect(outcome).toMatchObject({
      kind: 'failed',
      error: { kind: 'http', serverMessage: 'Chart install failed boom' },
    });
  });

  it('calls a gateway time-out of an install an unknown outcome: kube-helm may still be at it', async () => {
    sim.server.use(
      http.post(
        `${TEST_API}/helm-install-chart`,
        () => new HttpResponse('Gateway Timeout', { status: 504 }),
      ),
    );
    expect(await run(client.install(JUPYTER))).toMatchObject({
      kind: 'outcome-unknown',
      reason: 'no-answer',
      error: { status: 504 },
    });
    sim.server.use(
      http.post(
        `${TEST_API}/helm-delete-chart`,
        () => new HttpResponse('Bad Gateway', { status: 502 }),
      ),
    );
    expect(await run(client.uninstall({ releaseName: 'x' }))).toMatchObject({
      kind: 'outcome-unknown',
    });
  });

  it('calls a lost answer to an install an unknown outcome', async () => {
    sim.server.use(http.post(`${TEST_API}/helm-install-chart`, () => HttpResponse.error()));
    const outcome = await run(client.install(JUPYTER));
    expect(outcome).toMatchObject({
      kind: 'outcome-unknown',
      reason: 'no-answer',
      error: { kind: 'network' },
    });
  });

  it('uninstalls, and gets a hung hook out with force', async () => {
    const keywords = ['kaapanaworkflow', 'kaapanaexperimental'];
    expect(
      await run(client.install({ name: 'stuck-hook-workflow', version: '0.1.0', keywords })),
    ).toMatchObject({ kind: 'installed' });
    expect(
      await run(client.uninstall({ releaseName: 'stuck-hook-workflow', version: '0.1.0' })),
    ).toEqual({
      kind: 'requested',
      releaseName: 'stuck-hook-workflow',
      message: 'Started uninstalling stuck-hook-workflow',
    });
    await sim.clock.advance(30_000);
    expect(await run(client.viewChartStatus('stuck-hook-workflow'))).toMatchObject({
      found: true,
      status: { STATUS: 'uninstalling' },
    });
    await run(client.uninstall({ releaseName: 'stuck-hook-workflow', force: true }));
    await sim.clock.advance(1_000);
    expect(await run(client.viewChartStatus('stuck-hook-workflow'))).toEqual({ found: false });
  });

  it('deletes an instance with the string flag the server needs', async () => {
    const launched = await run(client.install(JUPYTER));
    const name = launched.kind === 'installed' ? launched.releaseName : '';
    expect(
      await run(client.uninstall({ releaseName: name, version: '0.6.0', multiinstallable: true })),
    ).toMatchObject({ kind: 'requested' });
    await sim.clock.advance(5_000);
    expect(await run(client.viewChartStatus(name))).toEqual({ found: false });
  });

  it('updates the extensions', async () => {
    expect(await run(client.updateExtensions())).toEqual({
      kind: 'updated',
      message: 'Successfully updated the extensions',
    });
  });

  it('lists active applications and completes only the completable', async () => {
    sim.reset({ scenario: 'busy' });
    const apps = await run(client.listActiveApplications());
    expect(apps.map((a) => a.from_workflow_run)).toEqual([false, false, true]);
    expect(
      await run(client.completeActiveApplication('kaapanaint-mitk-flow-251218094107123456')),
    ).toMatchObject({ kind: 'completed' });
    expect(await run(client.completeActiveApplication('nnunet-workflow'))).toMatchObject({
      kind: 'not-completable',
    });
  });

  it('reports kube-helm being down as an http error with the gateway text', async () => {
    sim.reset({ scenario: 'down' });
    await expect(run(client.listExtensions())).rejects.toMatchObject({
      kind: 'http',
      status: 503,
      serverMessage: 'no available server',
    });
  });
});

describe('uploading through the client', () => {
  const chart = (name: string, extra = {}) =>
    packChart({
      name,
      version: '0.1.0',
      description: 'uploaded',
      keywords: ['kaapanaworkflow'],
      padToBytes: 3000,
      ...extra,
    });
  const file = (name: string, bytes: Uint8Array) =>
    new File([bytes as Uint8Array<ArrayBuffer>], name);

  it('sends a chart in chunks, with progress, and it is stored', async () => {
    const progress: number[] = [];
    const outcome = await run(
      client.upload.file(file('my-workflow-0.1.0.tgz', chart('my-workflow')), {
        chunkSize: 1024,
        onProgress: ({ sent }) => progress.push(sent),
      }),
    );
    expect(outcome).toEqual({
      kind: 'stored',
      fileName: 'my-workflow-0.1.0.tgz',
      message: 'my-workflow-0.1.0.tgz uploaded succesfully',
      restarts: 0,
    });
    expect(progress[0]).toBe(0);
    expect(progress.length).toBeGreaterThan(3);
    expect(sim.backend.fileNames()).toContain('my-workflow-0.1.0.tgz');
  });

  it('reports a chart the server refuses at the end', async () => {
    const evil = chart('evil-chart', {
      templates: { 'cm.yaml': 'kind: ConfigMap\nmetadata:\n  namespace: admin\n' },
    });
    const outcome = await run(
      client.upload.file(file('evil-chart-0.1.0.tgz', evil), { chunkSize: 1024 }),
    );
    expect(outcome).toMatchObject({
      kind: 'rejected',
      error: {
        serverMessage:
          'Filepond upload failed: Chart files can not contain resources under admin_namespace',
      },
    });
  });

  it("takes only kube-helm's own 500 on the last chunk for a refusal", async () => {
    sim.server.use(
      http.patch(
        `${TEST_API}/filepond-upload`,
        () => new HttpResponse('Bad Gateway', { status: 502 }),
      ),
    );
    const outcome = await run(
      client.upload.file(file('one-0.1.0.tgz', chart('one')), { restartDelaysMs: [0] }),
    );
    // Not a refusal: the outcome of each chunk is unknown, so the file starts over, a few times.
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'gave-up', error: { status: 502 } });
  });

  it('never resends a chunk: a failure mid-way starts the file over under a new id', async () => {
    let patches = 0;
    sim.server.use(
      http.patch(`${TEST_API}/filepond-upload`, () => {
        patches += 1;
        return patches === 2 ? HttpResponse.error() : undefined;
      }),
    );
    const bytes = chart('my-workflow');
    const outcome = await run(
      client.upload.file(file('my-workflow-0.1.0.tgz', bytes), {
        chunkSize: 1024,
        restartDelaysMs: [0],
      }),
    );
    expect(outcome).toMatchObject({ kind: 'stored', restarts: 1 });
    expect(patches).toBe(2 + Math.ceil(bytes.length / 1024));
    expect(sim.backend.uploadState().partial).toEqual([]);
  });

  it('refuses names with a path and empty files before sending', async () => {
    expect(await run(client.upload.file(file('../evil.tgz', chart('x'))))).toMatchObject({
      kind: 'failed',
      error: { kind: 'invalid-request' },
    });
    expect(await run(client.upload.file(file('empty.tgz', new Uint8Array())))).toMatchObject({
      kind: 'failed',
      error: { kind: 'invalid-request' },
    });
  });

  it('imports an uploaded image archive', async () => {
    await run(client.upload.file(file('images.tar', writeTar({ 'manifest.json': '[]' }))));
    expect(await run(client.importContainer('images.tar'))).toEqual({
      kind: 'imported',
      message: 'Successfully imported container images.tar',
    });
    expect(await run(client.importContainer('missing.tar'))).toMatchObject({
      kind: 'failed',
      error: {
        status: 500,
        serverMessage: 'Container import failed file missing.tar can not be found',
      },
    });
  });
});
