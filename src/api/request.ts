import type { z } from '../contract/zod';
import { ApiError } from './errors';

/** What `send()` reads of a response: a `Response` has it all. */
export interface FetchedResponse {
  status: number;
  ok: boolean;
  type: ResponseType;
  headers: Pick<Headers, 'get'>;
  text(): Promise<string>;
  /** What was already made of the body on another thread (`off-thread.ts`), if anything. */
  prepared?: unknown;
}

/** `fetch`, or anything that answers the same requests the same way (`off-thread.ts`). */
export type FetchLike = (url: string, init: RequestInit) => Promise<FetchedResponse>;

/** Where requests go and how they are sent. */
export interface Transport {
  /** e.g. `/kube-helm-api` (same origin) or `http://127.0.0.1:5000/kube-helm-api`. */
  baseUrl: string;
  fetch: FetchLike;
}

export type RequestBody =
  | { json: unknown }
  | { form: FormData }
  | { bytes: Blob | ArrayBuffer | Uint8Array<ArrayBuffer>; contentType: string }
  | { text: string; contentType?: string };

export interface SendOptions {
  method: 'GET' | 'POST' | 'PATCH' | 'HEAD' | 'DELETE';
  /** Path below the base URL, e.g. `/extensions`. */
  path: string;
  query?: Record<string, string>;
  body?: RequestBody;
  headers?: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/** A response as read: the body is always read as text first, whatever the headers claim. */
export interface RawResponse {
  endpoint: string;
  status: number;
  ok: boolean;
  text: string;
  contentType: string | null;
  /** What was already made of `text` on another thread (the list's rows), if anything. */
  prepared?: unknown;
}

export function endpointOf(options: Pick<SendOptions, 'method' | 'path'>): string {
  return `${options.method} ${options.path}`;
}

export function buildUrl(baseUrl: string, path: string, query?: Record<string, string>): string {
  let url = baseUrl.replace(/\/+$/, '') + path;
  if (query && Object.keys(query).length > 0) url += `?${new URLSearchParams(query).toString()}`;
  // Node's fetch needs absolute URLs; in a page (or jsdom) resolve against the current location.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && typeof location !== 'undefined') {
    url = new URL(url, location.href).href;
  }
  return url;
}

function encodeBody(body: RequestBody | undefined, headers: Headers): BodyInit | undefined {
  if (!body) return undefined;
  if ('json' in body) {
    headers.set('Content-Type', 'application/json');
    return JSON.stringify(body.json);
  }
  if ('form' in body) return body.form;
  if ('bytes' in body) {
    headers.set('Content-Type', body.contentType);
    return body.bytes;
  }
  headers.set('Content-Type', body.contentType ?? 'text/plain');
  return body.text;
}

/**
 * The single HTTP entry point. Resolves with the raw answer for any HTTP status, except the
 * gateway's answers, which become `signed-out` / `forbidden` errors; rejects with `network` or
 * `timeout` errors; rethrows the caller's AbortError when the caller aborts.
 */
export async function send(transport: Transport, options: SendOptions): Promise<RawResponse> {
  const endpoint = endpointOf(options);
  const headers = new Headers({ Accept: 'application/json, text/plain;q=0.9' });
  const body = encodeBody(options.body, headers);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);

  const timeout = new AbortController();
  const timer = setTimeout(() => {
    timeout.abort(new DOMException('timed out', 'TimeoutError'));
  }, options.timeoutMs);
  const signal = options.signal
    ? AbortSignal.any([options.signal, timeout.signal])
    : timeout.signal;

  try {
    const response = await transport.fetch(
      buildUrl(transport.baseUrl, options.path, options.query),
      {
        method: options.method,
        headers,
        body,
        signal,
        redirect: 'manual',
        credentials: 'same-origin',
      },
    );
    const text = options.method === 'HEAD' ? '' : await response.text();
    const contentType = response.headers.get('Content-Type');
    const raw: RawResponse = {
      endpoint,
      status: response.status,
      ok: response.ok,
      text,
      contentType,
      ...(response.prepared === undefined ? {} : { prepared: response.prepared }),
    };
    rejectGatewayAnswers(raw, response.type);
    return raw;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (options.signal?.aborted) throw options.signal.reason as Error;
    if (timeout.signal.aborted) {
      throw new ApiError({
        kind: 'timeout',
        endpoint,
        status: null,
        serverMessage: `no answer within ${String(Math.round(options.timeoutMs / 1000))} s`,
        cause: error,
      });
    }
    throw new ApiError({ kind: 'network', endpoint, status: null, cause: error });
  } finally {
    clearTimeout(timer);
  }
}

function rejectGatewayAnswers(raw: RawResponse, type: ResponseType): void {
  const { endpoint, status } = raw;
  const redirected = type === 'opaqueredirect' || (status >= 300 && status < 400);
  const html = /\btext\/html\b/i.test(raw.contentType ?? '');
  if (redirected || status === 401 || (html && status < 400)) {
    throw new ApiError({ kind: 'signed-out', endpoint, status: status || null });
  }
  if (status === 403) {
    throw new ApiError({ kind: 'forbidden', endpoint, status, serverMessage: serverMessage(raw) });
  }
}

/**
 * What the server said, for people: `detail` when the body is JSON with one, a summary of a
 * FastAPI 422 list, the `<title>` of an HTML page, or else the text itself.
 */
export function serverMessage(raw: Pick<RawResponse, 'text' | 'contentType'>): string {
  const text = raw.text.trim();
  if (!text) return '';
  if (/\btext\/html\b/i.test(raw.contentType ?? '') || /^<(!doctype|html)/i.test(text)) {
    return /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim() ?? '';
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'detail' in parsed) {
      const detail = parsed.detail;
      if (typeof detail === 'string') return detail;
      if (Array.isArray(detail)) return summariseValidation(detail);
    }
  } catch {
    // Not JSON: the text is the message.
  }
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}

function summariseValidation(items: unknown[]): string {
  return items
    .map((item) => {
      if (!item || typeof item !== 'object') return String(item);
      const loc = 'loc' in item && Array.isArray(item.loc) ? item.loc.map(String).join('.') : '';
      const msg = 'msg' in item && typeof item.msg === 'string' ? item.msg : 'invalid';
      return loc ? `${loc}: ${msg}` : msg;
    })
    .join('; ');
}

export function httpError(raw: RawResponse): ApiError {
  return new ApiError({
    kind: 'http',
    endpoint: raw.endpoint,
    status: raw.status,
    serverMessage: serverMessage(raw),
  });
}

export function badResponse(raw: RawResponse, why: string): ApiError {
  return new ApiError({
    kind: 'bad-response',
    endpoint: raw.endpoint,
    status: raw.status,
    serverMessage: why,
  });
}

/** Sends, insists on a 2xx, and returns the body as text (no Content-Type is trusted). */
export async function requestText(transport: Transport, options: SendOptions): Promise<string> {
  const raw = await send(transport, options);
  if (!raw.ok) throw httpError(raw);
  return raw.text;
}

/** Sends, insists on a 2xx, parses JSON and validates it with the schema. */
export async function requestJson<Schema extends z.ZodMiniType>(
  transport: Transport,
  options: SendOptions,
  schema: Schema,
): Promise<z.output<Schema>> {
  const raw = await send(transport, options);
  if (!raw.ok) throw httpError(raw);
  return parseJson(raw, schema);
}

export function parseJson<Schema extends z.ZodMiniType>(
  raw: RawResponse,
  schema: Schema,
): z.output<Schema> {
  let value: unknown;
  try {
    value = JSON.parse(raw.text);
  } catch {
    throw badResponse(raw, `not JSON: ${raw.text.slice(0, 120)}`);
  }
  const result = schema.safeParse(value);
  if (!result.success) throw badResponse(raw, describeIssues(result.error));
  return result.data;
}

export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
}
