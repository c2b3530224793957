import type { ManualClock } from '../mocks/sim/clock';

/**
 * Lets simulated time pass in small steps until the promise settles, giving real I/O (msw's
 * interceptors) a turn between steps. Returns the promise's value.
 */
export async function drive<T>(
  clock: ManualClock,
  promise: Promise<T>,
  stepMs = 50,
  maxMs = 300_000,
): Promise<T> {
  const state = { settled: false };
  const settle = () => {
    state.settled = true;
  };
  promise.then(settle, settle);
  const isSettled = () => state.settled;
  for (let elapsed = 0; !isSettled() && elapsed <= maxMs; elapsed += stepMs) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!isSettled()) await clock.advance(stepMs);
  }
  return promise;
}
