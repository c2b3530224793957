import { describe, expect, it } from 'vitest';
import { freshnessOf, nextFreshnessChange, NO_READ, type ReadHistory } from './freshness';

const T = 1_750_000_000_000;
const read = (extra: Partial<ReadHistory> = {}): ReadHistory => ({
  ...NO_READ,
  readAt: T,
  ...extra,
});

describe('freshnessOf', () => {
  it('is unread before the first answer, with the failure if the first read failed', () => {
    expect(freshnessOf(NO_READ, T)).toEqual({ kind: 'unread', failure: null });
    const error = new Error('down');
    expect(freshnessOf({ ...NO_READ, failedAt: T, error }, T + 1)).toEqual({
      kind: 'unread',
      failure: { at: T, error },
    });
  });

  it('is fresh after a read, also while the next read is under way for a while', () => {
    expect(freshnessOf(read(), T + 600_000)).toEqual({ kind: 'fresh', readAt: T });
    expect(freshnessOf(read({ waitingSince: T + 15_000 }), T + 39_999, 25_000)).toEqual({
      kind: 'fresh',
      readAt: T,
    });
  });

  it('is stale as soon as a read after the data failed, whatever is under way now', () => {
    const error = new Error('500');
    const history = read({ failedAt: T + 20_000, error, waitingSince: T + 21_000 });
    expect(freshnessOf(history, T + 21_000)).toEqual({
      kind: 'stale',
      readAt: T,
      why: 'failed',
      since: T + 20_000,
      error,
    });
  });

  it('forgets a failure older than the data shown', () => {
    expect(freshnessOf(read({ failedAt: T - 1, error: 'old' }), T + 5)).toEqual({
      kind: 'fresh',
      readAt: T,
    });
  });

  it('is stale when a read has had no answer for the patience', () => {
    expect(freshnessOf(read({ waitingSince: T + 15_000 }), T + 40_000, 25_000)).toEqual({
      kind: 'stale',
      readAt: T,
      why: 'no-answer',
      since: T + 15_000,
    });
  });
});

describe('nextFreshnessChange', () => {
  it('is when a waiting read runs out of patience', () => {
    expect(nextFreshnessChange(read({ waitingSince: T + 10 }), T + 20, 25_000)).toBe(T + 25_010);
  });

  it('is never when nothing waits, nothing was read, a failure decides, or patience ran out', () => {
    expect(nextFreshnessChange(read(), T, 25_000)).toBeNull();
    expect(nextFreshnessChange({ ...NO_READ, waitingSince: T }, T, 25_000)).toBeNull();
    expect(
      nextFreshnessChange(read({ failedAt: T + 1, waitingSince: T + 2 }), T + 3, 25_000),
    ).toBeNull();
    expect(nextFreshnessChange(read({ waitingSince: T }), T + 25_000, 25_000)).toBeNull();
  });
});
