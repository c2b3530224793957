import { textFetchThrough } from './off-thread';
import type { FetchLike } from './request';

/**
 * A `fetch` for the `/extensions` list that receives it in a dedicated worker (`off-thread.ts`):
 * `undefined` where there are no workers (tests, old browsers); the page's own `fetch` takes over
 * if the worker cannot be loaded.
 */
export function listFetchInWorker(): FetchLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  const fallback: FetchLike = (input, init) => globalThis.fetch(input, init);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./list-worker.ts', import.meta.url), {
      type: 'module',
      name: 'kaapana-extensions-list',
    });
  } catch {
    return undefined;
  }
  const through = textFetchThrough(worker, fallback);
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    through.broken();
    worker.terminate();
  });
  return through.fetch;
}
