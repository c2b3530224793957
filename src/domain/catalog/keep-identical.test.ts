import { describe, expect, it } from 'vitest';
import { extensionListSchema } from '../../contract/schemas';
import fixtureJson from '../../mocks/fixtures/extensions.json';
import { STUCK_UNINSTALL_MS, type SeenSince } from './attention';
import { groupRows } from './entries';
import { KeepIdentical, sameFacts, shallowEqual } from './keep-identical';
import { factsOf } from './view';

const rows = extensionListSchema.parse(fixtureJson);
const entries = [...groupRows(rows).values()];
const NOW = Date.parse('2026-11-24T10:00:00Z');
/** mitk-flow-workflow was first seen uninstalling 30 s before NOW. */
const seen: SeenSince = (name, state) =>
  name === 'mitk-flow-workflow' && state === 'uninstalling' ? NOW - 30_000 : undefined;
const judged = (at: number) => entries.map((e) => factsOf(e, at, seen));

describe('KeepIdentical', () => {
  it('gives the earlier list itself when nothing in the new one differs', () => {
    const keep = new KeepIdentical(sameFacts);
    const first = keep.apply(judged(NOW));
    const again = judged(NOW + 5_000);
    expect(again).not.toBe(first);
    expect(keep.apply(again)).toBe(first);
  });

  it('keeps the unchanged elements and takes the changed one when a judgement flips', () => {
    const keep = new KeepIdentical(sameFacts);
    const first = keep.apply(judged(NOW));
    // A minute later the uninstall counts as stuck: that chart needs attention now.
    const later = keep.apply(judged(NOW + STUCK_UNINSTALL_MS));
    expect(later).not.toBe(first);
    const changed = later.filter((facts, i) => facts !== first[i]);
    expect(changed.map((f) => f.entry.key)).toEqual(['mitk-flow-workflow']);
    expect(changed[0]?.attention).not.toBeNull();
    // And the next list that judges the same way is that one.
    expect(keep.apply(judged(NOW + STUCK_UNINSTALL_MS + 1_000))).toBe(later);
  });

  it('takes a list of another length as it is, keeping the elements that match', () => {
    const keep = new KeepIdentical<{ a: number }>(shallowEqual);
    const first = keep.apply([{ a: 1 }, { a: 2 }]);
    const longer = keep.apply([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect(longer).toHaveLength(3);
    expect(longer[0]).toBe(first[0]);
    expect(longer[1]).toBe(first[1]);
    const shorter = keep.apply([{ a: 1 }]);
    expect(shorter).toEqual([{ a: 1 }]);
    expect(shorter).not.toBe(longer);
    expect(shorter[0]).toBe(first[0]);
  });
});

describe('shallowEqual', () => {
  it('compares own values with Object.is, not deeper', () => {
    const inner = { x: 1 };
    expect(shallowEqual({ a: inner, b: 'b' }, { b: 'b', a: inner })).toBe(true);
    expect(shallowEqual({ a: inner }, { a: { x: 1 } })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(shallowEqual({ a: NaN }, { a: NaN })).toBe(true);
  });
});
