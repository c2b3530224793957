import type { CallOptions, ClientContext } from './context';
import { outcomeOfError, type Failed, type NoAnswer } from './outcomes';
import { httpError, requestJson, requestText, send } from './request';
import { extensionListSchema, type ExtensionRow } from '../contract/schemas';

export function listExtensions(ctx: ClientContext, signal: AbortSignal): Promise<ExtensionRow[]> {
  return requestJson(
    ctx.transport,
    { method: 'GET', path: '/extensions', timeoutMs: ctx.timeouts.extensions, signal },
    extensionListSchema,
  );
}

export function listPlatforms(ctx: ClientContext, options: CallOptions = {}) {
  return requestJson(
    ctx.transport,
    {
      method: 'GET',
      path: '/platforms',
      timeoutMs: ctx.timeouts.extensions,
      signal: options.signal,
    },
    extensionListSchema,
  );
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
