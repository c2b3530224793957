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

/** A server's message as a sentence of its own: it ends with a full stop. */
function asSentence(message: string): string {
  const text = message.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** What an error means for people. */
export interface ErrorExplanation {
  /** What happened, in plain words. */
  title: string;
  /** What the user can do next ('' when nothing). */
  nextStep: string;
  /** What an administrator should look at; shown only among the technical details. */
  forAdmins: string;
}

/** Text for people: what happened, what to do next, and (apart) what an administrator checks. */
export function explainApiError(error: ApiError): ErrorExplanation {
  switch (error.kind) {
    case 'network':
      return {
        title: 'The extension service could not be reached.',
        nextStep: 'Check your connection; Kaapana may be restarting. We will keep trying.',
        forAdmins:
          'No answer reached the browser: the gateway or the extension service (kube-helm) may be down or restarting.',
      };
    case 'timeout':
      return {
        title: 'The extension service did not answer in time.',
        nextStep: 'It may be busy with a long operation. Wait a moment and try again.',
        forAdmins:
          'kube-helm serves one request at a time: a slow list rebuild or helm command makes every other request wait.',
      };
    case 'signed-out':
      return {
        title: 'Your Kaapana session has expired.',
        nextStep: 'Sign in again: reload the page and Kaapana asks for your login.',
        forAdmins:
          'The gateway (oauth2-proxy) answered with a redirect to the login or 401 instead of data.',
      };
    case 'forbidden':
      return {
        title: 'You are not allowed to do this.',
        nextStep:
          'Managing extensions needs the matching role in the selected project. Ask your Kaapana administrator.',
        forAdmins:
          'The gateway refused the request (403): the user needs manage rights on extensions for the project in the Project cookie.',
      };
    case 'bad-response':
      return {
        title: 'The extension service sent an answer this app cannot read.',
        nextStep: 'Reload the page. If it keeps happening, tell your Kaapana administrator.',
        forAdmins:
          'The answer does not match what kube-helm is known to send; the kube-helm logs may say why.',
      };
    case 'invalid-request':
      return {
        title: error.serverMessage || 'The request was not sent.',
        nextStep: '',
        forAdmins: '',
      };
    case 'http': {
      const serverError = error.status !== null && error.status >= 500;
      return {
        title: error.serverMessage
          ? `The extension service said: ${asSentence(error.serverMessage)}`
          : `The extension service failed (${String(error.status)}).`,
        nextStep: serverError
          ? 'Try again in a moment. If it keeps failing, tell your Kaapana administrator.'
          : '',
        forAdmins: serverError
          ? `kube-helm (or the gateway in front of it) answered ${String(error.status)}; the kube-helm logs say why.`
          : '',
      };
    }
  }
}
