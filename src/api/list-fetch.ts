import { textFetchThrough } from './off-thread';
import type { FetchLike } from './request';

/**
 * Each URL in `preloaded` is read once with `page` (the page's own `fetch`, which Chromium answers
 * from the page's `<link rel="preload">` of it, asked for while the app's code was still loading);
 * everything else with `other`.
 */
export function preloadedFirst(
  preloaded: ReadonlySet<string>,
  page: FetchLike,
  other: FetchLike,
): FetchLike {
  const waiting = new Set(preloaded);
  return (url, init) => (waiting.delete(url) ? page(url, init) : other(url, init));
}

/** The absolute URLs the page's HTML preloads with `fetch`'s manner (`as="fetch"`). */
function fetchPreloads(): Set<string> {
  if (typeof document === 'undefined') return new Set();
  const links = document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]');
  return new Set(Array.from(links, (link) => link.href));
}

/**
 * A `fetch` for the `/extensions` list that receives it in a dedicated worker (`off-thread.ts`):
 * `undefined` where there are no workers (tests, old browsers); the page's own `fetch` takes over
 * if the worker cannot be loaded. A list the page's HTML preloads is taken from there first.
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
  return preloadedFirst(fetchPreloads(), fallback, through.fetch);
}
