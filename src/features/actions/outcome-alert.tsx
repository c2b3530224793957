import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { TechnicalDetails } from '../../components/technical-details';
import type { OutcomeMessage } from './outcome-messages';

/**
 * An outcome shown in the open dialog (a failure, or an answer that never came): plain words,
 * and the technical side (what the server said, what an administrator should check) folded away.
 */
export function OutcomeAlert({ outcome }: { outcome: OutcomeMessage }) {
  return (
    <Alert severity={outcome.severity} role="alert">
      <AlertTitle>{outcome.title}</AlertTitle>
      {outcome.message}
      {outcome.details ? <TechnicalDetails text={outcome.details} summary="Details" /> : null}
    </Alert>
  );
}
