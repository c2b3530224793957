import { describe, expect, it } from 'vitest';
import { extensionListSchema, type ExtensionRow } from '../contract/schemas';
import fixtureJson from '../mocks/fixtures/extensions.json';
import { STUCK_PENDING_MS, STUCK_UNINSTALL_MS, type SeenSince } from './catalog/attention';
import { deriveState, type ExtensionState } from './extension-state';
import { JudgementClock, judgementsHoldUntil } from './judgement-clock';

const rows = extensionListSchema.parse(fixtureJson);
const NOW = Date.parse('2026-11-24T10:00:00Z');
const never: SeenSince = () => undefined;
const TIMED: ExtensionState[] = ['installing', 'uninstalling', 'failed'];
const calm = rows.filter((r) => !TIMED.includes(deriveState(r).state));
const inState = (state: ExtensionState) => {
  const row = rows.find((r) => deriveState(r).state === state);
  if (!row) throw new Error(`no ${state} row in the fixture`);
  return row;
};
const seenAt =
  (row: ExtensionRow, at: number): SeenSince =>
  (name, state) =>
    name === row.releaseName && state === deriveState(row).state ? at : undefined;

describe('judgementsHoldUntil', () => {
  it('holds for ever when nothing on the list depends on time', () => {
    expect(calm.length).toBeGreaterThan(5);
    expect(judgementsHoldUntil(calm, NOW, never, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('holds until a failed release has been seen failed for a minute, then for ever', () => {
    const failed = inState('failed');
    const seen = seenAt(failed, NOW - 10_000);
    expect(judgementsHoldUntil([...calm, failed], NOW, seen, 0)).toBe(
      NOW - 10_000 + STUCK_UNINSTALL_MS,
    );
    expect(judgementsHoldUntil([...calm, failed], NOW + STUCK_UNINSTALL_MS, seen, 0)).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('holds until an uninstall becomes stuck, and not at all once it says for how long', () => {
    const leaving = inState('uninstalling');
    const seen = seenAt(leaving, NOW);
    expect(judgementsHoldUntil([leaving], NOW + 1000, seen, 0)).toBe(NOW + STUCK_UNINSTALL_MS);
    const later = NOW + STUCK_UNINSTALL_MS + 1;
    expect(judgementsHoldUntil([leaving], later, seen, 0)).toBe(later);
  });

  it('does not hold over an installation pending for minutes (it says for how long)', () => {
    const installing = inState('installing');
    const at = NOW + 10 * STUCK_PENDING_MS;
    expect(judgementsHoldUntil([...calm, installing], at, never, 0)).toBe(at);
  });

  it('does not hold while operations are pending (they settle by time)', () => {
    expect(judgementsHoldUntil(calm, NOW, never, 1)).toBe(NOW);
  });
});

describe('JudgementClock', () => {
  it('stays at the first read of an identical answer while nothing depends on time', () => {
    const clock = new JudgementClock();
    const none: readonly unknown[] = [];
    expect(clock.at(calm, NOW, never, none)).toBe(NOW);
    expect(clock.at(calm, NOW + 15_000, never, none)).toBe(NOW);
    expect(clock.at(calm, NOW + 3_600_000, never, none)).toBe(NOW);
  });

  it('moves with a new answer, new observations or new pending operations', () => {
    const clock = new JudgementClock();
    const none: readonly unknown[] = [];
    clock.at(calm, NOW, never, none);
    const copy = [...calm];
    expect(clock.at(copy, NOW + 1000, never, none)).toBe(NOW + 1000);
    expect(clock.at(copy, NOW + 2000, never, none)).toBe(NOW + 1000);
    const seen: SeenSince = () => undefined;
    expect(clock.at(copy, NOW + 3000, seen, none)).toBe(NOW + 3000);
    expect(clock.at(copy, NOW + 4000, seen, [{}])).toBe(NOW + 4000);
  });

  it('moves when a judgement may flip: a failed release offers force after a minute', () => {
    const clock = new JudgementClock();
    const failed = inState('failed');
    const list = [...calm, failed];
    const seen = seenAt(failed, NOW);
    const none: readonly unknown[] = [];
    expect(clock.at(list, NOW, seen, none)).toBe(NOW);
    expect(clock.at(list, NOW + STUCK_UNINSTALL_MS - 1, seen, none)).toBe(NOW);
    expect(clock.at(list, NOW + STUCK_UNINSTALL_MS, seen, none)).toBe(NOW + STUCK_UNINSTALL_MS);
    // Then nothing more can flip.
    expect(clock.at(list, NOW + 10 * STUCK_UNINSTALL_MS, seen, none)).toBe(
      NOW + STUCK_UNINSTALL_MS,
    );
  });
});
