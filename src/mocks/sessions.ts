import { http, HttpResponse, type HttpHandler } from 'msw';
import { SimBackend, type SimOptions } from './sim/backend';
import { isUploadFault, type UploadFault, type UploadFaultPlan } from './sim/upload-faults';
import { SCENARIOS } from './sim/scenarios';
import { timings, type TimingName } from './sim/timing';

/** Requests carrying this cookie get their own simulated backend (parallel e2e tests). */
export const SESSION_COOKIE = 'kh-sim-session';
const MAX_SESSIONS = 64;

function sessionOf(request: Request): string {
  const cookies = request.headers.get('Cookie') ?? '';
  const match = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`).exec(cookies);
  return match?.[1] ? decodeURIComponent(match[1]) : 'default';
}

export class SimSessions {
  private readonly backends = new Map<string, SimBackend>();

  constructor(private readonly defaults: SimOptions = {}) {}

  get(session: string): SimBackend {
    return this.backends.get(session) ?? this.reset(session, {});
  }

  forRequest = (request: Request): SimBackend => this.get(sessionOf(request));

  reset(session: string, options: SimOptions): SimBackend {
    const backend = new SimBackend({ ...this.defaults, ...options });
    this.backends.delete(session);
    this.backends.set(session, backend);
    while (this.backends.size > MAX_SESSIONS) {
      const oldest = this.backends.keys().next().value;
      if (oldest === undefined) break;
      this.backends.delete(oldest);
    }
    return backend;
  }

  /** `/__sim/*`: inspect and steer the simulator (dev servers and tests; not part of kube-helm). */
  controlHandlers(): HttpHandler[] {
    return [
      http.get('*/__sim', ({ request }) =>
        HttpResponse.json({
          session: sessionOf(request),
          ...this.forRequest(request).describe(),
          scenarios: SCENARIOS,
          timings: Object.keys(timings),
        }),
      ),
      http.post('*/__sim/reset', async ({ request }) => {
        let options: { scenario?: unknown; timing?: unknown; seed?: unknown } = {};
        try {
          options = (await request.json()) as typeof options;
        } catch {
          // An empty body resets to the defaults.
        }
        try {
          const backend = this.reset(sessionOf(request), {
            ...(typeof options.scenario === 'string' ? { scenario: options.scenario } : {}),
            ...(typeof options.timing === 'string' && options.timing in timings
              ? { timing: options.timing as TimingName }
              : {}),
            ...(typeof options.seed === 'number' ? { seed: options.seed } : {}),
          });
          return HttpResponse.json(backend.describe());
        } catch (error) {
          return HttpResponse.json({ error: String(error) }, { status: 400 });
        }
      }),
      // Uploads: what was stored (size, sha-256), open transfers, and trouble for the next chunks.
      http.get('*/__sim/uploads', ({ request }) =>
        HttpResponse.json(this.forRequest(request).uploadState()),
      ),
      http.post('*/__sim/uploads/faults', async ({ request }) => {
        const plan = uploadFaultPlan(await request.json().catch(() => null));
        if (!plan) return HttpResponse.json({ error: 'not a fault plan' }, { status: 400 });
        this.forRequest(request).setUploadFaults(plan);
        return HttpResponse.json(this.forRequest(request).uploadState().faults);
      }),
      http.get('*/__sim/files', ({ request }) =>
        HttpResponse.json(this.forRequest(request).fileNames()),
      ),
      http.delete('*/__sim/files/:name', ({ request, params }) => {
        const deleted = this.forRequest(request).deleteFile(String(params.name));
        return HttpResponse.json({ deleted }, { status: deleted ? 200 : 404 });
      }),
    ];
  }
}

/** `{ at?: { "<patch>": fault }, rate?, kinds?, hangMs? }`, checked. */
function uploadFaultPlan(value: unknown): UploadFaultPlan | null {
  if (typeof value !== 'object' || value === null) return null;
  const { at, rate, kinds, hangMs } = value as Record<string, unknown>;
  const plan: UploadFaultPlan = {};
  if (at !== undefined) {
    if (typeof at !== 'object' || at === null) return null;
    const faults: Record<string, UploadFault> = {};
    for (const [patch, fault] of Object.entries(at)) {
      if (!/^\d+$/.test(patch) || !isUploadFault(fault)) return null;
      faults[patch] = fault;
    }
    plan.at = faults;
  }
  if (rate !== undefined) {
    if (typeof rate !== 'number' || rate < 0 || rate > 1) return null;
    plan.rate = rate;
  }
  if (kinds !== undefined) {
    if (!Array.isArray(kinds) || !kinds.every(isUploadFault)) return null;
    plan.kinds = kinds;
  }
  if (hangMs !== undefined) {
    if (typeof hangMs !== 'number' || hangMs < 0) return null;
    plan.hangMs = hangMs;
  }
  return plan;
}
