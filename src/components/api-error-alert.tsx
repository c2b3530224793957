import { explainApiError, isApiError } from '../api';
import { errorReport, reportTime, type ReportLine } from './error-report';
import { AlertButton, PlainAlert, type Severity } from './plain-alert';
import { TechnicalDetails } from './technical-details';

interface Props {
  error: unknown;
  /** What the user was doing, e.g. "Loading the extensions". */
  context: string;
  onRetry?: () => void;
  /** A new attempt is under way (the retry button waits). */
  retrying?: boolean;
  /** When it failed, for the details. */
  at?: number;
  severity?: Severity;
}

export function isSignedOut(error: unknown): boolean {
  return isApiError(error) && error.kind === 'signed-out';
}

/**
 * How to sign in again behind Kaapana's gateway: any page load without a session is sent to the
 * login and back (CONTRACT §1.2), so reloading signs in; a new tab does the same and keeps this
 * page as it is.
 */
export function SignInAgain({ then }: { then?: string }) {
  return (
    <>
      {' '}
      <a
        className="kh-link"
        href={typeof location === 'undefined' ? '/' : location.href}
        target="_blank"
        rel="noopener"
      >
        Sign in in a new tab
      </a>{' '}
      to keep this page as it is{then ? `, ${then}` : ''}.
    </>
  );
}

export function SignInButton() {
  return (
    <AlertButton
      onClick={() => {
        window.location.reload();
      }}
    >
      Sign in again
    </AlertButton>
  );
}

/**
 * An error in words: what happened and what to do next, then a closed section with the technical
 * details (request, answer, what was wrong) to copy for an administrator.
 */
export function ApiErrorAlert({
  error,
  context,
  onRetry,
  retrying = false,
  at,
  severity = 'error',
}: Props) {
  const explained = isApiError(error)
    ? explainApiError(error)
    : {
        title: 'Something went wrong.',
        nextStep: 'Reload the page. If it keeps happening, tell your Kaapana administrator.',
      };
  const signedOut = isSignedOut(error);
  const retry = onRetry ? (
    <AlertButton onClick={onRetry} disabled={retrying}>
      {retrying ? 'Trying again…' : 'Try again'}
    </AlertButton>
  ) : null;
  const action =
    signedOut || retry ? (
      <>
        {signedOut ? <SignInButton /> : null}
        {retry}
      </>
    ) : undefined;
  const extra: ReportLine[] = [
    ['While', context],
    ['At', at === undefined ? null : reportTime(at)],
  ];
  return (
    <PlainAlert severity={severity} action={action} title={`${context} failed`}>
      <div>
        {explained.title} {explained.nextStep}
        {signedOut && onRetry ? <SignInAgain then="then try again" /> : null}
      </div>
      <TechnicalDetails text={errorReport(error, extra)} />
    </PlainAlert>
  );
}
