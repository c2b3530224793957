import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { HeldClock } from './held-clock';
import { simServer, TEST_API } from './sim-server';

/**
 * A whole-app test file against the simulated kube-helm (busy scenario, fast timing), in a window
 * tall enough for every row of the virtualized table (jsdom has no layout). The platform's time
 * stands still unless a test lets it pass (`sim.elapse`), so the list shows exactly what the
 * test did, however busy the machine is.
 */
export function appSimulator() {
  const sim = simServer();
  let clock = new HeldClock();
  beforeAll(() => {
    sim.listen();
    Object.defineProperty(window, 'innerHeight', { value: 5000, configurable: true });
  });
  const reset = sim.reset.bind(sim);
  beforeEach(() => {
    clock = new HeldClock();
    reset({ scenario: 'busy', clock });
  });
  afterAll(() => {
    sim.close();
  });
  return Object.assign(sim, {
    /** Another scenario (or options) for this test, on a held clock. */
    reset(options: Parameters<typeof reset>[0] = {}) {
      clock = new HeldClock();
      return reset({ clock, ...options });
    },
    /** Lets time pass on the simulated platform. */
    elapse(ms: number) {
      clock.advance(ms);
    },
  });
}

/**
 * The catalog row whose first cell mentions `name`, once the table shows it (the list follows a
 * search or a facet a frame after the controls, so a row the view has just let in comes later).
 */
export async function rowOf(name: string): Promise<HTMLElement> {
  const table = await screen.findByRole('table', { name: 'Extensions' });
  return waitFor(() => {
    const row = within(table)
      .getAllByRole('row')
      .find((r) => within(r).queryAllByRole('cell')[0]?.textContent.includes(name));
    if (!row) throw new Error(`no row for ${name}`);
    return row;
  });
}

/** Presses "Refresh now" as a user would, and waits until the read it asked for has ended. */
export async function refreshNow(user: UserEvent): Promise<void> {
  const button = screen.getByRole('button', { name: 'Refresh now' });
  await user.click(button);
  await waitFor(() => {
    expect(button).toHaveAttribute('aria-busy', 'false');
  });
}

/** Presses "Refresh now" until `check` holds after a read (a bounded number of times). */
export async function refreshUntil(user: UserEvent, check: () => void, times = 40): Promise<void> {
  for (let press = 1; ; press++) {
    await refreshNow(user);
    try {
      check();
      return;
    } catch (error) {
      if (press >= times) throw error;
    }
  }
}

/** Every list read fails as a dropped connection until `up()`; `reads()` counts them. */
export function listReadsDown(sim: ReturnType<typeof simServer>) {
  let down = true;
  let reads = 0;
  sim.server.use(
    http.get(`${TEST_API}/extensions`, () => {
      reads += 1;
      return down ? HttpResponse.error() : undefined;
    }),
  );
  return {
    up: () => {
      down = false;
    },
    reads: () => reads,
  };
}

/**
 * The error alert titled `title`, which must show while the app still tries again by itself
 * (with the app's query client: four reads in all), not only after the last try.
 */
export async function alertWhileRetrying(title: string, reads: () => number): Promise<HTMLElement> {
  const heading = await screen.findByText(title, undefined, { timeout: 20_000 });
  expect(reads()).toBeLessThan(4);
  const box = heading.closest<HTMLElement>('[role="alert"]');
  if (!box) throw new Error(`no alert around “${title}”`);
  expect(within(box).getByRole('button', { name: 'Trying again…' })).toBeDisabled();
  return box;
}
