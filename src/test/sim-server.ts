import { setupServer } from 'msw/node';
import { kubeHelmHandlers } from '../mocks/handlers';
import { SimBackend, type SimOptions } from '../mocks/sim/backend';
import { sha256Hasher } from '../mocks/node-hash';
import { ManualClock } from '../mocks/sim/clock';

/** Where tests reach the simulated kube-helm through msw/node. */
export const TEST_ORIGIN = 'http://kaapana.test';
export const TEST_API = `${TEST_ORIGIN}/kube-helm-api`;

/**
 * One msw/node server for a test file. `backend` is replaced by `reset()` (call it in
 * beforeEach); requests nobody handles fail the test.
 */
export function simServer(defaults: SimOptions = {}) {
  let backend: SimBackend | null = null;
  const current = (): SimBackend => {
    if (!backend) throw new Error('call reset() before using the simulated backend');
    return backend;
  };
  const server = setupServer(...kubeHelmHandlers(() => current()));
  return {
    server,
    get backend() {
      return current();
    },
    /** A fresh backend (on a ManualClock unless a clock is given), and no per-test handlers. */
    reset(options: SimOptions = {}) {
      server.resetHandlers();
      backend = new SimBackend({
        timing: 'fast',
        clock: new ManualClock(),
        hasher: sha256Hasher,
        ...defaults,
        ...options,
      });
      return backend;
    },
    get clock(): ManualClock {
      const { clock } = current();
      if (!(clock instanceof ManualClock)) throw new Error('this backend runs on real time');
      return clock;
    },
    listen() {
      server.listen({ onUnhandledRequest: 'error' });
    },
    close() {
      server.close();
    },
  };
}
