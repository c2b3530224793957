import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { drive } from '../test/drive';
import { simServer, TEST_API } from '../test/sim-server';
import { createKubeHelmClient, type KubeHelmClient } from './client';
import { isApiError } from './errors';

const sim = simServer();
let client: KubeHelmClient;

beforeAll(() => {
  sim.listen();
});
beforeEach(() => {
  sim.reset({ scenario: 'busy' });
  client = createKubeHelmClient({ baseUrl: TEST_API, now: () => sim.clock.now() });
});
afterAll(() => {
  sim.close();
});

const run = <T>(promise: Promise<T>) => drive(sim.clock, promise);

/** The simulator's own list, changed on its way to the client. */
function serveList(change: (rows: Record<string, unknown>[]) => Record<string, unknown>[]) {
  sim.server.use(
    http.get(`${TEST_API}/extensions`, async () => {
      const reply = await sim.backend.listExtensions();
      if ('drop' in reply) return HttpResponse.error();
      return HttpResponse.json(change(JSON.parse(reply.body) as Record<string, unknown>[]));
    }),
  );
}

const serve = (body: Parameters<typeof HttpResponse.json>[0]) => {
  sim.server.use(http.get(`${TEST_API}/extensions`, () => HttpResponse.json(body)));
};

describe('reading the catalog when some entries are broken', () => {
  it('returns the readable rows and what could not be read, from one request', async () => {
    serveList((rows) => rows.map((row, i) => (i === 2 ? { ...row, kind: 42 } : row)));
    let requests = 0;
    const count = () => (requests += 1);
    sim.server.events.on('request:start', count);
    const [read, rows] = await run(Promise.all([client.readExtensions(), client.listExtensions()]));
    sim.server.events.removeListener('request:start', count);
    expect(requests).toBe(1);
    expect(read.unreadable).toHaveLength(1);
    expect(read.unreadable[0]).toMatchObject({
      index: 2,
      problems: [expect.stringMatching(/^kind: /)],
    });
    expect(read.rows.length).toBeGreaterThan(20);
    // listExtensions keeps giving plain rows, the same ones.
    expect(rows).toBe(read.rows);
  });

  it.each([[['bare string']], [[1, 'a', null]], [[{ releaseName: 'x' }]]])(
    'refuses a 200 with entries but no readable row (%j): not an empty catalog',
    async (body) => {
      serve(body);
      const error: unknown = await run(client.readExtensions()).catch((e: unknown) => e);
      if (!isApiError(error)) throw new Error(`not an ApiError: ${String(error)}`);
      expect(error).toMatchObject({
        kind: 'bad-response',
        endpoint: 'GET /extensions',
        status: 200,
      });
      expect(error.serverMessage).toMatch(/^none of the \d entries is a row \(#0/);
      await expect(run(client.listExtensions())).rejects.toMatchObject({ kind: 'bad-response' });
    },
  );

  it('reads a genuinely empty list as an empty catalog', async () => {
    serve([]);
    expect(await run(client.readExtensions())).toEqual({ rows: [], unreadable: [] });
  });

  it('refuses what is not a list at all', async () => {
    serve({ rows: [] });
    await expect(run(client.listExtensions())).rejects.toMatchObject({ kind: 'bad-response' });
  });
});
