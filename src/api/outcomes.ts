import { ApiError } from './errors';

/** The request went out but no answer came back: it may or may not have taken effect. */
export interface NoAnswer {
  kind: 'outcome-unknown';
  reason: 'no-answer';
  error: ApiError;
}

export interface Failed {
  kind: 'failed';
  error: ApiError;
}

/**
 * Maps a thrown error of a state-changing request to an outcome: a network failure or a time-out
 * means "unknown" (the server may have acted), anything else is a failure. Aborts are rethrown.
 */
export function outcomeOfError(error: unknown): NoAnswer | Failed {
  if (error instanceof ApiError) {
    if (error.kind === 'network' || error.kind === 'timeout') {
      return { kind: 'outcome-unknown', reason: 'no-answer', error };
    }
    return { kind: 'failed', error };
  }
  throw error;
}

/**
 * The gateway gave up waiting (502, 504): the request reached kube-helm, which may still be
 * acting on it (its one worker runs helm synchronously).
 */
export function isGatewayGiveUp(status: number): boolean {
  return status === 502 || status === 504;
}
