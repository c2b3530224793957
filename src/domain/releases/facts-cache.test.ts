import { describe, expect, it } from 'vitest';
import { extensionListSchema, type ExtensionRow } from '../../contract/schemas';
import fixtureJson from '../../mocks/fixtures/extensions.json';
import { extensionListCaptures } from '../../test/captures';
import type { SeenSince } from '../catalog/attention';
import { ReleaseFactsCache } from './facts-cache';
import { releaseFacts, releasesOf } from './releases';

const rows = extensionListSchema.parse(fixtureJson);
const never: SeenSince = () => undefined;
/** A minute after the newest deploy in the fixtures: nothing has been pending for long. */
const SOON = Date.parse('2025-12-18T09:47:30Z');
const minutes = (n: number) => n * 60_000;
const uncached = (list: readonly ExtensionRow[], now: number, seenSince: SeenSince) =>
  releasesOf(list).map((r) => releaseFacts(r, now, seenSince));
const byName = <T extends { releaseName: string }>(facts: readonly T[], name: string) =>
  facts.find((f) => f.releaseName === name);

describe('ReleaseFactsCache: facts worked out again only where they can differ', () => {
  it('says what the facts worked out afresh say, for every list and moment', () => {
    const lists = [
      rows,
      ...extensionListCaptures().map((c) => extensionListSchema.parse(JSON.parse(c.body))),
    ];
    const seenLongAgo: SeenSince = () => SOON - minutes(30);
    for (const list of lists) {
      const cache = new ReleaseFactsCache();
      // The same list judged later and later, seen since long ago, then not seen at all.
      for (const [now, seenSince] of [
        [SOON, never],
        [SOON + minutes(2), never],
        [SOON + minutes(2), seenLongAgo],
        [SOON + minutes(7), seenLongAgo],
        [SOON + minutes(90), seenLongAgo],
        [SOON + minutes(90), never],
      ] as const) {
        expect(cache.factsOf(list, now, seenSince)).toEqual(uncached(list, now, seenSince));
      }
    }
  });

  it('gives the very same list when the moment moves and nothing on it is judged by time', () => {
    const calm = rows.filter((row) =>
      releasesOf([row]).every(
        (r) => !['installing', 'uninstalling', 'failed'].includes(r.derived.state),
      ),
    );
    const cache = new ReleaseFactsCache();
    const first = cache.factsOf(calm, SOON, never);
    expect(first.length).toBeGreaterThan(3);
    expect(cache.factsOf(calm, SOON + minutes(60), () => SOON)).toBe(first);
  });

  it('works out again only the releases judged by time when the moment moves', () => {
    const cache = new ReleaseFactsCache();
    const before = cache.factsOf(rows, SOON, never);
    const after = cache.factsOf(rows, SOON + minutes(20), never);
    expect(after).not.toBe(before);
    // wsiconv has been installing for over five minutes by then: stuck, said anew.
    expect(byName(before, 'wsiconv-workflow')?.stuck).toBe(false);
    expect(byName(after, 'wsiconv-workflow')?.stuck).toBe(true);
    const redone = after.filter((facts, i) => facts !== before[i]);
    expect(redone.map((f) => f.releaseName)).toContain('wsiconv-workflow');
    for (const facts of redone) {
      expect(['installing', 'uninstalling', 'failed']).toContain(facts.derived.state);
    }
    expect(byName(after, 'nnunet-workflow')).toBe(byName(before, 'nnunet-workflow'));
  });

  it('keeps the very same list when the releases judged by time say the same a moment later', () => {
    const cache = new ReleaseFactsCache();
    const before = cache.factsOf(rows, SOON, never);
    expect(cache.factsOf(rows, SOON + 1000, never)).toBe(before);
    expect(cache.factsOf(rows, SOON + 2000, never)).toBe(before);
  });

  it('works out again a release whose row was read anew, and keeps the others', () => {
    const cache = new ReleaseFactsCache();
    const before = cache.factsOf(rows, SOON, never);
    const next = rows.map((row) =>
      row.releaseName === 'nnunet-workflow' ? structuredClone(row) : row,
    );
    const after = cache.factsOf(next, SOON, never);
    expect(byName(after, 'nnunet-workflow')).not.toBe(byName(before, 'nnunet-workflow'));
    expect(byName(after, 'nnunet-workflow')).toEqual(byName(before, 'nnunet-workflow'));
    expect(byName(after, 'collabora-chart')).toBe(byName(before, 'collabora-chart'));
  });
});
