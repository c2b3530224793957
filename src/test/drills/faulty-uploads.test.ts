import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKubeHelmClient, DEFAULT_MAX_RESTARTS, type UploadOutcome } from '../../api';
import { afterUpload } from '../../features/uploads/outcome-text';
import type { UploadEntry } from '../../features/uploads/upload-entry';
import { faultyNetwork, type NetworkTrouble } from './faulty-network';
import { startLoopbackSim, type LoopbackSim } from '../loopback-sim';
import { caseRng, drillCount, drillSeed, printSeedOnFailure, reportDrill } from './seed';

/**
 * Drill: uploads through a network that fails, delays, drops and repeats requests at random
 * (client side, faulty-network.ts) to a kube-helm whose gateway drops, hangs and fails chunks
 * (server side, the simulator's upload faults), over real HTTP on loopback. The server hashes
 * what it stores: no file may be stored damaged while the upload says it was stored; nearly all
 * finish after the uploader's own restarts, and the rest fail with a reason people can read.
 */

const CHUNK = 16 * 1024;

let sim: LoopbackSim;
beforeAll(async () => {
  sim = await startLoopbackSim();
});
afterAll(async () => {
  await sim.close();
});

function noise(size: number, rng: { int(n: number): number }): Uint8Array<ArrayBuffer> {
  // Cheap but distinct: a counter mixed with a random byte per 4 KiB block.
  const out = new Uint8Array(size);
  let block = 0;
  for (let i = 0; i < size; i++) {
    if (i % 4096 === 0) block = rng.int(256);
    out[i] = (i * 31 + size + block) & 0xff;
  }
  return out;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const entryFor = (name: string): UploadEntry =>
  ({ kind: 'image', name, fileName: name }) as unknown as UploadEntry;

describe('drill: uploads through a faulty network', () => {
  it('never reports a damaged file stored, finishes nearly all, explains the rest', async () => {
    const seed = drillSeed(31_337);
    printSeedOnFailure('faulty uploads', seed);
    const backend = sim.reset({ scenario: 'fresh', timing: 'fast', seed });
    // The gateway's trouble on chunks; its hangs are short delays before the line drops.
    backend.setUploadFaults({ rate: 0.05, hangMs: 30 });
    const count = drillCount(120);
    const uploads: {
      name: string;
      sha: string;
      size: number;
      down: boolean;
      outcome: UploadOutcome;
    }[] = [];
    const troubles = new Map<NetworkTrouble, number>();
    for (let n = 0; n < count; n++) {
      const rng = caseRng(seed, n);
      // Every 25th upload meets a network that is down; every 10th sends its second chunk twice.
      const down = n % 25 === 24;
      const network = faultyNetwork(rng, {
        down,
        ...(n % 10 === 3 ? { at: { 3: 'sent-twice' as const } } : {}),
      });
      const client = createKubeHelmClient({
        baseUrl: sim.api,
        fetch: network.fetch,
        // A request that gets no answer is given up on after 2 s (the subject is what happens
        // then, not the length); far above what a loaded machine needs on loopback.
        timeouts: { uploadChunk: 2_000, other: 2_000 },
      });
      // One to six chunks; a third of the files a whole number of chunks (then a chunk sent twice
      // completes the file early on the server, with the wrong bytes).
      const chunks = 1 + rng.int(6);
      const size =
        rng.next() < 0.34 || n % 10 === 3 ? chunks * CHUNK : chunks * CHUNK - rng.int(CHUNK);
      const bytes = noise(Math.max(1, size), rng);
      const name = `images-${String(n)}.tar`;
      const outcome = await client.upload.file(new File([bytes], name), {
        chunkSize: CHUNK,
        restartDelaysMs: [0],
      });
      uploads.push({ name, sha: sha256(bytes), size: bytes.length, down, outcome });
      for (const [trouble, k] of network.troubles)
        troubles.set(trouble, (troubles.get(trouble) ?? 0) + k);
    }

    const server = backend.uploadState();
    const where = (name: string) => `seed ${String(seed)}, ${name}`;
    const lastCopy = (name: string) => server.received.findLast((r) => r.name === name);
    let damagedCopies = 0;
    for (const { name, sha, size, down, outcome } of uploads) {
      expect(['stored', 'failed'], where(name)).toContain(outcome.kind);
      damagedCopies += server.received.filter((r) => r.name === name && r.sha256 !== sha).length;
      if (outcome.kind === 'stored') {
        // What the platform holds under the name is byte for byte what was sent.
        expect(lastCopy(name), where(name)).toEqual({ name, size, sha256: sha });
      } else if (outcome.kind === 'failed') {
        // A clear reason: a restart could not help, or every restart met trouble.
        expect(outcome.reason, where(name)).toBe('gave-up');
        expect(outcome.restarts, where(name)).toBe(DEFAULT_MAX_RESTARTS);
        const words = afterUpload(outcome, entryFor(name));
        expect(words.stage, where(name)).toBe('failed');
        expect(words.message, where(name)).toMatch(/started over 3 times and failed each time/);
        expect(words.nextStep, where(name)).toBeTruthy();
      }
      if (down) expect(outcome.kind, where(name)).toBe('failed');
    }

    const reachable = uploads.filter((u) => !u.down);
    const stored = reachable.filter((u) => u.outcome.kind === 'stored').length;
    const restarts = uploads.reduce(
      (k, u) => k + ('restarts' in u.outcome ? u.outcome.restarts : 0),
      0,
    );
    const figures = {
      seed,
      uploads: count,
      'stored (reachable)': `${String(stored)}/${String(reachable.length)}`,
      failed: uploads.filter((u) => u.outcome.kind === 'failed').length,
      restarts,
      'gateway faults': server.faults.injected.length,
      ...Object.fromEntries(troubles),
      'damaged copies the server completed (none reported stored)': damagedCopies,
      'temporary files left on the server': server.partial.length,
    };
    reportDrill('faulty uploads', figures);
    // Nearly all finish after the restarts.
    expect(stored / reachable.length).toBeGreaterThanOrEqual(0.95);
    // The trouble really happened: restarts, the gateway's and the network's faults, and chunks
    // sent twice that made the server complete files with the wrong bytes.
    expect(restarts).toBeGreaterThan(count / 5);
    expect(server.faults.injected.length).toBeGreaterThan(count / 20);
    for (const trouble of ['lost-before', 'answer-lost', 'sent-twice', 'no-answer'] as const) {
      expect(troubles.get(trouble) ?? 0, trouble).toBeGreaterThan(0);
    }
    expect(damagedCopies).toBeGreaterThanOrEqual(Math.floor(count / 20));
  }, 300_000);
});
