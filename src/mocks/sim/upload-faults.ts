import type { SimReply } from './reply';
import type { Rng } from './rng';

/**
 * Trouble on the upload path, injected per chunk (PATCH) for tests of the uploader: the chunk is
 * lost before the server appends it, or its answer is lost after it did.
 */
export const UPLOAD_FAULTS = [
  /** The connection drops before the server sees the chunk. */
  'drop-before',
  /** The server appends the chunk; the connection drops before the answer. */
  'drop-after',
  /** The gateway answers 502 without passing the chunk on. */
  'bad-gateway-before',
  /** The server appends the chunk; the gateway answers 502 instead of its answer. */
  'bad-gateway-after',
  /** The gateway's plain 500, before the server sees the chunk. */
  'error-before',
  /** The server appends the chunk; the answer comes only after `hangMs`, then the line drops. */
  'hang-after',
  /** Nothing is appended; after `hangMs` the line drops. */
  'hang-before',
] as const;

export type UploadFault = (typeof UPLOAD_FAULTS)[number];

export interface UploadFaultPlan {
  /** PATCH number (1-based, counted from when the plan was set) → fault. */
  at?: Record<string, UploadFault>;
  /** Share of PATCHes that fail with a fault drawn from `kinds` (default: all). */
  rate?: number;
  kinds?: UploadFault[];
  /** How long `hang-after` holds the answer (default 35 s). */
  hangMs?: number;
}

export function isUploadFault(value: unknown): value is UploadFault {
  return (UPLOAD_FAULTS as readonly unknown[]).includes(value);
}

const gateway = (status: number, body: string): SimReply => ({
  status,
  body,
  contentType: 'text/plain; charset=utf-8',
});

export class UploadFaults {
  private plan: UploadFaultPlan = {};
  private patches = 0;
  /** Faults injected so far, for the test's record. */
  readonly injected: { patch: number; fault: UploadFault }[] = [];

  constructor(private readonly rng: Rng) {}

  set(plan: UploadFaultPlan): void {
    this.plan = plan;
    this.patches = 0;
    this.injected.length = 0;
  }

  get hangMs(): number {
    return this.plan.hangMs ?? 35_000;
  }

  /** The fault of the next PATCH, if any. */
  next(): UploadFault | null {
    this.patches += 1;
    const { at, rate = 0, kinds = [...UPLOAD_FAULTS] } = this.plan;
    const planned = at?.[String(this.patches)];
    const fault =
      planned ??
      (rate > 0 && kinds.length > 0 && this.rng.next() < rate ? this.rng.pick(kinds) : null);
    if (fault) this.injected.push({ patch: this.patches, fault });
    return fault;
  }

  describe() {
    return { plan: this.plan, patches: this.patches, injected: [...this.injected] };
  }
}

/** The reply a fault puts in place of the server's; null when the server's own reply stands. */
export function faultReply(fault: UploadFault): SimReply {
  switch (fault) {
    case 'drop-before':
    case 'drop-after':
    case 'hang-after':
    case 'hang-before':
      return { drop: true };
    case 'bad-gateway-before':
    case 'bad-gateway-after':
      return gateway(502, 'Bad Gateway');
    case 'error-before':
      return gateway(500, 'Internal Server Error');
  }
}

export const appendsFirst = (fault: UploadFault): boolean => fault.endsWith('-after');
