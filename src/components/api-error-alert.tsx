import Alert, { type AlertProps } from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { explainApiError, isApiError } from '../api';
import { errorReport, reportTime, type ReportLine } from './error-report';
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
  severity?: AlertProps['severity'];
}

/**
 * An alert with a long message and buttons: the message takes the width it needs (long server
 * texts wrap), and on a phone the buttons go below it instead of squeezing it into a column.
 */
export const noticeSx = {
  flexWrap: { xs: 'wrap', sm: 'nowrap' },
  '& .MuiAlert-message': { minWidth: 0, flex: { xs: '1 1 calc(100% - 48px)', sm: '1 1 auto' } },
  '& .MuiAlert-action': { ml: { xs: 4, sm: 'auto' }, pl: { xs: 0, sm: 2 }, pt: { xs: 0, sm: 0.5 } },
} as const;

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
      <Link
        href={typeof location === 'undefined' ? '/' : location.href}
        target="_blank"
        rel="noopener"
      >
        Sign in in a new tab
      </Link>{' '}
      to keep this page as it is{then ? `, ${then}` : ''}.
    </>
  );
}

export function SignInButton() {
  return (
    <Button
      color="inherit"
      size="small"
      onClick={() => {
        window.location.reload();
      }}
    >
      Sign in again
    </Button>
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
    <Button color="inherit" size="small" onClick={onRetry} disabled={retrying}>
      {retrying ? 'Trying again…' : 'Try again'}
    </Button>
  ) : null;
  const action =
    signedOut || retry ? (
      <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', whiteSpace: 'nowrap' }}>
        {signedOut ? <SignInButton /> : null}
        {retry}
      </Box>
    ) : undefined;
  const extra: ReportLine[] = [
    ['While', context],
    ['At', at === undefined ? null : reportTime(at)],
  ];
  return (
    <Alert severity={severity} action={action} sx={noticeSx}>
      <AlertTitle>{context} failed</AlertTitle>
      <Box>
        {explained.title} {explained.nextStep}
        {signedOut && onRetry ? <SignInAgain then="then try again" /> : null}
      </Box>
      <TechnicalDetails text={errorReport(error, extra)} />
    </Alert>
  );
}
