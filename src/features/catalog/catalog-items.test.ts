import { describe, expect, it } from 'vitest';
import { extensionListSchema } from '../../contract/schemas';
import { judgedByTime, type SeenSince } from '../../domain/catalog/attention';
import { groupRows } from '../../domain/catalog/entries';
import { factsOf } from '../../domain/catalog/view';
import fixtureJson from '../../mocks/fixtures/extensions.json';
import { catalogItems, LineCache, linesBeyond } from './catalog-items';

const rows = extensionListSchema.parse(fixtureJson);
const entries = [...groupRows(rows).values()];
const never: SeenSince = () => undefined;
/** A minute after the newest deploy in the fixtures: nothing has been pending for long. */
const SOON = Date.parse('2025-12-18T09:47:30Z');
const minutes = (n: number) => n * 60_000;
const linesAt = (now: number, seenSince: SeenSince, cache?: LineCache) =>
  catalogItems(
    entries.map((e) => factsOf(e, now, seenSince)),
    [],
    now,
    seenSince,
    cache,
  );

describe('catalogItems with a LineCache: lines worked out again only where they can differ', () => {
  it('says what lines worked out afresh say, moment after moment', () => {
    const cache = new LineCache();
    const seenLongAgo: SeenSince = () => SOON - minutes(30);
    for (const [now, seenSince] of [
      [SOON, never],
      [SOON + minutes(3), never],
      [SOON + minutes(3), seenLongAgo],
      [SOON + minutes(20), seenLongAgo],
      [SOON + minutes(20), never],
    ] as const) {
      expect(linesAt(now, seenSince, cache)).toEqual(linesAt(now, seenSince));
    }
  });

  it('keeps the lines of charts judged without the time when the moment moves', () => {
    const cache = new LineCache();
    // The entries' facts stay the same objects (as the catalog keeps them), the moment moves.
    const facts = entries.map((e) => factsOf(e, SOON, never));
    const before = catalogItems(facts, [], SOON, never, cache);
    const after = catalogItems(facts, [], SOON + minutes(20), never, cache);
    const byTime = (line: (typeof before)[number]) =>
      judgedByTime(
        line.type === 'instance' ? line.instance.derived.state : line.entry.derived.state,
      ) && !(line.type === 'entry' && line.entry.multi);
    expect(after.filter(byTime).length).toBeGreaterThan(0);
    after.forEach((line, i) => {
      expect(line === before[i], line.key).toBe(!byTime(line));
    });
    // wsiconv is installing: its line says so anew once it is stuck.
    const wsiconv = (lines: typeof before) =>
      lines.find((l) => l.type === 'entry' && l.entry.row.releaseName === 'wsiconv-workflow');
    expect(wsiconv(after)).not.toBe(wsiconv(before));
    expect(wsiconv(after)?.offerForce).toBe(true);
    const nnunet = (lines: typeof before) =>
      lines.find((l) => l.type === 'entry' && l.entry.row.releaseName === 'nnunet-workflow');
    expect(nnunet(after)).toBe(nnunet(before));
  });
});

describe('linesBeyond', () => {
  it('counts the lines of each kind that follow the first ones, open and closed charts alike', () => {
    const facts = entries.map((e) => factsOf(e, SOON, never));
    const multi = entries.find((e) => e.multi && e.instances.length > 1);
    if (!multi) throw new Error('fixture');
    for (const closed of [[], [multi.key]]) {
      const all = catalogItems(facts, closed, SOON, never);
      const count = (lines: typeof all, type: string) =>
        lines.filter((l) => l.type === type).length;
      expect(count(all, 'instance')).toBeGreaterThan(0);
      for (const first of [0, 3, 10, all.length]) {
        const head = catalogItems(facts.slice(0, first), closed, SOON, never);
        const rest = all.slice(head.length);
        expect(linesBeyond(facts, closed, head), `${String(first)} ${closed.join()}`).toEqual({
          entries: count(rest, 'entry'),
          instances: count(rest, 'instance'),
        });
      }
    }
  });
});
