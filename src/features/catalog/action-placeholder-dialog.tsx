import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { ActionRequest } from './layout';

/** Stands in for the install/uninstall dialogs until they exist. */
export function ActionPlaceholderDialog({
  request,
  onClose,
}: {
  request: ActionRequest | null;
  onClose: () => void;
}) {
  return (
    <Dialog open={request !== null} onClose={onClose} aria-labelledby="action-placeholder-title">
      <DialogTitle id="action-placeholder-title">
        {request ? `${request.action.label} ${request.entry.name} ${request.version}` : ''}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          This action is not available from this page yet. Nothing was changed on the platform.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
