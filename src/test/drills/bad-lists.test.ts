import { describe, expect, it } from 'vitest';
import { createKubeHelmClient, isApiError, type ExtensionListRead } from '../../api';
import type { ApiError } from '../../api/errors';
import { caseRng, drillCount, drillSeed, printSeedOnFailure, reportDrill } from './seed';
import { badList, type BadList } from './bad-lists';
import { baseLists, simulatedList } from './base-lists';
import { readEverything } from './read-everything';

/**
 * Drill: bad replies of `GET /extensions`, through the client and everything the app works out
 * from a list. Each mutated body knows what a correct reader makes of it: the rows it must keep,
 * the entries it must leave out (and explain), or that the whole body must be refused.
 */

/** Reads a body the way the app does (the client's own reading, over a fetch that returns it). */
async function read(body: string): Promise<ExtensionListRead | ApiError> {
  const client = createKubeHelmClient({
    baseUrl: 'http://kaapana.test/kube-helm-api',
    fetch: () => Promise.resolve(new Response(body, { status: 200 })),
  });
  try {
    return await client.readExtensions();
  } catch (error) {
    if (isApiError(error)) return error;
    throw error;
  }
}

/** Checks one outcome against what the body calls for; returns what happened, for the figures. */
function check(bad: BadList, outcome: ExtensionListRead | ApiError, where: string): string {
  if (bad.expect.kind === 'refused') {
    expect(isApiError(outcome), `${where}: refused as a whole`).toBe(true);
    if (!isApiError(outcome)) return 'wrong';
    expect(outcome.kind, where).toBe('bad-response');
    expect(outcome.serverMessage, `${where}: says what was wrong`).not.toBe('');
    return 'refused';
  }
  if (isApiError(outcome))
    throw new Error(`${where}: refused a list with rows (${outcome.message})`);
  const { rows, unreadable } = outcome;
  expect(rows.length + unreadable.length, `${where}: every entry read or explained`).toBe(
    bad.expect.entries,
  );
  const leftOut = new Set(unreadable.map((u) => u.index));
  for (const m of bad.expect.mutated) {
    expect(leftOut.has(m.index), `${where}: #${String(m.index)} ${m.mutation}`).toBe(
      m.verdict === 'left-out',
    );
  }
  const mutated = new Set(bad.expect.mutated.map((m) => m.index));
  for (const u of unreadable) {
    expect(mutated.has(u.index), `${where}: #${String(u.index)} was a good row`).toBe(true);
    expect(u.problems.length, `${where}: #${String(u.index)} says what is wrong`).toBeGreaterThan(
      0,
    );
  }
  // Every readable row's chart is on a line of the catalog; nothing the app works out crashes.
  const listed = readEverything(rows, Date.now());
  expect([...listed].sort(), `${where}: charts listed`).toEqual(
    [...new Set(rows.map((r) => r.chart_name))].sort(),
  );
  return unreadable.length > 0 ? 'rows kept, some explained' : 'every row kept';
}

describe('drill: bad replies of the extension list', () => {
  it('keeps every readable row and explains the rest, in a thousand mutated lists', async () => {
    const seed = drillSeed(20_261_203);
    printSeedOnFailure('bad lists', seed);
    const bases = await baseLists();
    const count = drillCount(1_200);
    const tally = new Map<string, number>();
    for (let n = 0; n < count; n++) {
      const rng = caseRng(seed, n);
      const bad = badList(rng.pick(bases), rng);
      const what = check(
        bad,
        await read(bad.body),
        `seed ${String(seed)} case ${String(n)} (${bad.label})`,
      );
      tally.set(what, (tally.get(what) ?? 0) + 1);
    }
    // The drill did what it says: all three kinds of answer came up many times.
    expect(tally.get('refused') ?? 0).toBeGreaterThan(count / 40);
    expect(tally.get('rows kept, some explained') ?? 0).toBeGreaterThan(count / 4);
    expect(tally.get('every row kept') ?? 0).toBeGreaterThan(count / 20);
    reportDrill('bad lists', { seed, bodies: count, ...Object.fromEntries(tally) });
  }, 120_000);

  it('reads a list of 10,000 rows with broken ones among them', async () => {
    const seed = drillSeed(10_000);
    printSeedOnFailure('bad large list', seed);
    const large = await simulatedList('large:10000');
    expect(large.length).toBeGreaterThanOrEqual(10_000);
    for (let n = 0; n < drillCount(2); n++) {
      const rng = caseRng(seed, n);
      const bad = badList(large, rng, { garbageShare: 0, mutations: 60 });
      check(bad, await read(bad.body), `seed ${String(seed)} case ${String(n)} (${bad.label})`);
    }
  }, 120_000);
});
