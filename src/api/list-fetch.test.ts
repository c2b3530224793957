import { describe, expect, it } from 'vitest';
import { preloadedFirst } from './list-fetch';
import type { FetchLike } from './request';

describe('the list the page preloads', () => {
  it('is read once with the page’s own fetch, which takes the preload; then the worker reads it', async () => {
    const calls: string[] = [];
    const by =
      (who: string): FetchLike =>
      (url) => {
        calls.push(`${who} ${url}`);
        return Promise.resolve(new Response('[]'));
      };
    const list = 'http://kaapana.test/kube-helm-api/extensions';
    const fetch = preloadedFirst(new Set([list]), by('page'), by('worker'));
    await fetch(list, {});
    await fetch(list, {});
    await fetch('http://kaapana.test/kube-helm-api/platforms', {});
    expect(calls).toEqual([
      `page ${list}`,
      `worker ${list}`,
      'worker http://kaapana.test/kube-helm-api/platforms',
    ]);
  });
});
