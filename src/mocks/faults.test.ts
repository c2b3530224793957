import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createKubeHelmClient, isApiError } from '../api';
import { drive } from '../test/drive';
import { simServer, TEST_API } from '../test/sim-server';
import { realClock } from './sim/clock';

const sim = simServer();
beforeAll(() => {
  sim.listen();
});
beforeEach(() => {
  sim.reset({ scenario: 'flaky', seed: 7 });
});
afterAll(() => {
  sim.close();
});

describe('the flaky scenario', () => {
  it('fails about a quarter of the requests in every way a network can', async () => {
    // Real time: a hanging request must run into the client's own time limit.
    sim.reset({ scenario: 'flaky', seed: 7, clock: realClock });
    const client = createKubeHelmClient({ baseUrl: TEST_API, timeouts: { other: 300 } });
    const seen = new Map<string, number>();
    for (let i = 0; i < 120; i++) {
      try {
        await client.healthCheck();
        seen.set('ok', (seen.get('ok') ?? 0) + 1);
      } catch (error) {
        const key = isApiError(error)
          ? `${error.kind}${error.status ? ` ${String(error.status)}` : ''}`
          : String(error);
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
    expect([...seen.keys()].sort()).toEqual(['http 500', 'http 502', 'network', 'ok', 'timeout']);
    expect(seen.get('ok')).toBeGreaterThan(70);
    expect(seen.get('ok')).toBeLessThan(110);
  }, 60_000);

  it('sometimes loses the answer of an install that did happen', async () => {
    const client = createKubeHelmClient({ baseUrl: TEST_API, timeouts: { install: 10_000 } });
    const lost: string[] = [];
    for (const name of [
      'total-segmentator-v2-workflow',
      'classification-training-workflow',
      'slim-chart',
      'edk',
      'otsus-method-workflow',
      'hello-world-chart',
      'total-segmentator-workflow',
    ]) {
      const row = {
        name,
        version:
          name === 'otsus-method-workflow'
            ? '0.0.0'
            : name === 'hello-world-chart'
              ? '0.1.0'
              : '0.6.0',
        keywords: ['kaapanaworkflow'],
      };
      const outcome = await drive(sim.clock, client.install(row), 2_000);
      if (
        outcome.kind === 'outcome-unknown' &&
        outcome.reason === 'no-answer' &&
        outcome.error.kind === 'network'
      ) {
        lost.push(name);
      }
    }
    expect(lost.length).toBeGreaterThan(0);
    for (const name of lost) expect(sim.backend.world.releases.has(name)).toBe(true);
  }, 60_000);
});
