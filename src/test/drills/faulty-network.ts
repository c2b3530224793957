import type { Rng } from '../../mocks/sim/rng';

/**
 * A network between the browser and kube-helm that fails at random, for the uploads drill: a
 * request lost before it leaves, an answer lost after the server acted, a request sent twice (what
 * Chromium does by itself when a reused connection drops before any answer), a request that never
 * gets an answer, and delays on the way there and back. Counts what it did.
 */
export type NetworkTrouble =
  'lost-before' | 'answer-lost' | 'sent-twice' | 'no-answer' | 'delayed' | 'answer-delayed';

export interface FaultyNetwork {
  fetch: typeof fetch;
  /** What happened to requests so far. */
  readonly troubles: Map<NetworkTrouble, number>;
  /** Requests that reached the server (a request sent twice counts twice). */
  readonly sent: { method: string; path: string }[];
}

export interface NetworkPlan {
  /** Every request fails before it leaves (a network that is down). */
  down?: boolean;
  /** Share of requests for each trouble. */
  rates?: Partial<Record<NetworkTrouble, number>>;
  /** Request number (1-based) → trouble, whatever the rates say. */
  at?: Record<number, NetworkTrouble>;
}

export const DEFAULT_RATES: Record<NetworkTrouble, number> = {
  'lost-before': 0.01,
  'answer-lost': 0.01,
  'sent-twice': 0.01,
  'no-answer': 0.004,
  delayed: 0.1,
  'answer-delayed': 0.05,
};

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

const lost = () => new TypeError('fetch failed');

export function faultyNetwork(rng: Rng, plan: NetworkPlan = {}): FaultyNetwork {
  const rates = { ...DEFAULT_RATES, ...plan.rates };
  const troubles = new Map<NetworkTrouble, number>();
  const sent: FaultyNetwork['sent'] = [];
  let requests = 0;
  const note = (trouble: NetworkTrouble) => troubles.set(trouble, (troubles.get(trouble) ?? 0) + 1);

  const pickTrouble = (): NetworkTrouble | null => {
    requests += 1;
    const planned = plan.at?.[requests];
    if (planned) return planned;
    let roll = rng.next();
    for (const [trouble, rate] of Object.entries(rates) as [NetworkTrouble, number][]) {
      if (roll < rate) return trouble;
      roll -= rate;
    }
    return null;
  };

  const through = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    sent.push({ method: init?.method ?? 'GET', path: `${url.pathname}${url.search}` });
    const response = await globalThis.fetch(input, init);
    // The whole answer has arrived (the server has acted) before anything else happens to it.
    const body = await response.arrayBuffer();
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };

  const faulty: typeof fetch = async (input, init) => {
    if (plan.down) {
      note('lost-before');
      throw lost();
    }
    const trouble = pickTrouble();
    if (trouble) note(trouble);
    switch (trouble) {
      case 'lost-before':
        throw lost();
      case 'answer-lost':
        await through(input, init);
        throw lost();
      case 'sent-twice':
        await through(input, init);
        return through(input, init);
      case 'no-answer':
        return new Promise<Response>((_, reject) => {
          const signal = init?.signal;
          if (!signal) throw new Error('a request without a time limit would wait forever');
          signal.addEventListener('abort', () => {
            reject(signal.reason instanceof Error ? signal.reason : lost());
          });
        });
      case 'delayed':
        await sleep(1 + rng.int(20));
        return through(input, init);
      case 'answer-delayed': {
        const response = await through(input, init);
        await sleep(1 + rng.int(20));
        return response;
      }
      case null:
        return through(input, init);
    }
  };
  return { fetch: faulty, troubles, sent };
}
