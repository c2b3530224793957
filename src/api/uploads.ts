import type { CallOptions, ClientContext } from './context';
import { ApiError } from './errors';
import { outcomeOfError, type Failed, type NoAnswer } from './outcomes';
import { badResponse, httpError, requestText, send } from './request';

/** kube-helm joins `filepath` to its extensions directory as it is: only bare names are safe. */
export function isBareFileName(name: string): boolean {
  return name.length > 0 && !/[/\\]/.test(name) && name !== '.' && name !== '..';
}

function asciiHeader(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : encodeURIComponent(value);
}

/** FilePond step 1, `POST /filepond-upload`: registers the file name and returns a transfer id. */
export async function startUpload(
  ctx: ClientContext,
  file: { name: string; size: number },
  options: CallOptions = {},
): Promise<string> {
  const endpoint = 'POST /filepond-upload';
  if (!isBareFileName(file.name)) {
    throw new ApiError({
      kind: 'invalid-request',
      endpoint,
      status: null,
      serverMessage: `"${file.name}" is not a plain file name.`,
    });
  }
  const form = new FormData();
  form.append('filepond', JSON.stringify({ filepath: file.name }));
  const id = (
    await requestText(ctx.transport, {
      method: 'POST',
      path: '/filepond-upload',
      body: { form },
      headers: { 'Upload-Length': String(file.size) },
      timeoutMs: ctx.timeouts.other,
      signal: options.signal,
    })
  ).trim();
  if (!/^[A-Za-z0-9-]{8,64}$/.test(id)) {
    throw new ApiError({
      kind: 'bad-response',
      endpoint,
      status: 200,
      serverMessage: `expected a transfer id, got "${id.slice(0, 80)}"`,
    });
  }
  return id;
}

export interface Chunk {
  id: string;
  /** The bytes of this chunk. */
  data: Blob;
  /** Where the chunk starts; the server ignores it and appends, so chunks go once and in order. */
  offset: number;
  /** Size of the whole file: the server completes the upload when it has this many bytes. */
  total: number;
  fileName: string;
}

export type ChunkResult = { complete: false } | { complete: true; message: string };

/** FilePond step 2, `PATCH /filepond-upload?patch=<id>`. Never retry a chunk: it would append twice. */
export async function sendChunk(
  ctx: ClientContext,
  chunk: Chunk,
  options: CallOptions & { timeoutMs?: number } = {},
): Promise<ChunkResult> {
  const raw = await send(ctx.transport, {
    method: 'PATCH',
    path: '/filepond-upload',
    query: { patch: chunk.id },
    body: { bytes: chunk.data, contentType: 'application/offset+octet-stream' },
    headers: {
      'Upload-Offset': String(chunk.offset),
      'Upload-Length': String(chunk.total),
      'Upload-Name': asciiHeader(chunk.fileName),
    },
    timeoutMs: options.timeoutMs ?? ctx.timeouts.uploadChunk,
    signal: options.signal,
  });
  if (!raw.ok) throw httpError(raw);
  const text = raw.text.trim();
  if (text === chunk.id) return { complete: false };
  if (/uploaded succesfully$|uploaded successfully$/.test(text)) {
    return { complete: true, message: text };
  }
  throw badResponse(raw, `unexpected reply to a chunk: "${text.slice(0, 120)}"`);
}

export type RevertResult =
  | { kind: 'reverted'; message: string }
  /** The upload had completed; the server never deletes stored files. */
  | { kind: 'already-stored'; message: string };

/** FilePond revert, `DELETE /filepond-upload` with the transfer id as body. */
export async function revertUpload(
  ctx: ClientContext,
  id: string,
  options: CallOptions = {},
): Promise<RevertResult> {
  const message = (
    await requestText(ctx.transport, {
      method: 'DELETE',
      path: '/filepond-upload',
      body: { text: id, contentType: 'text/plain' },
      timeoutMs: ctx.timeouts.other,
      signal: options.signal,
    })
  ).trim();
  return message.startsWith('Deleted ')
    ? { kind: 'reverted', message }
    : { kind: 'already-stored', message };
}

export type ImportContainerOutcome = { kind: 'imported'; message: string } | NoAnswer | Failed;

/** `GET /import-container`: imports an uploaded `.tar` into containerd. Can take minutes. */
export async function importContainer(
  ctx: ClientContext,
  fileName: string,
  options: CallOptions = {},
): Promise<ImportContainerOutcome> {
  try {
    const raw = await send(ctx.transport, {
      method: 'GET',
      path: '/import-container',
      query: { filename: fileName },
      timeoutMs: ctx.timeouts.importContainer,
      signal: options.signal,
    });
    if (!raw.ok) return { kind: 'failed', error: httpError(raw) };
    return { kind: 'imported', message: raw.text.trim() };
  } catch (error) {
    return outcomeOfError(error);
  }
}
