import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import type { CompleteApplicationOutcome } from '../../api';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useNotify } from '../../components/notifications';
import { useComplete } from './use-active-applications';

export interface CompleteTarget {
  releaseName: string;
  name: string;
}

/**
 * Asks before completing an application a workflow opened: the workflow goes on, and the
 * application is removed with whatever was not saved in it. Failures stay in the dialog.
 */
export function CompleteDialog({
  target,
  onClose,
  onCompleting,
}: {
  target: CompleteTarget;
  onClose: () => void;
  /** The platform accepted: show it as being completed. */
  onCompleting: (releaseName: string) => void;
}) {
  const notify = useNotify();
  const [outcome, setOutcome] = useState<CompleteApplicationOutcome | null>(null);
  const complete = useComplete((result, releaseName) => {
    if (result.kind === 'completed') {
      onCompleting(releaseName);
      notify({
        severity: 'success',
        title: `Completing ${target.name}`,
        message: 'The workflow continues; the application closes within a minute.',
      });
      onClose();
    } else if (result.kind === 'outcome-unknown') {
      onCompleting(releaseName);
      notify({
        severity: 'warning',
        title: `No answer while completing ${target.name}`,
        message: 'It may still happen: the list shows whether it does.',
      });
      onClose();
    } else {
      setOutcome(result);
    }
  });
  const titleId = 'complete-dialog-title';
  return (
    <Dialog
      open
      onClose={complete.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Complete {target.name}?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          A workflow opened this application and waits until you are done with it. Completing it
          lets the workflow go on and closes the application: save your work in it first.
        </DialogContentText>
        {outcome?.kind === 'not-completable' ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            The platform refused: this application was not opened by a workflow step that waits for
            it, so it cannot be completed. Remove it from its release page instead.
          </Alert>
        ) : null}
        {outcome?.kind === 'failed' ? (
          <ApiErrorAlert error={outcome.error} context="Completing the application" />
        ) : null}
        {complete.isError ? (
          <ApiErrorAlert error={complete.error} context="Completing the application" />
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={complete.isPending}>
          Cancel
        </Button>
        <Button
          variant="contained"
          disabled={complete.isPending || outcome !== null}
          onClick={() => {
            complete.mutate(target);
          }}
        >
          {complete.isPending ? 'Completing…' : 'Complete'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
