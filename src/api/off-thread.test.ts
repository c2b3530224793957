import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackSim, type LoopbackSim } from '../test/loopback-sim';
import { createKubeHelmClient } from './client';
import { isApiError } from './errors';
import { prepareListRead } from './extensions';
import type { ExtensionListRead } from '../contract/extension-list';
import {
  serveTextFetches,
  textFetchThrough,
  type OffThreadReply,
  type OffThreadRequest,
  type PortLike,
} from './off-thread';
import type { FetchLike } from './request';

/**
 * The list read on another thread: both ends over a real MessageChannel (what a worker's
 * messages are), the worker's end fetching from the simulated kube-helm over real HTTP.
 */

let sim: LoopbackSim;
beforeAll(async () => {
  sim = await startLoopbackSim();
});
afterAll(async () => {
  await sim.close();
});

const open: MessagePort[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

/** A channel whose page end records every reply it gets. */
function channel() {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  const replies: OffThreadReply[] = [];
  const page: PortLike = {
    postMessage: (message) => {
      port1.postMessage(message);
    },
    onmessage: null,
  };
  port1.on('message', (data: OffThreadReply) => {
    replies.push(data);
    page.onmessage?.(new MessageEvent('message', { data }));
  });
  const worker: PortLike = {
    postMessage: (message) => {
      port2.postMessage(message);
    },
    onmessage: null,
  };
  port2.on('message', (data: unknown) => {
    worker.onmessage?.(new MessageEvent('message', { data }));
  });
  return { page, worker, replies };
}

const pageFetch: FetchLike = () => Promise.reject(new Error('the page fetched itself'));

const simFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

/** A client of a fresh simulated platform that reads the list through `listFetch`. */
function freshClient(listFetch: FetchLike, ownFetch = false) {
  sim.reset({ scenario: 'busy', timing: 'fast' });
  const fetch = ownFetch ? simFetch : pageFetch;
  return createKubeHelmClient({ baseUrl: sim.api, fetch, listFetch });
}

describe('the list read on another thread', () => {
  it('gives the rows, and for an identical answer the very same rows without sending the body back', async () => {
    const { page, worker, replies } = channel();
    const through = textFetchThrough(page, pageFetch);
    const client = freshClient(through.fetch);
    serveTextFetches(worker, simFetch);

    const first = await client.readExtensions();
    expect(first.rows.length).toBeGreaterThan(5);
    const again = await client.readExtensions();
    expect(again).toBe(first);
    expect(replies.map((r) => ('text' in r ? 'text' : 'same' in r ? 'same' : 'error'))).toEqual([
      'text',
      'same',
    ]);
  });

  it('sends a changed answer and reads it anew', async () => {
    const { page, worker, replies } = channel();
    const through = textFetchThrough(page, pageFetch);
    const client = freshClient(through.fetch, true);
    serveTextFetches(worker, simFetch);

    const first = await client.readExtensions();
    const target = first.rows.find(
      (row) => row.installed === 'no' && row.multiinstallable === 'no',
    );
    if (!target) throw new Error('the busy scenario has no chart to install');
    const installed = await client.install({
      name: target.chart_name,
      version: target.version,
      keywords: target.keywords,
    });
    expect(installed.kind).toBe('installed');
    const next = await client.readExtensions();
    expect(next).not.toBe(first);
    expect(next.rows.find((row) => row.chart_name === target.chart_name)?.installed).toBe('yes');
    expect(replies.map((r) => 'text' in r)).toEqual([true, true]);
  });

  it('reads the first answer itself, and a changed one from the rows the worker read', async () => {
    const { page, worker, replies } = channel();
    const through = textFetchThrough(page, pageFetch);
    const client = freshClient(through.fetch, true);
    serveTextFetches(worker, simFetch, prepareListRead);

    const first = await client.readExtensions();
    expect(replies[0] && 'prepared' in replies[0]).toBe(false);
    const target = first.rows.find(
      (row) => row.installed === 'no' && row.multiinstallable === 'no',
    );
    if (!target) throw new Error('the busy scenario has no chart to install');
    await client.install({
      name: target.chart_name,
      version: target.version,
      keywords: target.keywords,
    });
    const next = await client.readExtensions();
    const reply = replies[1];
    if (reply === undefined || !('prepared' in reply)) throw new Error('nothing prepared');
    // The page took the worker's rows (the very objects its message brought), not a parse of its own…
    expect(next.rows).toBe((reply.prepared as ExtensionListRead).rows);
    expect(next.rows.find((row) => row.chart_name === target.chart_name)?.installed).toBe('yes');
    // …and they are what the page reads itself.
    const own = await createKubeHelmClient({ baseUrl: sim.api, fetch: simFetch }).readExtensions();
    expect(next).toEqual(own);
    // An identical answer after it gives the very same rows.
    expect(await client.readExtensions()).toBe(next);
    expect(replies.map((r) => ('text' in r ? 'text' : 'same' in r ? 'same' : 'error'))).toEqual([
      'text',
      'text',
      'same',
    ]);
  });

  it('leaves a changed body the worker cannot read to the page, which says what is wrong', async () => {
    const { page, worker, replies } = channel();
    const through = textFetchThrough(page, pageFetch);
    const bodies = ['[]', '["bare string"]'];
    serveTextFetches(
      worker,
      () =>
        Promise.resolve(
          new Response(bodies.shift(), { headers: { 'Content-Type': 'application/json' } }),
        ),
      prepareListRead,
    );
    const client = createKubeHelmClient({
      baseUrl: sim.api,
      fetch: pageFetch,
      listFetch: through.fetch,
    });
    expect((await client.readExtensions()).rows).toEqual([]);
    const error: unknown = await client.readExtensions().catch((e: unknown) => e);
    expect(isApiError(error) && error.kind).toBe('bad-response');
    expect(String(isApiError(error) && error.serverMessage)).toContain(
      'none of the 1 entries is a row',
    );
    expect(replies).toHaveLength(2);
    expect(replies[1] && 'prepared' in replies[1]).toBe(false);
  });

  it('keeps what a gateway answer means: an HTML sign-in page is "signed out"', async () => {
    const { page, worker } = channel();
    const through = textFetchThrough(page, pageFetch);
    serveTextFetches(worker, () =>
      Promise.resolve(
        new Response('<html><title>Sign in</title></html>', {
          headers: { 'Content-Type': 'text/html' },
        }),
      ),
    );
    const client = createKubeHelmClient({
      baseUrl: sim.api,
      fetch: pageFetch,
      listFetch: through.fetch,
    });
    const error: unknown = await client.readExtensions().catch((e: unknown) => e);
    expect(isApiError(error) && error.kind).toBe('signed-out');
  });

  it('reports a failed fetch on the worker as no connection', async () => {
    const { page, worker } = channel();
    const through = textFetchThrough(page, pageFetch);
    serveTextFetches(worker, () => Promise.reject(new TypeError('fetch failed')));
    const client = createKubeHelmClient({
      baseUrl: sim.api,
      fetch: pageFetch,
      listFetch: through.fetch,
    });
    const error: unknown = await client.readExtensions().catch((e: unknown) => e);
    expect(isApiError(error) && error.kind).toBe('network');
  });

  it('aborts the request on the worker when the caller gives up, and rejects with the reason', async () => {
    const { page, worker } = channel();
    const through = textFetchThrough(page, pageFetch);
    const aborted: string[] = [];
    serveTextFetches(
      worker,
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => {
            aborted.push('worker');
            reject(new DOMException('aborted', 'AbortError'));
          });
        }),
    );
    const caller = new AbortController();
    const read = through.fetch(`${sim.api}/extensions`, { signal: caller.signal });
    caller.abort(new DOMException('left the page', 'AbortError'));
    await expect(read).rejects.toThrow('left the page');
    await expect.poll(() => aborted).toEqual(['worker']);
  });

  it('falls back to the page’s own fetch when the worker cannot work, for waiting and later reads', async () => {
    const { page } = channel(); // nobody serves the other end: the worker never started
    const own: string[] = [];
    const fallback: FetchLike = (url) => {
      own.push(url);
      return Promise.resolve(
        new Response('[]', { headers: { 'Content-Type': 'application/json' } }),
      );
    };
    const through = textFetchThrough(page, fallback);
    const waiting = through.fetch(`${sim.api}/extensions`, {});
    through.broken();
    expect(await (await waiting).text()).toBe('[]');
    await through.fetch(`${sim.api}/extensions`, {});
    expect(own).toEqual([`${sim.api}/extensions`, `${sim.api}/extensions`]);
  });

  it('reads by itself when the worker says "the same" of a body the page does not hold', async () => {
    const { page, worker } = channel();
    const asked: (number | null)[] = [];
    const head = { status: 200, ok: true, type: 'basic', contentType: 'application/json' } as const;
    // A worker that got out of step: the first answer is a body, every later one "the same as 7".
    worker.onmessage = (event) => {
      const request = event.data as OffThreadRequest;
      if ('abort' in request) return;
      asked.push(request.known);
      const reply: OffThreadReply =
        asked.length === 1
          ? { id: request.id, text: '["first"]', generation: 1, ...head }
          : { id: request.id, same: 7, ...head };
      worker.postMessage(reply);
    };
    const own: string[] = [];
    const fallback: FetchLike = (url) => {
      own.push(url);
      return Promise.resolve(new Response('["own"]'));
    };
    const through = textFetchThrough(page, fallback);
    const url = `${sim.api}/extensions`;
    expect(await (await through.fetch(url, {})).text()).toBe('["first"]');
    expect(await (await through.fetch(url, {})).text()).toBe('["own"]');
    expect(own).toEqual([url]);
    // What the page held is forgotten: it asks as a page holding nothing.
    await through.fetch(url, {});
    expect(asked).toEqual([null, 1, null]);
  });
});
