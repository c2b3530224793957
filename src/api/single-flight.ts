/**
 * Shares one in-flight call between all callers: while it runs, new callers join it instead of
 * starting another. Each caller may abort on its own; the shared call is aborted only when every
 * caller has given up.
 */
export function singleFlight<T>(
  run: (signal: AbortSignal) => Promise<T>,
): (signal?: AbortSignal) => Promise<T> {
  let current: { promise: Promise<T>; controller: AbortController; waiters: number } | null = null;

  return (signal) => {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (!current) {
      const controller = new AbortController();
      const flight = { promise: run(controller.signal), controller, waiters: 0 };
      current = flight;
      const clear = () => {
        if (current === flight) current = null;
      };
      flight.promise.then(clear, clear);
    }
    const flight = current;
    flight.waiters += 1;
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const onAbort = () => {
        if (done) return;
        done = true;
        flight.waiters -= 1;
        if (flight.waiters === 0) {
          if (current === flight) current = null;
          flight.controller.abort(signal?.reason);
        }
        reject(signal?.reason as Error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (value) => {
          if (done) return;
          done = true;
          signal?.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          if (done) return;
          done = true;
          signal?.removeEventListener('abort', onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  };
}
