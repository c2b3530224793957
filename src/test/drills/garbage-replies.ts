import type { Rng } from '../../mocks/sim/rng';
import { oddText } from './bad-lists';

/**
 * Garbage a gateway or a broken kube-helm may send in place of any answer: odd statuses, bodies
 * of the wrong shape or no shape, misleading content types, dropped connections, no answer.
 */
export type GarbageReply =
  | { kind: 'answer'; status: number; body: string | null; contentType: string | null }
  | { kind: 'drop' }
  | { kind: 'hang' };

const STATUSES = [
  200, 200, 200, 201, 202, 204, 206, 301, 302, 303, 307, 400, 401, 403, 404, 405, 408, 409, 413,
  418, 422, 429, 500, 500, 502, 503, 504, 520,
];

const CONTENT_TYPES = [
  null,
  'application/json',
  'text/plain; charset=utf-8',
  'text/html; charset=utf-8',
  'application/octet-stream',
  'garbage/type;;; charset=nope',
];

/** Bodies of the wrong shape, some of them close to a real answer. */
const BODIES: ((rng: Rng) => string)[] = [
  () => '',
  () => 'OK',
  () => 'null',
  () => '[]',
  () => '{}',
  () => '[{}]',
  () => '42',
  () => '"a string"',
  () => '{"detail": 42}',
  () => '{"detail": [{"loc": null, "msg": {}}, 7]}',
  () => '{"detail": {"nested": true}}',
  () => '{"detail": "<img src=x onerror=window.__xss=1>"}',
  () => '{"NAME": 1, "STATUS": null, "REVISION": "3"}',
  () => '{"NAME":"x","LAST DEPLOYED":"","NAMESPACE":"","STATUS":"","REVISION":1.5e308}',
  () =>
    '[{"name":"x","namespace":"","created_at":"","project":"","paths":"/a","annotations":{},"release_name":"x","from_workflow_run":false,"ready":true}]',
  () => '<!doctype html><html><head><title>Sign in</title></head><body>login</body></html>',
  () => '<html><title><script>window.__xss=1</script></title></html>',
  () => 'Successfully installed: ',
  () => 'Chart is already installed',
  () => 'uploaded succesfully',
  () => '00000000-0000-4000-a000-000000000000',
  () => 'Deleted',
  (rng) => oddText(rng),
  (rng) => String.fromCharCode(...Array.from({ length: 200 }, () => rng.int(256))),
  () => 'x'.repeat(2_000_000),
];

export function garbageReply(rng: Rng): GarbageReply {
  const roll = rng.next();
  if (roll < 0.06) return { kind: 'drop' };
  if (roll < 0.1) return { kind: 'hang' };
  const status = rng.pick(STATUSES);
  // These statuses cannot carry a body.
  const body = status === 204 ? null : rng.pick(BODIES)(rng);
  return { kind: 'answer', status, body, contentType: rng.pick(CONTENT_TYPES) };
}

export function describeGarbage(reply: GarbageReply): string {
  if (reply.kind !== 'answer') return reply.kind;
  const body = reply.body === null ? 'no body' : JSON.stringify(reply.body.slice(0, 60));
  return `${String(reply.status)} ${reply.contentType ?? 'no type'} ${body}`;
}

/** A fetch that answers with the garbage (a hang waits for the caller's abort). */
export function garbageFetch(reply: GarbageReply): typeof fetch {
  return (_input, init) =>
    new Promise<Response>((resolve, reject) => {
      if (reply.kind === 'drop') {
        reject(new TypeError('fetch failed'));
        return;
      }
      if (reply.kind === 'hang') {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => {
          reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
        });
        return;
      }
      const headers = new Headers();
      if (reply.contentType) headers.set('Content-Type', reply.contentType);
      resolve(new Response(reply.body, { status: reply.status, headers }));
    });
}
