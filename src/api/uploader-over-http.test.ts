import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubeHelmHandlers } from '../mocks/handlers';
import { sha256Hasher } from '../mocks/node-hash';
import { handlersMiddleware } from '../mocks/node-http';
import { SimSessions } from '../mocks/sessions';
import { createKubeHelmClient } from './client';
import type { UploadOutcome } from './uploader';

/**
 * The uploader against the simulated kube-helm over real HTTP on loopback, with trouble injected
 * at random chunks (dropped connections before and after the server appended, 502s, 500s,
 * answers that never come): whatever is reported stored is byte for byte what was sent.
 */

let server: Server;
let origin = '';

beforeAll(async () => {
  const sessions = new SimSessions({ scenario: 'fresh', timing: 'fast', hasher: sha256Hasher });
  const middleware = handlersMiddleware(
    [...sessions.controlHandlers(), ...kubeHelmHandlers(sessions.forRequest)],
    ['/kube-helm-api', '/__sim'],
  );
  server = createServer((req, res) => {
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});
afterAll(() => {
  server.close();
});

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

async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${origin}/__sim${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
  return response.json();
}

interface UploadState {
  received: { name: string; size: number; sha256: string | null }[];
  partial: { id: string; size: number }[];
  faults: { injected: { patch: number; fault: string }[] };
}

describe('uploads over real HTTP with trouble at random chunks', () => {
  it('stores every file byte for byte, and never reports a damaged one as stored', async () => {
    await control('/reset', { scenario: 'fresh', timing: 'fast', seed: 42 });
    const client = createKubeHelmClient({
      baseUrl: `${origin}/kube-helm-api`,
      // A chunk that hangs is given up on quickly; the hang outlasts it.
      timeouts: { uploadChunk: 250 },
    });
    const expected = new Map<string, string>();
    const outcomes: UploadOutcome[] = [];
    let injected = 0;
    for (let n = 1; n <= 12; n++) {
      await control('/uploads/faults', { rate: 0.1, hangMs: 400 });
      const bytes = noise(100_000 + n * 7_919, n);
      const name = `images-${String(n)}.tar`;
      expected.set(name, createHash('sha256').update(bytes).digest('hex'));
      outcomes.push(
        await client.upload.file(new File([bytes], name), {
          chunkSize: 16 * 1024,
          maxRestarts: 12,
          restartDelaysMs: [0],
        }),
      );
      injected += ((await control('/uploads')) as UploadState).faults.injected.length;
    }
    const state = (await control('/uploads')) as UploadState;
    // Every copy the server completed is exact, including any from a transfer given up on.
    for (const received of state.received) {
      expect(received.sha256, received.name).toBe(expected.get(received.name));
    }
    for (const outcome of outcomes) {
      if (outcome.kind !== 'stored') continue;
      expect(state.received.some((r) => r.name === outcome.fileName)).toBe(true);
    }
    expect(outcomes.filter((o) => o.kind === 'stored').length).toBeGreaterThanOrEqual(10);
    expect(outcomes.every((o) => o.kind === 'stored' || o.kind === 'failed')).toBe(true);
    // The trouble really happened, and restarts dealt with it.
    expect(injected).toBeGreaterThan(5);
    expect(outcomes.reduce((n, o) => n + ('restarts' in o ? o.restarts : 0), 0)).toBeGreaterThan(3);
    // Abandoned transfers were reverted; none is left behind.
    expect(state.partial).toEqual([]);
  }, 120_000);
});
