import type { ClientContext } from './context';
import { ApiError } from './errors';
import { revertUpload, sendChunk, startUpload } from './uploads';

export const DEFAULT_CHUNK_SIZE = 1024 * 1024;

export interface UploadSource {
  name: string;
  size: number;
  slice(start: number, end: number): Blob;
}

export interface UploadOptions {
  chunkSize?: number;
  onProgress?: (progress: { sent: number; total: number }) => void;
  signal?: AbortSignal;
}

export type UploadOutcome =
  /** The server stored the file under its name. */
  | { kind: 'stored'; fileName: string; message: string }
  /**
   * The server refused the file at the end (e.g. a chart with resources in the admin namespace).
   * kube-helm leaves a refused chart file in place, so it may still appear in the catalogue.
   */
  | { kind: 'rejected'; fileName: string; error: ApiError }
  /** The upload stopped before the end; the partial transfer was reverted where possible. */
  | { kind: 'failed'; fileName: string; error: ApiError; sent: number };

/**
 * Uploads one file with FilePond's chunked protocol (CONTRACT §2.9, §5.3): init, then each chunk
 * once and in order. A chunk whose outcome is unknown is never resent (the server would append it
 * a second time); the transfer is abandoned and reverted instead.
 */
export async function uploadFile(
  ctx: ClientContext,
  file: UploadSource,
  options: UploadOptions = {},
): Promise<UploadOutcome> {
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const { signal } = options;
  const fileName = file.name;
  if (file.size === 0) {
    const error = new ApiError({
      kind: 'invalid-request',
      endpoint: 'POST /filepond-upload',
      status: null,
      serverMessage: `"${fileName}" is empty.`,
    });
    return { kind: 'failed', fileName, error, sent: 0 };
  }
  let id: string;
  try {
    id = await startUpload(ctx, file, { signal });
  } catch (error) {
    if (error instanceof ApiError) return { kind: 'failed', fileName, error, sent: 0 };
    throw error;
  }

  let sent = 0;
  const total = file.size;
  options.onProgress?.({ sent, total });
  try {
    while (sent < total) {
      const end = Math.min(sent + chunkSize, total);
      const result = await sendChunk(
        ctx,
        { id, data: file.slice(sent, end), offset: sent, total, fileName },
        { signal },
      );
      sent = end;
      options.onProgress?.({ sent, total });
      if (result.complete) return { kind: 'stored', fileName, message: result.message };
    }
    throw new ApiError({
      kind: 'bad-response',
      endpoint: 'PATCH /filepond-upload',
      status: 200,
      serverMessage: 'all bytes were sent but the server did not confirm the upload',
    });
  } catch (error) {
    const last = sent + chunkSize >= total;
    // kube-helm refuses a finished chart with 500 "Filepond upload failed: …" (and keeps the file).
    if (error instanceof ApiError && error.kind === 'http' && error.status === 500 && last) {
      return { kind: 'rejected', fileName, error };
    }
    // kube-helm answers a revert of an unknown transfer like one of a finished upload, so the
    // answer cannot tell whether a last chunk that got no answer completed the file.
    await revertUpload(ctx, id).catch(() => undefined);
    if (error instanceof ApiError) return { kind: 'failed', fileName, error, sent };
    throw error;
  }
}
