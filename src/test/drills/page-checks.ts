import { screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';
import type { BadList } from './bad-lists';

/**
 * What every page must be after any answer: not blank, not the crash notice, and nothing logged
 * as an error (React logs crashes, duplicate keys and the like to the console).
 */
export function watchConsoleErrors(): () => string[] {
  let spy: MockInstance<typeof console.error> | null = null;
  beforeEach(() => {
    spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    spy?.mockRestore();
  });
  return () => (spy?.mock.calls ?? []).map((args) => args.map(String).join(' ').slice(0, 300));
}

export function expectPageStanding(where: string): void {
  expect(screen.queryByText('This page stopped working'), `${where}: crashed`).toBeNull();
  const main = screen.getByRole('main');
  expect(main.textContent.trim().length, `${where}: blank`).toBeGreaterThan(0);
}

/** The chart names a correct reader lists from a mutated body (the rows it must keep). */
export function expectedCharts(bad: BadList): Set<string> | null {
  if (bad.expect.kind !== 'list') return null;
  const leftOut = new Set(
    bad.expect.mutated.filter((m) => m.verdict === 'left-out').map((m) => m.index),
  );
  const entries = JSON.parse(bad.body) as { chart_name?: unknown }[];
  return new Set(entries.flatMap((e, i) => (leftOut.has(i) ? [] : [String(e.chart_name)])));
}

export function leftOutCount(bad: BadList): number {
  return bad.expect.kind === 'list'
    ? bad.expect.mutated.filter((m) => m.verdict === 'left-out').length
    : 0;
}
