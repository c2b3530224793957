import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { requestJson, requestText, send, type Transport } from './request';
import { chartStatusSchema } from '../contract/schemas';

const BASE = 'http://kaapana.test/kube-helm-api';
const transport: Transport = { baseUrl: BASE, fetch: (input, init) => fetch(input, init) };
const server = setupServer();
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => {
  server.close();
});

const get = (path = '/thing', timeoutMs = 2000, signal?: AbortSignal) =>
  send(transport, { method: 'GET', path, timeoutMs, signal });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('send', () => {
  it('reads a body without Content-Type as text, even when it looks like JSON', async () => {
    server.use(http.get(`${BASE}/thing`, () => new HttpResponse(new TextEncoder().encode('1'))));
    const raw = await get();
    expect(raw).toMatchObject({ status: 200, text: '1', contentType: null });
  });

  it('turns an unreachable server into a network error', async () => {
    server.use(http.get(`${BASE}/thing`, () => HttpResponse.error()));
    expect(await failure(get())).toMatchObject({
      kind: 'network',
      status: null,
      endpoint: 'GET /thing',
    });
  });

  it('gives up after the time limit with a timeout error', async () => {
    server.use(
      http.get(`${BASE}/thing`, async () => {
        await delay(1000);
        return HttpResponse.text('late');
      }),
    );
    expect(await failure(get('/thing', 50))).toMatchObject({ kind: 'timeout' });
  });

  it("rethrows the caller's abort instead of calling it a failure", async () => {
    server.use(
      http.get(`${BASE}/thing`, async () => {
        await delay(1000);
        return HttpResponse.text('late');
      }),
    );
    const controller = new AbortController();
    const pending = get('/thing', 5000, controller.signal);
    controller.abort(new DOMException('left the page', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it.each([
    ['401', () => HttpResponse.json({}, { status: 401 }), 'signed-out'],
    [
      'a redirect to the login',
      () => new HttpResponse(null, { status: 302, headers: { Location: '/oauth2/sign_in' } }),
      'signed-out',
    ],
    [
      'a login page with 200',
      () => HttpResponse.html('<html><title>Sign in</title></html>'),
      'signed-out',
    ],
    [
      '403 from the policy',
      () => HttpResponse.html('<html><title>Forbidden</title></html>', { status: 403 }),
      'forbidden',
    ],
  ])('recognises %s from the gateway', async (_what, reply, kind) => {
    server.use(http.get(`${BASE}/thing`, reply));
    expect(await failure(get())).toMatchObject({ kind });
  });
});

describe('requestText / requestJson', () => {
  it("reports the server's detail, text, or 422 summary", async () => {
    server.use(
      http.get(`${BASE}/detail`, () =>
        HttpResponse.json({ detail: 'Failed to get extensions' }, { status: 500 }),
      ),
      http.get(
        `${BASE}/text`,
        () => new HttpResponse(new TextEncoder().encode('Release not found'), { status: 404 }),
      ),
      http.get(`${BASE}/422`, () =>
        HttpResponse.json(
          {
            detail: [
              {
                type: 'missing',
                loc: ['query', 'release_name'],
                msg: 'Field required',
                input: null,
              },
            ],
          },
          { status: 422 },
        ),
      ),
      http.get(`${BASE}/gateway`, () =>
        HttpResponse.html('<html><title>502 Bad Gateway</title></html>', { status: 502 }),
      ),
    );
    const text = (path: string) => requestText(transport, { method: 'GET', path, timeoutMs: 1000 });
    expect(await failure(text('/detail'))).toMatchObject({
      kind: 'http',
      status: 500,
      serverMessage: 'Failed to get extensions',
    });
    expect(await failure(text('/text'))).toMatchObject({
      status: 404,
      serverMessage: 'Release not found',
    });
    expect(await failure(text('/422'))).toMatchObject({
      status: 422,
      serverMessage: 'query.release_name: Field required',
    });
    expect(await failure(text('/gateway'))).toMatchObject({
      status: 502,
      serverMessage: '502 Bad Gateway',
    });
  });

  it('refuses JSON that does not fit the schema, and text that is not JSON', async () => {
    server.use(
      http.get(`${BASE}/wrong`, () => HttpResponse.json({ NAME: 'x' })),
      http.get(`${BASE}/notjson`, () => HttpResponse.text('hello')),
    );
    const json = (path: string) =>
      requestJson(transport, { method: 'GET', path, timeoutMs: 1000 }, chartStatusSchema);
    const wrong = await failure(json('/wrong'));
    expect(wrong.kind).toBe('bad-response');
    expect(wrong.serverMessage).toContain('LAST DEPLOYED');
    expect(await failure(json('/notjson'))).toMatchObject({ kind: 'bad-response' });
  });
});
