import { realClock, type Clock } from '../mocks/sim/clock';

/**
 * The simulated platform's clock for whole-app tests: its answers take their (short) real time,
 * but its own time stands still until the test moves it. What the list shows then depends only on
 * what the test did, never on how fast the machine runs the test.
 */
export class HeldClock implements Clock {
  private time: number;

  constructor(start = Date.now()) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return realClock.sleep(ms, signal);
  }

  /** Lets `ms` of the platform's time pass at once (pods start, hooks finish, lists rebuild). */
  advance(ms: number): void {
    this.time += ms;
  }
}
