import type { FetchedResponse, FetchLike } from './request';

/**
 * Fetching a text body on another thread (a dedicated worker), so that receiving a big reply —
 * the 10,000-row `/extensions` list is 8–13 MB — costs the page's main thread nothing, and an
 * answer identical to the last one costs it a message of a few bytes: the worker compares the
 * new body with the last body it passed on, and when they are equal the page gets back the very
 * string it already holds (so the list reader recognises it by reference, without parsing).
 *
 * When the page already holds a body, the worker can also do what the page would do with a
 * changed one next (`prepare`: the list's rows parsed and validated) and send the result with it,
 * so a poll that brings news costs the page a structured clone instead of that work; the page
 * gets it as the response's `prepared`.
 *
 * Both ends talk over anything with `postMessage` and `onmessage` (a `Worker` and the worker's
 * global scope in the browser, a `MessageChannel`'s ports in tests).
 */
export interface PortLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** What the page asks for. `known` is the generation of the body the page holds for the URL. */
export type OffThreadRequest =
  | {
      id: number;
      url: string;
      method: string;
      headers: [string, string][];
      credentials: RequestCredentials;
      redirect: RequestRedirect;
      known: number | null;
    }
  | { id: number; abort: true };

export interface ResponseHead {
  status: number;
  ok: boolean;
  type: ResponseType;
  contentType: string | null;
}

/** What the worker answers: the body, or that it is the body of generation `same`, or an error. */
export type OffThreadReply =
  | ({ id: number; text: string; generation: number; prepared?: unknown } & ResponseHead)
  | ({ id: number; same: number } & ResponseHead)
  | { id: number; error: { name: string; message: string } };

/**
 * What the page would make of a changed body, made on the worker: `undefined` when it cannot (the
 * body is not what was expected: the page then reads the text itself and says what is wrong).
 * Its result must survive a structured clone.
 */
export type Prepare = (text: string, head: ResponseHead) => unknown;

function prepareQuietly(prepare: Prepare, text: string, head: ResponseHead): unknown {
  try {
    return prepare(text, head);
  } catch {
    // The page reads the text itself, and explains what is wrong with it.
    return undefined;
  }
}

/**
 * The worker's end: fetches what it is asked for with `fetch`, remembering each URL's last body,
 * and sends a changed body with what `prepare` made of it.
 */
export function serveTextFetches(port: PortLike, fetch: FetchLike, prepare?: Prepare): void {
  const last = new Map<string, { generation: number; text: string }>();
  const running = new Map<number, AbortController>();
  let generations = 0;

  const handle = async (request: Extract<OffThreadRequest, { url: string }>): Promise<void> => {
    const controller = new AbortController();
    running.set(request.id, controller);
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        credentials: request.credentials,
        redirect: request.redirect,
        signal: controller.signal,
      });
      const text = request.method === 'HEAD' ? '' : await response.text();
      const head: ResponseHead = {
        status: response.status,
        ok: response.ok,
        type: response.type,
        contentType: response.headers.get('Content-Type'),
      };
      const before = last.get(request.url);
      if (before?.generation === request.known && before.text === text) {
        port.postMessage({
          id: request.id,
          same: before.generation,
          ...head,
        } satisfies OffThreadReply);
        return;
      }
      generations += 1;
      last.set(request.url, { generation: generations, text });
      // Only for a page that holds a body: its first read is the page's own, which is sooner (the
      // answer comes whole, so there is no waiting time to read it in, and the rows' structured
      // clone costs the page more than half of what parsing them does).
      const prepared =
        prepare === undefined || request.known === null
          ? undefined
          : prepareQuietly(prepare, text, head);
      port.postMessage({
        id: request.id,
        text,
        generation: generations,
        ...(prepared === undefined ? {} : { prepared }),
        ...head,
      } satisfies OffThreadReply);
    } catch (error) {
      const { name, message } =
        error instanceof Error ? error : { name: 'TypeError', message: String(error) };
      port.postMessage({ id: request.id, error: { name, message } } satisfies OffThreadReply);
    } finally {
      running.delete(request.id);
    }
  };

  port.onmessage = (event) => {
    const request = event.data as OffThreadRequest;
    if ('abort' in request) running.get(request.id)?.abort();
    else void handle(request);
  };
}

interface Pending {
  url: string;
  resolve: (response: FetchedResponse) => void;
  reject: (error: unknown) => void;
  retry: () => void;
}

/**
 * The page's end: a `fetch` for text bodies whose requests run on the other end of `port`.
 * Requests carry no body (reads only). When the other end cannot work (`broken()`: the worker
 * failed to load), every request — waiting or new — goes to `fallback` instead.
 */
export function textFetchThrough(
  port: PortLike,
  fallback: FetchLike,
): { fetch: FetchLike; broken: () => void } {
  const bodies = new Map<string, { generation: number; text: string }>();
  const pending = new Map<number, Pending>();
  let ids = 0;
  let working = true;

  port.onmessage = (event) => {
    const reply = event.data as OffThreadReply;
    const waiting = pending.get(reply.id);
    if (waiting === undefined) return;
    pending.delete(reply.id);
    if ('error' in reply) {
      const error = new Error(reply.error.message);
      error.name = reply.error.name;
      waiting.reject(error);
      return;
    }
    let text: string;
    let prepared: unknown;
    if ('same' in reply) {
      const held = bodies.get(waiting.url);
      // The worker only answers `same` for the generation the page said it holds.
      if (held?.generation !== reply.same) {
        waiting.retry();
        return;
      }
      // The page's list reader knows this text, and what it read from it.
      text = held.text;
    } else {
      text = reply.text;
      prepared = reply.prepared;
      bodies.set(waiting.url, { generation: reply.generation, text });
    }
    const headers = new Headers(
      reply.contentType === null ? {} : { 'Content-Type': reply.contentType },
    );
    waiting.resolve({
      status: reply.status,
      ok: reply.ok,
      type: reply.type,
      headers,
      text: () => Promise.resolve(text),
      ...(prepared === undefined ? {} : { prepared }),
    });
  };

  const fetch: FetchLike = (url, init) => {
    if (!working || (init.body !== undefined && init.body !== null)) return fallback(url, init);
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    return new Promise<FetchedResponse>((resolve, reject) => {
      const id = ++ids;
      const onAbort = () => {
        if (!pending.delete(id)) return;
        if (working) port.postMessage({ id, abort: true } satisfies OffThreadRequest);
        reject(signal?.reason as Error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle =
        <T>(f: (value: T) => void) =>
        (value: T) => {
          signal?.removeEventListener('abort', onAbort);
          f(value);
        };
      const viaFallback = () => {
        pending.delete(id);
        signal?.removeEventListener('abort', onAbort);
        fallback(url, init).then(resolve, reject);
      };
      if (!working) {
        viaFallback();
        return;
      }
      pending.set(id, {
        url,
        resolve: settle(resolve),
        reject: settle(reject),
        // Ask again as a page holding nothing: the worker then sends the body itself.
        retry: () => {
          bodies.delete(url);
          viaFallback();
        },
      });
      port.postMessage({
        id,
        url,
        method: init.method ?? 'GET',
        headers: [...new Headers(init.headers).entries()],
        credentials: init.credentials ?? 'same-origin',
        redirect: init.redirect ?? 'follow',
        known: bodies.get(url)?.generation ?? null,
      } satisfies OffThreadRequest);
    });
  };

  const broken = () => {
    working = false;
    bodies.clear();
    for (const waiting of [...pending.values()]) waiting.retry();
  };
  return { fetch, broken };
}
