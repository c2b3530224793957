import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useRef, useState, type ReactNode } from 'react';

/** Why MUI asks a dialog to close. */
type CloseReason = 'escapeKeyDown' | 'backdropClick';

/**
 * Closing a dialog with a changed form by Esc or a click outside asks first: those are easy to do
 * by accident, and what was typed would be lost. The dialog's own Cancel button closes at once.
 * While `busy`, the dialog does not close at all.
 */
export function useDiscardGuard({
  dirty,
  busy,
  name,
  onClose,
}: {
  dirty: boolean;
  busy: boolean;
  /** What the form is for, e.g. "MITK Workbench". */
  name: string;
  onClose: () => void;
}): { onClose: (event: unknown, reason: CloseReason) => void; prompt: ReactNode } {
  const [asking, setAsking] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  const keep = () => {
    setAsking(false);
  };
  return {
    onClose: () => {
      if (busy) return;
      if (dirty) setAsking(true);
      else onClose();
    },
    prompt: (
      <Dialog
        open={asking}
        onClose={keep}
        maxWidth="xs"
        aria-labelledby="discard-title"
        aria-describedby="discard-what"
        // The safe choice has focus: Enter or Esc keeps what was typed.
        slotProps={{ transition: { onEntered: () => keepButton.current?.focus() } }}
      >
        <DialogTitle id="discard-title">Discard your changes?</DialogTitle>
        <DialogContent>
          <DialogContentText id="discard-what">
            The settings you changed for {name} are lost if you close this now.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={keep} ref={keepButton}>
            Keep editing
          </Button>
          <Button
            color="error"
            onClick={() => {
              setAsking(false);
              onClose();
            }}
          >
            Discard changes
          </Button>
        </DialogActions>
      </Dialog>
    ),
  };
}
