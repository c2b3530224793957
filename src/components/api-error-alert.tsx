import Alert, { type AlertProps } from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { explainApiError, isApiError } from '../api';

interface Props {
  error: unknown;
  /** What the user was doing, e.g. "Loading the extensions". */
  context: string;
  onRetry?: () => void;
  severity?: AlertProps['severity'];
}

/** An error in words: what happened, the server's message, and what to do next. */
export function ApiErrorAlert({ error, context, onRetry, severity = 'error' }: Props) {
  const explained = isApiError(error)
    ? explainApiError(error)
    : { title: 'Something went wrong.', nextStep: 'Reload the page. If it persists, report it.' };
  const serverSaid = isApiError(error) && error.kind !== 'http' ? error.serverMessage : '';
  const action =
    isApiError(error) && error.kind === 'signed-out' ? (
      <Button
        color="inherit"
        size="small"
        onClick={() => {
          window.location.reload();
        }}
      >
        Reload
      </Button>
    ) : onRetry ? (
      <Button color="inherit" size="small" onClick={onRetry}>
        Try again
      </Button>
    ) : undefined;
  return (
    <Alert severity={severity} action={action}>
      <AlertTitle>{context} failed</AlertTitle>
      {explained.title}
      {serverSaid ? ` (${serverSaid})` : ''} {explained.nextStep}
    </Alert>
  );
}
