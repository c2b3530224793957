import { describe, expect, it } from 'vitest';
import { packChart } from './chart-archive';
import { writeTar } from './tar';
import { testBackend } from './test-helpers';

const chart = (over: Parameters<typeof packChart>[0] extends infer S ? Partial<S> : never = {}) =>
  packChart({
    name: 'upload-test-chart',
    version: '0.1.0',
    description: 'A chart uploaded in a test',
    keywords: ['kaapanaapplication'],
    templates: { 'deployment.yaml': 'kind: Deployment\nmetadata:\n  namespace: services\n' },
    ...over,
  });

function form(filepath: string): FormData {
  const f = new FormData();
  f.append('filepond', JSON.stringify({ filepath }));
  return f;
}

async function upload(
  sim: ReturnType<typeof testBackend>,
  name: string,
  bytes: Uint8Array,
  chunks: Uint8Array[] = [bytes],
) {
  const id = (await sim.answer(sim.backend.uploadInit(form(name)))).body;
  let last = null;
  for (const part of chunks)
    last = await sim.answer(sim.backend.uploadPatch(id, String(bytes.length), part));
  return { id, last };
}

describe('FilePond uploads', () => {
  it('stores a chart after its last chunk; it joins the catalog at the next full rebuild', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    await sim.rows();
    const bytes = chart();
    const half = Math.floor(bytes.length / 2);
    const { id, last } = await upload(sim, 'upload-test-chart-0.1.0.tgz', bytes, [
      bytes.subarray(0, half),
      bytes.subarray(half),
    ]);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(last?.body).toBe('upload-test-chart-0.1.0.tgz uploaded succesfully');
    expect(await sim.row('upload-test-chart')).toBeUndefined();
    await sim.rebuildNext();
    expect((await sim.row('upload-test-chart'))?.description).toBe('A chart uploaded in a test');
  });

  it('answers the id for every chunk but the last, and appends whatever the offset', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const bytes = chart();
    const id = (await sim.answer(sim.backend.uploadInit(form('upload-test-chart-0.1.0.tgz')))).body;
    const first = bytes.subarray(0, 100);
    expect((await sim.answer(sim.backend.uploadPatch(id, String(bytes.length), first))).body).toBe(
      id,
    );
    // A retried first chunk is appended again: the upload can never complete correctly.
    expect((await sim.answer(sim.backend.uploadPatch(id, String(bytes.length), first))).body).toBe(
      id,
    );
    const rest = await sim.answer(
      sim.backend.uploadPatch(id, String(bytes.length), bytes.subarray(100)),
    );
    expect(rest.body).toBe(id);
    expect(sim.backend.fileNames()).not.toContain('upload-test-chart-0.1.0.tgz');
  });

  it('refuses a chart with resources in the admin namespace, but keeps the file', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const bytes = chart({
      name: 'evil-chart',
      templates: { 'cm.yaml': 'kind: ConfigMap\nmetadata:\n  namespace: admin\n' },
    });
    const { last } = await upload(sim, 'evil-chart-0.1.0.tgz', bytes);
    expect(last).toEqual({
      status: 500,
      body: 'Filepond upload failed: Chart files can not contain resources under admin_namespace',
      contentType: null,
    });
    await sim.rebuildNext();
    expect(await sim.row('evil-chart')).toBeDefined();
  });

  it('breaks /extensions with a chart without description until the file is removed', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    await upload(
      sim,
      'nodesc-chart-0.1.0.tgz',
      chart({ name: 'nodesc-chart', description: undefined }),
    );
    await sim.rebuildNext();
    const broken = await sim.answer(sim.backend.listExtensions());
    expect(broken).toEqual({
      status: 500,
      body: '{"detail":"Failed to get extensions"}',
      contentType: 'application/json',
    });
    expect((await sim.answer(sim.backend.listExtensions())).status).toBe(500);
    sim.backend.deleteFile('nodesc-chart-0.1.0.tgz');
    expect((await sim.answer(sim.backend.listExtensions())).status).toBe(200);
  });

  it('fails once for a chart without a global section, then leaves it out silently', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    await upload(
      sim,
      'noglobal-chart-0.1.0.tgz',
      chart({ name: 'noglobal-chart', omitGlobal: true }),
    );
    await sim.rebuildNext();
    expect((await sim.answer(sim.backend.listExtensions())).status).toBe(500);
    expect(await sim.row('noglobal-chart')).toBeUndefined();
  });

  it('reverts a partial upload, but never a finished one', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const bytes = chart();
    const partial = (await sim.answer(sim.backend.uploadInit(form('upload-test-chart-0.1.0.tgz'))))
      .body;
    await sim.answer(sim.backend.uploadPatch(partial, String(bytes.length), bytes.subarray(0, 10)));
    expect((await sim.answer(sim.backend.uploadRevert(partial))).body).toBe(
      'Deleted upload-test-chart-0.1.0.tgz succesfully.',
    );
    const { id } = await upload(sim, 'upload-test-chart-0.1.0.tgz', bytes);
    expect((await sim.answer(sim.backend.uploadRevert(id))).body).toMatch(
      /^Only removing the file in frontend/,
    );
    expect(sim.backend.fileNames()).toContain('upload-test-chart-0.1.0.tgz');
  });

  it('answers HEAD without any usable offset', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    const id = (await sim.answer(sim.backend.uploadInit(form('x.tgz')))).body;
    await sim.answer(sim.backend.uploadPatch(id, '1000', new Uint8Array(10)));
    expect((await sim.answer(sim.backend.uploadHead(id, '1000'))).status).toBe(200);
    expect((await sim.answer(sim.backend.uploadHead(id, null))).status).toBe(500);
  });

  it('imports an uploaded image archive, and refuses what is not a tar', async () => {
    const sim = testBackend({ scenario: 'fresh' });
    await upload(sim, 'my-image.tar', writeTar({ 'manifest.json': '[]' }));
    expect((await sim.answer(sim.backend.importContainer('my-image.tar'))).body).toBe(
      'Successfully imported container my-image.tar',
    );
    await upload(sim, 'junk.tar', new Uint8Array(600));
    const junk = await sim.answer(sim.backend.importContainer('junk.tar'));
    expect(junk.status).toBe(500);
    expect(junk.body).toMatch(/^Container import failed Failed to import container junk.tar/);
  });
});
