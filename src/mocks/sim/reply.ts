/** What the simulated kube-helm answers; the HTTP face turns it into a Response. */
export type SimReply =
  /** `contentType: null` is a bare Starlette Response: NO Content-Type header at all. */
  | { status: number; body: string; contentType: string | null }
  /** The connection drops without an answer. */
  | { drop: true };

export const text = (status: number, body: string): SimReply => ({
  status,
  body,
  contentType: null,
});

/** Serialised at once, so later changes to the state cannot leak into an answer. */
export const json = (status: number, value: unknown): SimReply => ({
  status,
  body: JSON.stringify(value),
  contentType: 'application/json',
});

export const detail = (status: number, message: string): SimReply =>
  json(status, { detail: message });

/** FastAPI's 422 for a missing query parameter. */
export const missingQuery = (name: string): SimReply =>
  json(422, {
    detail: [{ type: 'missing', loc: ['query', name], msg: 'Field required', input: null }],
  });

/** Roughly what Python's json.loads says about text that is not JSON. */
function jsonErrorMessage(body: string): string {
  return /^\s*\{/.test(body)
    ? 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'
    : 'Expecting value: line 1 column 1 (char 0)';
}

export function parseJsonBody(
  body: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, message: jsonErrorMessage(body) };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
