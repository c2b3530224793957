import { http, HttpResponse, type HttpHandler } from 'msw';
import { parseProjectCookie } from '../api/project';
import type { SimBackend } from './sim/backend';
import { escapeStringsDeep } from './sim/format';
import type { SimReply } from './sim/reply';

/** Picks the simulated backend that serves a request (one per test session, or the default). */
export type SimResolver = (request: Request) => SimBackend;

const encoder = new TextEncoder();

function toResponse(reply: SimReply, request: Request): Response {
  if ('drop' in reply) return HttpResponse.error();
  const headers = new Headers();
  if (reply.contentType) headers.set('Content-Type', reply.contentType);
  // Bytes, not a string: a string body would get a text/plain Content-Type, and kube-helm's
  // plain Starlette responses have none.
  const body = request.method === 'HEAD' ? null : encoder.encode(reply.body);
  return new HttpResponse(body, { status: reply.status, headers });
}

const gatewayText = (status: number, body: string): SimReply => ({
  status,
  body,
  contentType: 'text/plain; charset=utf-8',
});

/** The scenario's injected trouble, in front of kube-helm (at the gateway or on the wire). */
async function withFaults(
  backend: SimBackend,
  request: Request,
  changesState: boolean,
  run: () => Promise<SimReply>,
): Promise<SimReply> {
  const { faults, faultRng, clock } = backend;
  if (faults.down) return gatewayText(503, 'no available server');
  const [min, max] = faults.latencyMs;
  if (max > 0) await clock.sleep(min + faultRng.next() * (max - min));
  if (faults.failRate > 0 && faultRng.next() < faults.failRate) {
    const roll = faultRng.next();
    if (roll < 0.35) return gatewayText(500, 'Internal Server Error');
    if (roll < 0.55) return gatewayText(502, 'Bad Gateway');
    if (roll < 0.8) {
      // The request got through and did its work; only the answer is lost.
      if (changesState) await run();
      return { drop: true };
    }
    // The work is done, but the answer hangs past any sensible client time-out.
    if (changesState) await run();
    await clock.sleep(changesState ? 35_000 : 70_000, request.signal).catch(() => undefined);
    return { drop: true };
  }
  return run();
}

/** kube-helm's input middleware: every string in a POST's JSON body is HTML-escaped (CONTRACT §1.4). */
async function escapedJsonBody(request: Request): Promise<string> {
  const body = await request.text();
  try {
    return JSON.stringify(escapeStringsDeep(JSON.parse(body)));
  } catch {
    return body;
  }
}

async function formOrNull(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

const query = (request: Request, name: string) => new URL(request.url).searchParams.get(name);

/**
 * Behind Kaapana's gateway, forwardAuth turns the `Project` cookie into the `Project` header and
 * replaces any header the browser sent (CONTRACT §1.3). Without the cookie, the request reaches
 * kube-helm as sent, like a direct connection.
 */
function projectHeader(request: Request): string | null {
  const fromCookie = parseProjectCookie(request.headers.get('Cookie') ?? '');
  return fromCookie ? JSON.stringify(fromCookie) : request.headers.get('Project');
}

/**
 * The HTTP face of the simulated kube-helm: one set of MSW handlers for the dev and preview
 * servers (real HTTP through node-http.ts), Vitest (msw/node) and the browser worker.
 */
export function kubeHelmHandlers(resolve: SimResolver, base = '/kube-helm-api'): HttpHandler[] {
  const at = (path: string) => `*${base}${path}`;
  const route =
    (
      changesState: boolean,
      run: (backend: SimBackend, request: Request) => Promise<SimReply> | SimReply,
    ) =>
    async ({ request }: { request: Request }) => {
      const backend = resolve(request);
      const reply = await withFaults(backend, request, changesState, async () =>
        run(backend, request),
      );
      return toResponse(reply, request);
    };
  return [
    http.get(
      at('/health-check'),
      route(false, (b) => b.health()),
    ),
    http.get(
      at('/extensions'),
      route(false, (b) => b.listExtensions()),
    ),
    http.get(
      at('/platforms'),
      route(false, (b) => b.listPlatforms()),
    ),
    http.post(
      at('/helm-install-chart'),
      route(true, async (b, r) => b.install(await escapedJsonBody(r), projectHeader(r))),
    ),
    http.post(
      at('/helm-delete-chart'),
      route(true, async (b, r) => b.uninstall(await escapedJsonBody(r))),
    ),
    http.get(
      at('/update-extensions'),
      route(true, (b) => b.updateExtensions()),
    ),
    http.get(
      at('/view-chart-status'),
      route(false, (b, r) => b.viewChartStatus(query(r, 'release_name'))),
    ),
    http.get(
      at('/active-applications'),
      route(false, (b) => b.activeApplications()),
    ),
    http.post(
      at('/complete-active-application'),
      route(true, async (b, r) => b.completeActiveApplication(await escapedJsonBody(r))),
    ),
    http.post(
      at('/filepond-upload'),
      route(true, async (b, r) => b.uploadInit(await formOrNull(r))),
    ),
    http.patch(
      at('/filepond-upload'),
      route(true, async (b, r) =>
        b.uploadPatch(query(r, 'patch'), r.headers.get('Upload-Length'), r.body),
      ),
    ),
    http.head(
      at('/filepond-upload'),
      route(false, (b, r) => b.uploadHead(query(r, 'patch'), r.headers.get('Upload-Length'))),
    ),
    http.delete(
      at('/filepond-upload'),
      route(true, async (b, r) => b.uploadRevert(await r.text())),
    ),
    http.get(
      at('/import-container'),
      route(true, (b, r) => b.importContainer(query(r, 'filename'))),
    ),
    http.all(at('/*'), () => HttpResponse.json({ detail: 'Not Found' }, { status: 404 })),
  ];
}
