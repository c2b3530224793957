/**
 * The one error type of the kube-helm client. Every failure of a request ends up here, with a kind
 * that tells the UI what happened and what the user can do about it.
 */
export type ApiErrorKind =
  /** The request never got an answer: offline, DNS, connection refused or dropped. */
  | 'network'
  /** No answer within the endpoint's time limit. */
  | 'timeout'
  /** The server answered with an error status. */
  | 'http'
  /** The server answered 2xx, but with a body we cannot use. */
  | 'bad-response'
  /** The gateway wants a new login (401, a redirect, or a login page where data was expected). */
  | 'signed-out'
  /** The gateway's policy refused the request (403). */
  | 'forbidden'
  /** The client refused to send the request, e.g. a launch without a project. */
  | 'invalid-request';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  /** e.g. `GET /extensions` */
  endpoint: string;
  /** HTTP status, or null when there was no answer. */
  status: number | null;
  /** What the server said (its `detail`, its text body, or a summary of a 422 list); '' if nothing. */
  serverMessage?: string;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly endpoint: string;
  readonly status: number | null;
  readonly serverMessage: string;

  constructor(init: ApiErrorInit) {
    super(summarise(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.serverMessage = init.serverMessage ?? '';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function summarise({ kind, endpoint, status, serverMessage }: ApiErrorInit): string {
  const said = serverMessage ? `: ${serverMessage}` : '';
  switch (kind) {
    case 'network':
      return `${endpoint}: the backend could not be reached${said}`;
    case 'timeout':
      return `${endpoint}: no answer in time${said}`;
    case 'http':
      return `${endpoint} failed with ${String(status)}${said}`;
    case 'bad-response':
      return `${endpoint}: unexpected answer${said}`;
    case 'signed-out':
      return `${endpoint}: the session has expired`;
    case 'forbidden':
      return `${endpoint}: not permitted`;
    case 'invalid-request':
      return `${endpoint}: not sent${said}`;
  }
}

/** Text for people: what happened, and what to do next. */
export function explainApiError(error: ApiError): { title: string; nextStep: string } {
  switch (error.kind) {
    case 'network':
      return {
        title: 'The extension service could not be reached.',
        nextStep: 'Check your connection; Kaapana may be restarting. We will keep trying.',
      };
    case 'timeout':
      return {
        title: 'The extension service did not answer in time.',
        nextStep: 'It may be busy with a long helm operation. Wait a moment and try again.',
      };
    case 'signed-out':
      return {
        title: 'Your Kaapana session has expired.',
        nextStep: 'Reload the page to sign in again.',
      };
    case 'forbidden':
      return {
        title: 'You are not allowed to do this.',
        nextStep:
          'Managing extensions needs the matching role in the selected project. Ask your Kaapana administrator.',
      };
    case 'bad-response':
      return {
        title: 'The extension service sent an answer this app does not understand.',
        nextStep: 'Reload the page. If it persists, report it with the details below.',
      };
    case 'invalid-request':
      return { title: error.serverMessage || 'The request was not sent.', nextStep: '' };
    case 'http':
      return {
        title: error.serverMessage
          ? `The extension service said: ${error.serverMessage}`
          : `The extension service failed (${String(error.status)}).`,
        nextStep:
          error.status !== null && error.status >= 500
            ? 'Try again in a moment. If it keeps failing, check the kube-helm logs.'
            : '',
      };
  }
}
