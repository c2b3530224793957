import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createKubeHelmClient, type KubeHelmClient } from '../../api';
import type { CatalogEntry } from '../../domain/upload/platform-checks';
import { realClock } from '../../mocks/sim/clock';
import { writeTar } from '../../mocks/sim/tar';
import type { NewActivity } from '../../stores/activity';
import { STORAGE_PREFIX, type KeyValueStorage } from '../../stores/persisted';
import { testChart } from '../../test/chart-archives';
import { simServer, TEST_API } from '../../test/sim-server';
import { UPLOADS_KEY, type Stage, type UploadEntry } from './upload-entry';
import { CANCELLING, UploadQueue } from './upload-queue';

const sim = simServer({ clock: realClock });
let client: KubeHelmClient;
let storage: KeyValueStorage & { data: Map<string, string> };
let log: NewActivity[];

beforeAll(() => {
  sim.listen();
});
beforeEach(() => {
  sim.reset({ scenario: 'fresh', timing: 'fast' });
  client = createKubeHelmClient({ baseUrl: TEST_API });
  const data = new Map<string, string>();
  storage = {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
  log = [];
});
afterAll(() => {
  sim.close();
});

function queue(catalog: readonly CatalogEntry[] | null = []) {
  return new UploadQueue({
    client,
    storage,
    catalog: () => Promise.resolve(catalog),
    record: (entry) => log.push(entry),
    uploadOptions: { chunkSize: 1024, restartDelaysMs: [0] },
  });
}

const chartFile = (name: string, spec: Parameters<typeof testChart>[0] = {}) =>
  new File([testChart({ name: 'hello-app', ...spec })], name);

/** Waits until the entry reaches one of the stages (the queue works in the background). */
async function until(q: UploadQueue, id: string, stages: Stage[]): Promise<UploadEntry> {
  for (let i = 0; i < 400; i++) {
    const entry = q.get(id);
    if (entry && stages.includes(entry.stage)) return entry;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${id} stayed ${q.get(id)?.stage ?? 'missing'}`);
}

const only = (q: UploadQueue) => {
  const [entry] = q.entries.get();
  if (!entry) throw new Error('no entry');
  return entry.id;
};

describe('the upload queue', () => {
  it('checks a chart, uploads it, and finds it in the catalog', async () => {
    const q = queue();
    q.add([chartFile('hello-app-0.1.0.tgz')]);
    const id = only(q);
    const waiting = await until(q, id, ['waiting-catalog']);
    expect(waiting).toMatchObject({
      kind: 'chart',
      uploadName: 'hello-app-0.1.0.tgz',
      stored: true,
    });
    expect(waiting.deadline).toBeGreaterThan(Date.now());
    expect(sim.backend.fileNames()).toContain('hello-app-0.1.0.tgz');
    // A list from before the next full rebuild does not have it yet; the next one does.
    q.catalogRead([{ chart_name: 'other', versions: ['0.1.0'] }], Date.now());
    expect(q.get(id)?.stage).toBe('waiting-catalog');
    q.catalogRead([{ chart_name: 'hello-app', versions: ['0.2.0', '0.1.0'] }], Date.now());
    expect(q.get(id)).toMatchObject({
      stage: 'available',
      message: 'hello-app 0.1.0 is in the catalog.',
    });
    expect(log).toMatchObject([
      {
        action: 'Upload chart',
        extension: 'hello-app',
        version: '0.1.0',
        outcome: 'Listed',
        severity: 'success',
      },
    ]);
  });

  it('says so when the chart does not appear in time, and what to check', async () => {
    const q = queue();
    q.add([chartFile('hello-app-0.1.0.tgz')]);
    const id = only(q);
    const waiting = await until(q, id, ['waiting-catalog']);
    q.catalogRead([], (waiting.deadline ?? 0) + 1);
    expect(q.get(id)).toMatchObject({
      stage: 'not-listed',
      nextStep: expect.stringContaining('Chart.yaml') as unknown,
    });
    expect(log[0]).toMatchObject({ outcome: 'Uploaded, not listed', severity: 'warning' });
  });

  it('stops a chart that fails a blocking check: nothing is sent', async () => {
    const q = queue();
    q.add([chartFile('hello-app-0.1.0.tgz', { chart: { description: undefined } })]);
    const entry = await until(q, only(q), ['blocked']);
    expect(entry.message).toBe('Not uploaded: Chart.yaml has no description.');
    expect(sim.backend.uploadState()).toMatchObject({ received: [], partial: [] });
    expect(log).toEqual([]);
  });

  it('uploads a wrongly named chart under its right name once the user agrees', async () => {
    const q = queue();
    q.add([chartFile('my-chart.tgz')]);
    const id = only(q);
    await until(q, id, ['needs-choice']);
    await q.choose(id, { rename: true });
    await until(q, id, ['waiting-catalog']);
    expect(sim.backend.fileNames()).toContain('hello-app-0.1.0.tgz');
    expect(sim.backend.fileNames()).not.toContain('my-chart.tgz');
  });

  it('keeps or replaces a version that is already in the catalog, as the user says', async () => {
    const rows = [{ chart_name: 'hello-app', versions: ['0.1.0'] }];
    const q = queue(rows);
    q.add([chartFile('hello-app-0.1.0.tgz')]);
    const kept = only(q);
    await until(q, kept, ['needs-choice']);
    await q.choose(kept, { existing: 'keep' });
    expect(q.get(kept)?.stage).toBe('kept');
    q.add([chartFile('hello-app-0.1.0.tgz')]);
    const replaced = only(q);
    await until(q, replaced, ['needs-choice']);
    await q.choose(replaced, { existing: 'replace' });
    await until(q, replaced, ['waiting-catalog']);
    q.catalogRead(rows, Date.now());
    expect(q.get(replaced)?.message).toContain('was replaced');
  });

  it('uploads an image archive and imports it', async () => {
    const q = queue();
    q.add([
      new File(
        [new Uint8Array(writeTar({ 'manifest.json': '[]', 'layer.tar': new Uint8Array(5000) }))],
        'images.tar',
      ),
    ]);
    const entry = await until(q, only(q), ['available', 'failed']);
    expect(entry).toMatchObject({
      stage: 'available',
      message: expect.stringContaining('Successfully imported container images.tar') as unknown,
    });
    expect(log[0]).toMatchObject({
      action: 'Upload image',
      outcome: 'Imported',
      severity: 'success',
    });
  });

  it('refuses what is not a chart or an image, and a file already on its way', async () => {
    const q = queue();
    q.add([new File(['hello'], 'notes.txt'), chartFile('a-0.1.0.tgz'), chartFile('a-0.1.0.tgz')]);
    const [first, second, third] = q.entries.get();
    expect(await until(q, first?.id ?? '', ['refused'])).toMatchObject({
      fileName: 'notes.txt',
      message:
        '"notes.txt" is a .txt file. Only charts (.tgz) and container images (.tar) can be uploaded.',
    });
    expect(third?.stage).not.toBe('refused');
    expect(second).toMatchObject({
      stage: 'refused',
      message: '"a-0.1.0.tgz" is already in the list and not finished.',
    });
  });

  it('cancels an upload under way and reverts it on the server', async () => {
    sim.backend.setUploadFaults({ at: { '3': 'hang-after' }, hangMs: 300 });
    const q = queue();
    q.add([
      new File([new Uint8Array(writeTar({ 'x.bin': new Uint8Array(20_000) }))], 'images.tar'),
    ]);
    const id = only(q);
    await until(q, id, ['uploading']);
    for (let i = 0; i < 200 && (q.progress.get().get(id)?.samples.at(-1)?.bytes ?? 0) < 2048; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    q.cancel(id);
    expect(q.get(id)).toMatchObject({ stage: 'uploading', message: CANCELLING });
    expect(q.isCancelling(id)).toBe(true);
    // What the card renders with when the entry turns cancelled: no longer "Cancelling".
    const cancellingWhenCancelled: boolean[] = [];
    q.entries.subscribe(() => {
      if (q.get(id)?.stage === 'cancelled') cancellingWhenCancelled.push(q.isCancelling(id));
    });
    q.cancel(id);
    const entry = await until(q, id, ['cancelled']);
    expect(cancellingWhenCancelled[0]).toBe(false);
    expect(q.isCancelling(id)).toBe(false);
    expect(sim.backend.uploadState().partial).toEqual([]);
    expect(entry.message).toBe('Cancelled. What had arrived was discarded on the platform.');
    expect(sim.backend.uploadState()).toMatchObject({ received: [], partial: [] });
    expect(log[0]).toMatchObject({ outcome: 'Cancelled', severity: 'info' });
  });

  it('fails clearly after the restarts, and can try again with the file it still has', async () => {
    sim.backend.setUploadFaults({ rate: 1, kinds: ['bad-gateway-before'] });
    const q = queue();
    q.add([new File([new Uint8Array(writeTar({ 'm.json': '[]' }))], 'images.tar')]);
    const id = only(q);
    const failed = await until(q, id, ['failed']);
    expect(failed.message).toBe(
      'The platform answered 502 (Bad Gateway). It was started over 3 times and failed each time.',
    );
    expect(failed.nextStep).toContain('ask an administrator');
    sim.backend.setUploadFaults({});
    q.retry(id);
    expect((await until(q, id, ['available'])).stage).toBe('available');
  });
});

describe('after a reload', () => {
  const stored = (stage: Stage, extra: Partial<UploadEntry> = {}): UploadEntry => ({
    id: `1-${stage}`,
    fileName: 'images.tar',
    size: 10,
    kind: 'image',
    stage,
    addedAt: 1,
    updatedAt: 1,
    uploadName: 'images.tar',
    report: null,
    choices: { rename: false, existing: null },
    message: null,
    nextStep: null,
    restarts: 0,
    transferId: null,
    stored: false,
    deadline: null,
    ...extra,
  });

  it('shows an upload cut off by the reload as interrupted, and clears its transfer on the server', async () => {
    const id = await client.upload.start({ name: 'images.tar', size: 10 });
    await client.upload.sendChunk({
      id,
      data: new Blob([new Uint8Array(4)]),
      offset: 0,
      total: 10,
      fileName: 'images.tar',
    });
    expect(sim.backend.uploadState().partial).toHaveLength(1);
    storage.setItem(
      STORAGE_PREFIX + UPLOADS_KEY,
      JSON.stringify([
        stored('uploading', { transferId: id }),
        stored('importing', { id: '2', stored: true }),
        stored('available', { id: '3' }),
        { id: 'broken', stage: 'whatever' },
      ]),
    );
    const q = queue();
    expect(q.entries.get().map((e) => [e.id, e.stage])).toEqual([
      ['1-uploading', 'interrupted'],
      ['2', 'interrupted'],
      ['3', 'available'],
    ]);
    expect(q.get('1-uploading')?.nextStep).toBe('Add the file again: it uploads from the start.');
    expect(q.get('2')?.nextStep).toContain('Import again');
    q.start();
    for (let i = 0; i < 100 && sim.backend.uploadState().partial.length > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(sim.backend.uploadState().partial).toEqual([]);
    q.importAgain('2');
    expect((await until(q, '2', ['available', 'failed'])).stage).toBe('failed');
  });
});
