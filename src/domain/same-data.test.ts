import { describe, expect, it } from 'vitest';
import { sameData } from './same-data';

describe('sameData', () => {
  it('compares primitives, arrays and plain objects by what they hold', () => {
    const shared = { big: [1, 2, 3] };
    expect(
      sameData({ a: 1, b: [1, { c: 'x' }], shared }, { a: 1, b: [1, { c: 'x' }], shared }),
    ).toBe(true);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
    expect(sameData({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData('for 3 minutes', 'for 4 minutes')).toBe(false);
  });
});
