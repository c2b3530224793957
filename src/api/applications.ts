import type { CallOptions, ClientContext } from './context';
import { outcomeOfError, type Failed, type NoAnswer } from './outcomes';
import { httpError, requestJson, send, serverMessage } from './request';
import { activeApplicationListSchema, type ActiveApplication } from '../contract/schemas';

export function listActiveApplications(
  ctx: ClientContext,
  options: CallOptions = {},
): Promise<ActiveApplication[]> {
  return requestJson(
    ctx.transport,
    {
      method: 'GET',
      path: '/active-applications',
      timeoutMs: ctx.timeouts.other,
      signal: options.signal,
    },
    activeApplicationListSchema,
  );
}

export type CompleteApplicationOutcome =
  | { kind: 'completed'; message: string }
  /** Only releases of charts with the `kaapanaint` keyword can be completed. */
  | { kind: 'not-completable'; message: string }
  | NoAnswer
  | Failed;

export async function completeActiveApplication(
  ctx: ClientContext,
  releaseName: string,
  options: CallOptions = {},
): Promise<CompleteApplicationOutcome> {
  try {
    const raw = await send(ctx.transport, {
      method: 'POST',
      path: '/complete-active-application',
      body: { json: { release_name: releaseName } },
      timeoutMs: ctx.timeouts.other,
      signal: options.signal,
    });
    if (raw.ok) return { kind: 'completed', message: raw.text.trim() };
    const message = serverMessage(raw);
    if (message.includes('does not have correct annotations')) {
      return { kind: 'not-completable', message };
    }
    return { kind: 'failed', error: httpError(raw) };
  } catch (error) {
    return outcomeOfError(error);
  }
}
