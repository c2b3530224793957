import { createHash } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { packChart } from '../mocks/sim/chart-archive';
import { realClock } from '../mocks/sim/clock';
import type { UploadFault } from '../mocks/sim/upload-faults';
import { simServer, TEST_API } from '../test/sim-server';
import { createKubeHelmClient, type KubeHelmClient } from './client';
import { ApiError } from './errors';
import { classifyChunkFailure, type UploadOptions, type UploadSource } from './uploader';

const sim = simServer({ clock: realClock });
let log: string[] = [];
let client: KubeHelmClient;
/** How many of the next reverts are lost on the way (the connection drops). */
let dropReverts = 0;
/**
 * One chunk (by its number) spends `ms` on the wire: cancelling it meanwhile ends the request
 * in the browser, but its bytes still reach the server, as bytes already sent do.
 */
let slowChunk: { n: number; ms: number; onSend: () => void } | null = null;
let patchesSent = 0;

/** Delivers a request `ms` late, whatever its signal says; the caller hears of its abort at once. */
function deliverLate(input: string, init: RequestInit, ms: number): Promise<Response> {
  const { signal, ...rest } = init;
  const delivered = new Promise((resolve) => setTimeout(resolve, ms)).then(() =>
    fetch(input, rest),
  );
  return new Promise((resolve, reject) => {
    signal?.addEventListener(
      'abort',
      () => {
        reject(signal.reason as Error);
      },
      { once: true },
    );
    delivered.then(resolve, reject);
  });
}

beforeAll(() => {
  sim.listen();
});
beforeEach(() => {
  sim.reset({ scenario: 'fresh', timing: 'fast' });
  log = [];
  dropReverts = 0;
  slowChunk = null;
  patchesSent = 0;
  client = createKubeHelmClient({
    baseUrl: TEST_API,
    timeouts: { uploadChunk: 400 },
    // Every request as it leaves: method, transfer id, offset and length headers, body size.
    fetch: (input, init) => {
      const url = new URL(input);
      const headers = new Headers(init.headers);
      const body = init.body;
      const id = url.searchParams.get('patch') ?? (typeof body === 'string' ? body : '');
      const size = body instanceof Blob ? `${String(body.size)}b` : '';
      log.push(
        [
          init.method,
          id.slice(0, 8),
          headers.get('Upload-Offset'),
          headers.get('Upload-Length'),
          size,
        ]
          .filter(Boolean)
          .join(' '),
      );
      if (init.method === 'PATCH' && ++patchesSent === slowChunk?.n) {
        slowChunk.onSend();
        return deliverLate(input, init, slowChunk.ms);
      }
      if (init.method === 'DELETE' && dropReverts > 0) {
        dropReverts -= 1;
        return Promise.reject(new TypeError('fetch failed'));
      }
      return fetch(input, init);
    },
  });
});
afterAll(() => {
  sim.close();
});

/** Incompressible bytes, so the chart really is as large as asked. */
function noise(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const image = (size: number, seed = 7) => new File([noise(size, seed)], 'images.tar');
const fast: UploadOptions = { chunkSize: 1024, restartDelaysMs: [0] };
const faults = (at: Record<string, UploadFault>, hangMs = 0) => {
  sim.backend.setUploadFaults({ at, hangMs });
};
/** An 8000-byte upload, cancelled once `bytes` have been sent. */
const cancelledAfter = (bytes: number) => {
  const abort = new AbortController();
  return client.upload.file(image(8000), {
    ...fast,
    signal: abort.signal,
    onProgress: (p) => {
      if (p.sent >= bytes) abort.abort();
    },
  });
};
/** Chunk 2 spends `ms` on the wire; the upload is cancelled just after it left. */
const cancelWhileOnTheWire = (ms: number) => {
  const abort = new AbortController();
  slowChunk = {
    n: 2,
    ms,
    onSend: () => {
      setTimeout(() => {
        abort.abort();
      }, 20);
    },
  };
  return abort;
};
const stored = (name: string) => sim.backend.uploadState().received.find((r) => r.name === name);

describe('what a failed step means', () => {
  const error = (init: Partial<ConstructorParameters<typeof ApiError>[0]>) =>
    new ApiError({ kind: 'http', endpoint: 'PATCH /filepond-upload', status: 500, ...init });
  const mid = { lastChunk: false, transferId: 'abc' };
  const last = { lastChunk: true, transferId: 'abc' };

  it('treats a lost chunk as unknown, never as sent or failed', () => {
    expect(classifyChunkFailure(error({ kind: 'network', status: null }), mid)).toBe('unknown');
    expect(classifyChunkFailure(error({ kind: 'timeout', status: null }), last)).toBe('unknown');
    expect(classifyChunkFailure(error({ kind: 'bad-response', status: 200 }), mid)).toBe('unknown');
    for (const status of [500, 502, 503, 504, 408, 429]) {
      expect(classifyChunkFailure(error({ status }), mid)).toBe('unknown');
    }
  });

  it("takes only the server's own refusal on the last chunk as its final answer", () => {
    const refusal =
      'Filepond upload failed: Chart files can not contain resources under admin_namespace';
    expect(classifyChunkFailure(error({ serverMessage: refusal }), last)).toBe('rejected');
    expect(classifyChunkFailure(error({ serverMessage: refusal }), mid)).toBe('unknown');
    expect(classifyChunkFailure(error({ serverMessage: 'Internal Server Error' }), last)).toBe(
      'unknown',
    );
    expect(classifyChunkFailure(error({ status: 502, serverMessage: refusal }), last)).toBe(
      'unknown',
    );
    // Its lookup of a transfer id it lost is no verdict on the file.
    expect(
      classifyChunkFailure(error({ serverMessage: "Filepond upload failed: 'abc'" }), last),
    ).toBe('unknown');
  });

  it('gives up at once where starting over cannot help', () => {
    for (const status of [400, 404, 413, 422]) {
      expect(classifyChunkFailure(error({ status }), mid)).toBe('refused');
    }
    expect(classifyChunkFailure(error({ kind: 'signed-out', status: 401 }), mid)).toBe('refused');
    expect(classifyChunkFailure(error({ kind: 'forbidden', status: 403 }), mid)).toBe('refused');
  });
});

describe('uploading a file', () => {
  it('starts, then sends each chunk once, in order, with Upload-Length, slicing only as it sends', async () => {
    const file = image(2500);
    const slices: string[] = [];
    const source: UploadSource = {
      name: file.name,
      size: file.size,
      slice: (start, end) => {
        log.push(`slice ${String(start)}-${String(end)}`);
        slices.push(`${String(start)}-${String(end)}`);
        return file.slice(start, end);
      },
    };
    const progress: number[] = [];
    const outcome = await client.upload.file(source, {
      ...fast,
      onProgress: (p) => progress.push(p.sent),
    });
    expect(outcome).toEqual({
      kind: 'stored',
      fileName: 'images.tar',
      message: 'images.tar uploaded succesfully',
      restarts: 0,
    });
    const id = log[0]?.startsWith('POST') ? (log[2]?.split(' ')[1] ?? '') : '';
    expect(log).toEqual([
      'POST 2500',
      'slice 0-1024',
      `PATCH ${id} 0 2500 1024b`,
      'slice 1024-2048',
      `PATCH ${id} 1024 2500 1024b`,
      'slice 2048-2500',
      `PATCH ${id} 2048 2500 452b`,
    ]);
    expect(progress).toEqual([0, 1024, 2048]);
    expect(stored('images.tar')?.sha256).toBe(sha256(new Uint8Array(await file.arrayBuffer())));
  });

  it.each<UploadFault>([
    'drop-after',
    'bad-gateway-after',
    'drop-before',
    'bad-gateway-before',
    'error-before',
  ])(
    'never resends a chunk whose outcome is unknown (%s): the file starts over under a new id',
    async (fault) => {
      const file = image(5000, 11);
      faults({ 3: fault });
      const progress: { sent: number; restarts: number; reason: string | null }[] = [];
      const outcome = await client.upload.file(file, {
        ...fast,
        onProgress: (p) =>
          progress.push({ sent: p.sent, restarts: p.restarts, reason: p.restartReason }),
      });
      expect(outcome).toMatchObject({ kind: 'stored', restarts: 1 });
      const patches = log.filter((l) => l.startsWith('PATCH'));
      const first = patches[0]?.split(' ')[1] ?? '';
      const second = patches[3]?.split(' ')[1] ?? '';
      expect(second).not.toBe(first);
      expect(patches.map((p) => p.split(' ')[2])).toEqual([
        '0',
        '1024',
        '2048',
        '0',
        '1024',
        '2048',
        '3072',
        '4096',
      ]);
      // The old transfer is reverted before the new one starts.
      expect(log.slice(4, 6)).toEqual([`DELETE ${first}`, 'POST 5000']);
      expect(progress).toContainEqual({
        sent: 0,
        restarts: 1,
        reason: expect.any(String) as unknown,
      });
      expect(stored('images.tar')?.sha256).toBe(sha256(new Uint8Array(await file.arrayBuffer())));
      expect(sim.backend.uploadState().partial).toEqual([]);
    },
  );

  it('starts over when a chunk gets no answer in time', async () => {
    const file = image(3000, 5);
    faults({ 2: 'hang-after' }, 800);
    const outcome = await client.upload.file(file, fast);
    expect(outcome).toMatchObject({ kind: 'stored', restarts: 1 });
    expect(stored('images.tar')?.sha256).toBe(sha256(new Uint8Array(await file.arrayBuffer())));
  });

  it('gives up clearly after the bounded number of restarts, leaving nothing behind', async () => {
    sim.backend.setUploadFaults({ rate: 1, kinds: ['drop-after'] });
    const outcome = await client.upload.file(image(3000), { ...fast, maxRestarts: 2 });
    expect(outcome).toMatchObject({
      kind: 'failed',
      reason: 'gave-up',
      restarts: 2,
      error: { kind: 'network' },
    });
    expect(log.filter((l) => l.startsWith('POST'))).toHaveLength(3);
    expect(sim.backend.uploadState()).toMatchObject({ received: [], partial: [] });
  });

  it("lets the server's final answer decide: a refused chart is rejected, not retried", async () => {
    const evil = packChart({
      name: 'evil-chart',
      version: '0.1.0',
      description: 'x',
      templates: { 'cm.yaml': 'kind: ConfigMap\nmetadata:\n  namespace: admin\n' },
      padToBytes: 3000,
    });
    const outcome = await client.upload.file(
      new File([new Uint8Array(evil)], 'evil-chart-0.1.0.tgz'),
      fast,
    );
    expect(outcome).toMatchObject({
      kind: 'rejected',
      restarts: 0,
      error: {
        serverMessage:
          'Filepond upload failed: Chart files can not contain resources under admin_namespace',
      },
    });
    expect(log.filter((l) => l.startsWith('POST') || l.startsWith('DELETE'))).toEqual([
      `POST ${String(evil.length)}`,
    ]);
    // The server keeps the refused file.
    expect(sim.backend.fileNames()).toContain('evil-chart-0.1.0.tgz');
  });

  it('does not start over where that cannot help (a gateway refusing the chunk size)', async () => {
    sim.server.use(
      http.patch(
        `${TEST_API}/filepond-upload`,
        () => new HttpResponse('Request Entity Too Large', { status: 413 }),
      ),
    );
    const outcome = await client.upload.file(image(3000), fast);
    expect(outcome).toMatchObject({
      kind: 'failed',
      reason: 'refused',
      restarts: 0,
      error: { status: 413 },
    });
  });

  it('never takes an early "uploaded" for success: the server holds other bytes than were sent', async () => {
    let patches = 0;
    sim.server.use(
      http.patch(`${TEST_API}/filepond-upload`, () => {
        patches += 1;
        return patches === 2 ? new HttpResponse('images.tar uploaded succesfully') : undefined;
      }),
    );
    const file = image(4000, 3);
    const outcome = await client.upload.file(file, fast);
    expect(outcome).toMatchObject({ kind: 'stored', restarts: 1 });
    expect(stored('images.tar')?.sha256).toBe(sha256(new Uint8Array(await file.arrayBuffer())));
  });

  it('asks again when a revert is lost, so no partial file stays behind', async () => {
    const file = image(5000, 3);
    faults({ 3: 'drop-after' });
    dropReverts = 1;
    const outcome = await client.upload.file(file, fast);
    expect(outcome).toMatchObject({ kind: 'stored', restarts: 1 });
    const patches = log.filter((l) => l.startsWith('PATCH'));
    const first = patches[0]?.split(' ')[1] ?? '';
    expect(log.filter((l) => l.startsWith('DELETE'))).toEqual([
      `DELETE ${first}`,
      `DELETE ${first}`,
    ]);
    expect(stored('images.tar')?.sha256).toBe(sha256(new Uint8Array(await file.arrayBuffer())));
    expect(sim.backend.uploadState().partial).toEqual([]);
  });

  it('reverts a cancelled transfer even when the first revert is lost', async () => {
    dropReverts = 1;
    const outcome = await cancelledAfter(2048);
    expect(outcome).toMatchObject({ kind: 'cancelled', revert: { kind: 'reverted' } });
    expect(sim.backend.uploadState()).toMatchObject({ received: [], partial: [] });
  });

  it('reverts the transfer when cancelled', async () => {
    const outcome = await cancelledAfter(2048);
    expect(outcome).toMatchObject({
      kind: 'cancelled',
      sent: 2048,
      revert: { kind: 'reverted' },
      mayBeStored: false,
    });
    expect(sim.backend.uploadState()).toMatchObject({ received: [], partial: [] });
  });

  it('lets the chunk under way arrive before it reverts, so no temporary file stays behind', async () => {
    const abort = cancelWhileOnTheWire(150);
    const outcome = await client.upload.file(image(8000), { ...fast, signal: abort.signal });
    expect(outcome).toMatchObject({ kind: 'cancelled', sent: 2048, revert: { kind: 'reverted' } });
    // Nothing after the chunk under way, and its revert only after its answer.
    expect(log.map((l) => l.split(' ')[0])).toEqual(['POST', 'PATCH', 'PATCH', 'DELETE']);
    expect(sim.backend.uploadState()).toMatchObject({ received: [], partial: [] });
  });

  it('reverts again after a chunk it had to cut off, whose bytes may land late', async () => {
    const abort = cancelWhileOnTheWire(300);
    const outcome = await client.upload.file(image(8000), {
      ...fast,
      signal: abort.signal,
      cancelGraceMs: 50,
      lateChunkRevertMs: 1_500,
    });
    expect(outcome).toMatchObject({ kind: 'cancelled', sent: 1024, revert: { kind: 'reverted' } });
    expect(log.map((l) => l.split(' ')[0])).toEqual(['POST', 'PATCH', 'PATCH', 'DELETE', 'DELETE']);
    expect(sim.backend.uploadState()).toMatchObject({ received: [], partial: [] });
  });

  it('sends no further chunk once cancelled between chunks', async () => {
    const outcome = await cancelledAfter(1024);
    expect(outcome).toMatchObject({ kind: 'cancelled', sent: 1024 });
    expect(log.filter((l) => l.startsWith('PATCH'))).toHaveLength(1);
  });

  it('knows a cancel before the last chunk leaves nothing stored, whatever the revert says', async () => {
    // The first chunk never arrives: the server knows no transfer, and answers the revert as it
    // answers one of a finished upload.
    faults({ 1: 'hang-before' }, 600);
    const abort = new AbortController();
    setTimeout(() => {
      abort.abort();
    }, 150);
    const outcome = await client.upload.file(image(3000), { ...fast, signal: abort.signal });
    expect(outcome).toMatchObject({
      kind: 'cancelled',
      revert: { kind: 'already-stored' },
      mayBeStored: false,
    });
  });

  it('says a cancel while the last chunk was on its way may have come too late', async () => {
    faults({ 1: 'hang-after' }, 600);
    const abort = new AbortController();
    setTimeout(() => {
      abort.abort();
    }, 150);
    const outcome = await client.upload.file(image(800), { ...fast, signal: abort.signal });
    expect(outcome).toMatchObject({ kind: 'cancelled', mayBeStored: true });
    expect(stored('images.tar')?.size).toBe(800);
  });

  it('uploads under the name it is given, and refuses names with a path', async () => {
    const outcome = await client.upload.file(image(1500), { ...fast, uploadName: 'renamed.tar' });
    expect(outcome).toMatchObject({ kind: 'stored', fileName: 'renamed.tar' });
    expect(sim.backend.fileNames()).toContain('renamed.tar');
    expect(await client.upload.file(image(10), { uploadName: '../x.tar' })).toMatchObject({
      kind: 'failed',
      reason: 'refused',
      error: { kind: 'invalid-request' },
    });
  });
});
