import { chunkRanges } from '../domain/upload/transfer';
import type { ClientContext } from './context';
import { ApiError } from './errors';
import { revertUpload, sendChunk, startUpload, type RevertResult } from './uploads';

/**
 * Chunk size by measurement (bench/upload.mjs, README): 1 MiB chunks (what Kaapana's own tab
 * sends) reach a fraction of one request's throughput; from 16 MiB on the per-request cost is
 * small, and 32 MiB did best. Larger chunks gain nothing and cost the server (it reads each
 * chunk into memory) and a slow line (each chunk must arrive within its time-out).
 */
export const DEFAULT_CHUNK_SIZE = 32 * 1024 * 1024;
/** How often one file is started over after chunks whose outcome was unknown. */
export const DEFAULT_MAX_RESTARTS = 3;
/**
 * A chunk may take as long as the slowest link we still serve needs for it (256 KB/s), and never
 * less than the chunk time-out: a large chunk on a slow line is slow, not lost.
 */
const SLOWEST_LINK_BYTES_PER_SECOND = 256 * 1024;
/** Pauses before restarts 1, 2, 3 …: a gateway that is restarting gets a moment. */
export const DEFAULT_RESTART_DELAYS_MS = [1_000, 3_000, 8_000];
/**
 * How long a cancel waits for the request under way to be answered before cutting it off.
 * kube-helm appends whatever arrives, also under a transfer id it has already reverted (a new
 * temporary file then stays behind), so a cancel lets the chunk on its way arrive first.
 */
export const DEFAULT_CANCEL_GRACE_MS = 5_000;
/**
 * After a chunk was cut off, its bytes may still reach the server after the revert: the transfer
 * is reverted once more after this pause.
 */
export const DEFAULT_LATE_CHUNK_REVERT_MS = 2_000;

export interface UploadSource {
  name: string;
  size: number;
  slice(start: number, end: number): Blob;
}

export interface UploadProgress {
  /** Bytes the server has confirmed in the current transfer. */
  sent: number;
  total: number;
  /** How often the file was started over. */
  restarts: number;
  /** Why the last restart happened, in plain words. */
  restartReason: string | null;
  /** The server's id of the current transfer (null before it has one). */
  transferId: string | null;
}

export interface UploadOptions {
  chunkSize?: number;
  maxRestarts?: number;
  restartDelaysMs?: readonly number[];
  /** Upload under this name instead of the file's own (e.g. the `<name>-<version>.tgz` it needs). */
  uploadName?: string;
  onProgress?: (progress: UploadProgress) => void;
  /**
   * Cancels: no further chunk is sent, the one under way may arrive (for up to `cancelGraceMs`),
   * then the transfer is reverted.
   */
  signal?: AbortSignal;
  cancelGraceMs?: number;
  lateChunkRevertMs?: number;
}

export type UploadOutcome =
  /** The server stored the file under its name. */
  | { kind: 'stored'; fileName: string; message: string; restarts: number }
  /**
   * The server refused the finished file (e.g. a chart with resources in the admin namespace).
   * kube-helm leaves a refused chart file in place, so it may still appear in the catalogue.
   */
  | { kind: 'rejected'; fileName: string; error: ApiError; restarts: number }
  /** The upload did not complete; the partial transfer was reverted where possible. */
  | {
      kind: 'failed';
      fileName: string;
      error: ApiError;
      sent: number;
      restarts: number;
      /** `gave-up`: every restart met an unknown outcome; `refused`: restarting cannot help. */
      reason: 'gave-up' | 'refused';
    }
  /**
   * Stopped by the user; what had arrived was reverted. `mayBeStored`: the last chunk was on its
   * way, and the server no longer knew the transfer, so the whole file may have arrived. (Its
   * revert answers alike for a finished transfer and one that never got a byte; when the last
   * chunk's answer came during the cancel, the file did arrive.)
   */
  | {
      kind: 'cancelled';
      fileName: string;
      sent: number;
      revert: RevertResult | null;
      mayBeStored: boolean;
    };

export type ChunkFailure =
  /** The server's final answer: it refused the finished file. */
  | 'rejected'
  /** The chunk may or may not have been appended: start the file over under a new id. */
  | 'unknown'
  /** A definite failure that a restart cannot fix (signed out, not allowed, a bad request). */
  | 'refused';

/**
 * What a failed step means (CONTRACT §2.9, §5.3). kube-helm appends whatever arrives, so a chunk
 * with an unknown outcome must never be sent again on the same transfer.
 */
export function classifyChunkFailure(
  error: ApiError,
  step: { lastChunk: boolean; transferId: string | null },
): ChunkFailure {
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'bad-response') {
    return 'unknown';
  }
  if (error.kind !== 'http' || error.status === null) return 'refused';
  const { status, serverMessage } = error;
  if (status === 500 && step.lastChunk && serverMessage.startsWith('Filepond upload failed')) {
    // "Filepond upload failed: '<id>'" is its lookup of an id it lost, not a verdict on the file.
    const lostId = step.transferId !== null && serverMessage.includes(`'${step.transferId}'`);
    return lostId ? 'unknown' : 'rejected';
  }
  if (status >= 500 || status === 408 || status === 429) return 'unknown';
  return 'refused';
}

const refusedBeforeStart = (fileName: string, message: string): UploadOutcome => ({
  kind: 'failed',
  fileName,
  error: new ApiError({
    kind: 'invalid-request',
    endpoint: 'POST /filepond-upload',
    status: null,
    serverMessage: message,
  }),
  sent: 0,
  restarts: 0,
  reason: 'refused',
});

function restartReasonOf(error: ApiError): string {
  switch (error.kind) {
    case 'network':
      return 'the connection dropped during a chunk';
    case 'timeout':
      return 'a chunk got no answer in time';
    case 'bad-response':
      return error.serverMessage.startsWith('all bytes were sent') ||
        error.serverMessage.startsWith('the server completed')
        ? 'the platform holds other bytes than were sent; a piece may have arrived twice'
        : 'the server answered a chunk unexpectedly';
    default:
      return `the server answered a chunk with ${String(error.status)}`;
  }
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

/** Pauses before asking again to revert, when a revert itself got no answer. */
const REVERT_RETRY_DELAYS_MS = [500, 2_000];

/**
 * Reverts a transfer, asking again (twice, after short pauses) when the request itself got no
 * answer or a 5xx: a transfer left unreverted leaves its partial file on the server. Null when
 * every try failed.
 */
async function revertSurely(ctx: ClientContext, id: string): Promise<RevertResult | null> {
  for (let tries = 0; ; tries++) {
    try {
      return await revertUpload(ctx, id);
    } catch (error) {
      const worthAgain =
        error instanceof ApiError &&
        (error.kind === 'network' ||
          error.kind === 'timeout' ||
          (error.kind === 'http' && (error.status ?? 0) >= 500));
      const delay = REVERT_RETRY_DELAYS_MS[tries];
      if (!worthAgain || delay === undefined) return null;
      await pause(delay, undefined);
    }
  }
}

interface AttemptState {
  id: string | null;
  sent: number;
  /** The last chunk has been sent (its answer may be outstanding). */
  lastInFlight: boolean;
}

/** One pass over the file under one transfer id. */
type Attempt =
  | { kind: 'stored'; message: string }
  | { kind: 'failed'; error: ApiError; failure: ChunkFailure; sent: number; id: string | null };

/**
 * Uploads one file with FilePond's chunked protocol (CONTRACT §2.9, §5.3): init, then each chunk
 * once and in order, each sliced from the file as it is sent. A chunk whose outcome is unknown is
 * never resent: the transfer is reverted and the whole file starts over under a new id, a bounded
 * number of times. Only the server's final answer counts as success.
 */
export async function uploadFile(
  ctx: ClientContext,
  file: UploadSource,
  options: UploadOptions = {},
): Promise<UploadOutcome> {
  const fileName = options.uploadName ?? file.name;
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK_SIZE));
  const maxRestarts = Math.max(0, options.maxRestarts ?? DEFAULT_MAX_RESTARTS);
  const delays = options.restartDelaysMs ?? DEFAULT_RESTART_DELAYS_MS;
  const { signal } = options;
  const total = file.size;
  // The requests' own signal: a cancel cuts the request under way off only after a grace.
  const requests = new AbortController();
  /** A request is under way; `cutOff`: a cancel had to cut one off before its answer. */
  const wire = { inFlight: false, cutOff: false };
  let grace: ReturnType<typeof setTimeout> | undefined;
  const cutOffRequests = () => {
    wire.cutOff = wire.inFlight;
    requests.abort(signal?.reason);
  };
  const onCancel = () => {
    grace = setTimeout(cutOffRequests, options.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS);
  };
  if (signal?.aborted) cutOffRequests();
  else signal?.addEventListener('abort', onCancel, { once: true });
  /** Runs one request under the requests' signal; a cancel meanwhile ends the attempt after it. */
  const request = async <T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    wire.inFlight = true;
    try {
      return await run(requests.signal);
    } finally {
      wire.inFlight = false;
    }
  };
  const stopIfCancelled = () => {
    if (signal?.aborted) throw signal.reason as Error;
  };
  if (total === 0) return refusedBeforeStart(fileName, `"${fileName}" is empty.`);
  const ranges = chunkRanges(total, chunkSize);
  let restarts = 0;
  let restartReason: string | null = null;
  const report = (sent: number, transferId: string | null) =>
    options.onProgress?.({ sent, total, restarts, restartReason, transferId });

  const attempt = async (state: AttemptState): Promise<Attempt> => {
    let id: string;
    try {
      id = await request((signal) => startUpload(ctx, { name: fileName, size: total }, { signal }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const failure = classifyChunkFailure(error, { lastChunk: false, transferId: null });
      return { kind: 'failed', error, failure, sent: 0, id: null };
    }
    state.id = id;
    stopIfCancelled();
    report(0, id);
    for (const [index, [start, end]] of ranges.entries()) {
      stopIfCancelled();
      const lastChunk = index === ranges.length - 1;
      state.lastInFlight = lastChunk;
      try {
        const result = await request((signal) =>
          sendChunk(
            ctx,
            { id, data: file.slice(start, end), offset: start, total, fileName },
            {
              signal,
              timeoutMs: Math.max(
                ctx.timeouts.uploadChunk,
                Math.ceil(((end - start) / SLOWEST_LINK_BYTES_PER_SECOND) * 1000),
              ),
            },
          ),
        );
        state.sent = end;
        stopIfCancelled();
        if (result.complete !== lastChunk) {
          // Done too early, or not done at the end: the server holds other bytes than we sent.
          throw new ApiError({
            kind: 'bad-response',
            endpoint: 'PATCH /filepond-upload',
            status: 200,
            serverMessage: result.complete
              ? `the server completed the file after ${String(end)} of ${String(total)} bytes`
              : 'all bytes were sent but the server did not confirm the upload',
          });
        }
        if (result.complete) return { kind: 'stored', message: result.message };
        report(end, id);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const failure = classifyChunkFailure(error, { lastChunk, transferId: id });
        return { kind: 'failed', error, failure, sent: state.sent, id };
      }
    }
    throw new Error('unreachable: the last chunk always decides');
  };

  const state: AttemptState = { id: null, sent: 0, lastInFlight: false };
  try {
    for (;;) {
      state.id = null;
      state.sent = 0;
      state.lastInFlight = false;
      const result = await attempt(state);
      // A chunk that failed while a cancel waited for it: the cancel reverts its transfer.
      if (result.kind === 'failed') state.id = result.id;
      stopIfCancelled();
      if (result.kind === 'stored') {
        return { kind: 'stored', fileName, message: result.message, restarts };
      }
      const { error, failure } = result;
      if (failure === 'rejected') return { kind: 'rejected', fileName, error, restarts };
      if (result.id !== null) {
        // The server's temporary file of this transfer goes; the next attempt gets a new id.
        state.id = null;
        await revertSurely(ctx, result.id);
      }
      if (failure === 'refused' || restarts >= maxRestarts) {
        const reason = failure === 'refused' ? 'refused' : 'gave-up';
        return { kind: 'failed', fileName, error, sent: result.sent, restarts, reason };
      }
      restarts += 1;
      restartReason = restartReasonOf(error);
      report(0, null);
      await pause(delays[Math.min(restarts - 1, delays.length - 1)] ?? 0, signal);
    }
  } catch (error) {
    if (!signal?.aborted) throw error;
    const revert = state.id ? await revertSurely(ctx, state.id) : null;
    if (state.id && wire.cutOff) {
      // The chunk cut off may still land, and kube-helm would keep it in a new temporary file.
      await pause(options.lateChunkRevertMs ?? DEFAULT_LATE_CHUNK_REVERT_MS, undefined);
      await revertSurely(ctx, state.id);
    }
    const mayBeStored = state.lastInFlight && revert?.kind === 'already-stored';
    return { kind: 'cancelled', fileName, sent: state.sent, revert, mayBeStored };
  } finally {
    clearTimeout(grace);
    signal?.removeEventListener('abort', onCancel);
  }
}
