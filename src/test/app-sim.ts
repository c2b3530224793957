import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { realClock } from '../mocks/sim/clock';
import { simServer } from './sim-server';

/**
 * A whole-app test file against the simulated kube-helm (busy scenario, fast timing, real time),
 * in a window tall enough for every row of the virtualized table (jsdom has no layout).
 */
export function appSimulator() {
  const sim = simServer({ clock: realClock });
  beforeAll(() => {
    sim.listen();
    Object.defineProperty(window, 'innerHeight', { value: 5000, configurable: true });
  });
  beforeEach(() => {
    sim.reset({ scenario: 'busy' });
  });
  afterAll(() => {
    sim.close();
  });
  return sim;
}

/** The catalog row whose first cell mentions `name` (once the table has rows). */
export async function rowOf(name: string): Promise<HTMLElement> {
  const table = await screen.findByRole('table', { name: 'Extensions' });
  await waitFor(() => {
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
  });
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryAllByRole('cell')[0]?.textContent.includes(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}
