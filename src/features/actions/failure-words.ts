import type { ApiError } from '../../api';

/**
 * What the server said, as its own quoted sentence: `The platform answered: “disk full”.` A
 * message that ends its own sentence (".", "!", "?") gets no second full stop.
 */
export function quoted(lead: string, said: string): string {
  const text = said.trim();
  return `${lead} “${text}”${/[.!?]$/.test(text) ? '' : '.'}`;
}

export interface FailureWords {
  /** What happened, as a sentence. */
  what: string;
  /** What the user can do next, as a sentence ('' when nothing). */
  next: string;
  /** What the server said and where, for the collapsed details and bug reports. */
  details: string;
}

/**
 * A failed request in words a researcher can act on. Helm, kube-helm and HTTP stay in `details`
 * (what to tell an administrator), never in `what` or `next`.
 */
export function failureWords(error: ApiError): FailureWords {
  const said = error.serverMessage ? quoted(' The server said:', error.serverMessage) : '';
  const details = `${error.endpoint}${error.status === null ? '' : ` answered ${String(error.status)}`}.${said}`;
  switch (error.kind) {
    case 'network':
      return {
        what: 'The connection to the platform was lost.',
        next: 'Check your connection; Kaapana may be restarting.',
        details: `${details} The connection broke before an answer came.`,
      };
    case 'timeout':
      return {
        what: 'The platform did not answer in time.',
        next: 'It may still be working on it.',
        details: `${details} No answer within the time this app waits.`,
      };
    case 'signed-out':
      return {
        what: 'Your Kaapana session has expired.',
        next: 'Reload the page to sign in again.',
        details,
      };
    case 'forbidden':
      return {
        what: 'You are not allowed to do this.',
        next: 'Managing extensions needs the matching role in this project; ask your Kaapana administrator.',
        details,
      };
    case 'bad-response':
      return {
        what: 'The platform sent an answer this app does not understand.',
        next: 'Reload the page. If it happens again, copy the details from the Activity page into a bug report.',
        details,
      };
    case 'invalid-request':
      return {
        what: error.serverMessage ? error.serverMessage.trim() : 'The request was not sent.',
        next: '',
        details: `${error.endpoint}: not sent.`,
      };
    case 'http':
      return {
        what: error.serverMessage
          ? quoted('The platform answered:', error.serverMessage)
          : 'The platform could not do it.',
        next:
          error.status !== null && error.status >= 500
            ? 'Try again in a moment. If it keeps failing, ask your administrator to look at the extension service.'
            : '',
        details: `${details} An administrator finds the cause in the logs of the kube-helm service.`,
      };
  }
}

/** The failure as one or two sentences. */
export const failureText = (error: ApiError): string => {
  const { what, next } = failureWords(error);
  return next ? `${what} ${next}` : what;
};
