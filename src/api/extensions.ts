import type { CallOptions, ClientContext } from './context';
import { outcomeOfError, type Failed, type NoAnswer } from './outcomes';
import {
  badResponse,
  httpError,
  parseJson,
  requestText,
  send,
  type RawResponse,
  type SendOptions,
} from './request';
import type { Prepare } from './off-thread';
import {
  readableExtensionListSchema,
  type ExtensionListRead,
  type UnreadableEntry,
} from '../contract/extension-list';

/** One unreadable entry, technically: `#3 "Foo": extension_params: …`. */
export function describeUnreadable(entry: UnreadableEntry): string {
  const name = entry.name === null ? '' : ` ${JSON.stringify(entry.name)}`;
  return `#${String(entry.index)}${name}: ${entry.problems.join('; ')}`;
}

/**
 * Reads a list of rows entry by entry. A list with entries but not one readable row (e.g.
 * `["bare string"]`, kube-helm's corrupted cache) is a bad answer, not an empty catalog; a
 * genuinely empty list (`[]`) is an empty catalog. The list's worker runs it too (`prepared`).
 */
export function readListBody(raw: RawResponse): ExtensionListRead {
  const list = parseJson(raw, readableExtensionListSchema);
  if (list.rows.length === 0 && list.unreadable.length > 0) {
    const count = list.unreadable.length;
    const shown = list.unreadable.slice(0, 3).map(describeUnreadable).join(' | ');
    throw badResponse(
      raw,
      `none of the ${String(count)} entries is a row (${shown}${count > 3 ? ' | …' : ''})`,
    );
  }
  return list;
}

async function readList(ctx: ClientContext, options: SendOptions): Promise<ExtensionListRead> {
  const raw = await send(ctx.transport, options);
  if (!raw.ok) throw httpError(raw);
  return readListBody(raw);
}

/**
 * What the list's worker makes of a changed body before the page gets it (`off-thread.ts`'s
 * `Prepare`): the rows read and validated by `readListBody`, or nothing when it is not a good list.
 */
export const prepareListRead: Prepare = (text, { status, ok, contentType }) =>
  ok ? readListBody({ endpoint: 'GET /extensions', status, ok, text, contentType }) : undefined;

/** The read that the list's worker made of the body (`list-worker.ts`), if it made one. */
function preparedRead(raw: RawResponse): ExtensionListRead | null {
  const value = raw.prepared;
  if (typeof value !== 'object' || value === null) return null;
  const { rows, unreadable } = value as Partial<ExtensionListRead>;
  return Array.isArray(rows) && Array.isArray(unreadable) ? { rows, unreadable } : null;
}

/**
 * A reader of successive answers of one list that recognises an answer identical to the last one
 * before parsing it: the same body text gives the very same read (the same row objects), so an
 * unchanged poll costs a string comparison, and nothing downstream sees new data. A body the
 * list's worker has already read is not read again. Only answers that were read successfully are
 * remembered.
 */
export function rememberingListReader(): (raw: RawResponse) => ExtensionListRead {
  let last: { text: string; read: ExtensionListRead } | null = null;
  return (raw) => {
    if (last !== null && last.text === raw.text) {
      // Keep the newer of two equal strings: the worker answers the next identical body with the
      // very string it sent now, which then compares by reference, not over megabytes.
      last = { text: raw.text, read: last.read };
      return last.read;
    }
    const read = preparedRead(raw) ?? readListBody(raw);
    last = { text: raw.text, read };
    return read;
  };
}

/** `GET /extensions`: every row that can be read, and what could not be. */
export async function readExtensionList(
  ctx: ClientContext,
  signal: AbortSignal,
  read: (raw: RawResponse) => ExtensionListRead = readListBody,
): Promise<ExtensionListRead> {
  const raw = await send(ctx.listTransport, {
    method: 'GET',
    path: '/extensions',
    timeoutMs: ctx.timeouts.extensions,
    signal,
  });
  if (!raw.ok) throw httpError(raw);
  return read(raw);
}

/** `GET /platforms`: the rows that can be read. */
export async function listPlatforms(ctx: ClientContext, options: CallOptions = {}) {
  const list = await readList(ctx, {
    method: 'GET',
    path: '/platforms',
    timeoutMs: ctx.timeouts.extensions,
    signal: options.signal,
  });
  return list.rows;
}

export type UpdateExtensionsOutcome =
  | { kind: 'updated'; message: string }
  | { kind: 'no-collections'; message: string }
  | NoAnswer
  | Failed;

/** `GET /update-extensions`: pulls the extension collections; new charts appear within ~35 s. */
export async function updateExtensions(
  ctx: ClientContext,
  options: CallOptions = {},
): Promise<UpdateExtensionsOutcome> {
  try {
    const raw = await send(ctx.transport, {
      method: 'GET',
      path: '/update-extensions',
      timeoutMs: ctx.timeouts.updateExtensions,
      signal: options.signal,
    });
    if (!raw.ok) return { kind: 'failed', error: httpError(raw) };
    const message = raw.text.trim();
    return /no kaapana_collections defined/i.test(message)
      ? { kind: 'no-collections', message }
      : { kind: 'updated', message };
  } catch (error) {
    return outcomeOfError(error);
  }
}

export function healthCheck(ctx: ClientContext, options: CallOptions = {}): Promise<string> {
  return requestText(ctx.transport, {
    method: 'GET',
    path: '/health-check',
    timeoutMs: ctx.timeouts.other,
    signal: options.signal,
  });
}
