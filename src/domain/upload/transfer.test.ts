import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatSpeed } from './format';
import { addSample, chunkCount, chunkRanges, transferStats } from './transfer';

describe('chunk arithmetic', () => {
  it('cuts a file into ordered ranges that cover every byte once', () => {
    expect(chunkRanges(10, 4)).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
    expect(chunkRanges(8, 4)).toEqual([
      [0, 4],
      [4, 8],
    ]);
    expect(chunkRanges(3, 4)).toEqual([[0, 3]]);
    expect(chunkRanges(0, 4)).toEqual([]);
    const size = 5 * 1024 * 1024 + 17;
    const ranges = chunkRanges(size, 1024 * 1024);
    expect(ranges).toHaveLength(chunkCount(size, 1024 * 1024));
    expect(ranges).toHaveLength(6);
    ranges.forEach(([start, end], i) => {
      expect(start).toBe(i === 0 ? 0 : ranges[i - 1]?.[1]);
      expect(end).toBeGreaterThan(start);
    });
    expect(ranges.at(-1)?.[1]).toBe(size);
  });

  it('refuses sizes that are not whole numbers', () => {
    expect(() => chunkRanges(10, 0)).toThrow(RangeError);
    expect(() => chunkRanges(10, 1.5)).toThrow(RangeError);
    expect(() => chunkRanges(-1, 4)).toThrow(RangeError);
    expect(chunkCount(0, 4)).toBe(0);
  });
});

describe('transfer figures', () => {
  it('shows 100 % only when every byte is confirmed', () => {
    expect(transferStats([{ at: 0, bytes: 999 }], 1000).percent).toBe(99);
    expect(transferStats([{ at: 0, bytes: 1000 }], 1000).percent).toBe(100);
    expect(transferStats([], 1000)).toEqual({
      sent: 0,
      total: 1000,
      percent: 0,
      bytesPerSecond: null,
      secondsLeft: null,
    });
  });

  it('measures speed over the recent window and the time left at that speed', () => {
    const samples = [
      { at: 0, bytes: 0 },
      { at: 1_000, bytes: 1_000_000 },
      { at: 2_000, bytes: 2_000_000 },
    ];
    const stats = transferStats(samples, 10_000_000);
    expect(stats.bytesPerSecond).toBe(1_000_000);
    expect(stats.secondsLeft).toBe(8);
    // Only the last 5 s count: an early slow phase does not drag the speed down for ever.
    const later = [
      { at: 0, bytes: 0 },
      { at: 10_000, bytes: 1_000_000 },
      { at: 11_000, bytes: 3_000_000 },
      { at: 12_000, bytes: 5_000_000 },
    ];
    expect(transferStats(later, 10_000_000, 5_000).bytesPerSecond).toBe(2_000_000);
  });

  it('keeps only the samples the window needs', () => {
    let samples = [{ at: 0, bytes: 0 }];
    for (let t = 1_000; t <= 20_000; t += 1_000) samples = addSample(samples, { at: t, bytes: t });
    expect(samples[0]?.at).toBe(14_000);
    expect(samples.at(-1)?.at).toBe(20_000);
  });
});

describe('formatting', () => {
  it('writes sizes, speeds and durations for people', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1_500_000_000)).toBe('1.50 GB');
    expect(formatBytes(820_000_000)).toBe('820 MB');
    expect(formatSpeed(12_300_000)).toBe('12.3 MB/s');
    expect(formatDuration(4.6)).toBe('5 s');
    expect(formatDuration(200)).toBe('3 min 20 s');
    expect(formatDuration(3_900)).toBe('1 h 5 min');
  });
});
