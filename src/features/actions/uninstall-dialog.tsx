import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import type { ExtensionRow } from '../../api';
import { deriveState, isInstanceRow } from '../../domain/extension-state';
import { displayName } from '../../domain/names';
import { helmUpdatedAt } from '../../domain/pods';
import { TechnicalDetails } from '../../components/technical-details';
import { OutcomeAlert } from './outcome-alert';
import type { OutcomeMessage } from './outcome-messages';
import { releaseOf, useUninstall } from './use-operations';

export const FORCE_EXPLANATION =
  'A forced uninstall removes it at once, without running its clean-up steps, so what they would remove (for a workflow: its files in Airflow) may stay behind.';

/** The technical side of a forced uninstall, for the collapsed details. */
export const FORCE_DETAILS = 'A forced uninstall is helm uninstall --no-hooks.';

/** Why a force is offered, in words. */
function whyForce(state: string): string {
  if (state === 'failed') return 'Its installation failed, so its clean-up steps may fail too.';
  if (state === 'uninstalling') {
    return 'Removing it has been going on for a while; a clean-up step probably hangs.';
  }
  return 'It has been installing for minutes and will not finish by itself.';
}

function age(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${String(Math.max(1, minutes))} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${String(hours)} h` : `${String(Math.round(hours / 24))} days`;
}

interface Props {
  row: ExtensionRow;
  version: string;
  offerForce: boolean;
  force: boolean;
  onClose: () => void;
}

/** Asks before removing a release, names it, and offers skipping hooks when it is stuck. */
export function UninstallDialog({ row, version, offerForce, force: startForced, onClose }: Props) {
  const instance = isInstanceRow(row);
  const verb = instance ? 'Delete' : 'Uninstall';
  const name = displayName(row);
  const { deployment, state } = deriveState(row);
  const started = deployment ? helmUpdatedAt(deployment) : Number.NaN;
  const [force, setForce] = useState(startForced);
  const [openedAt] = useState(() => Date.now());
  // A failure stays in the dialog, which shows it (and no notification repeats it).
  const [failure, setFailure] = useState<OutcomeMessage | null>(null);
  const uninstall = useUninstall((outcome, message) => {
    if (outcome.kind === 'failed') setFailure(message);
    else onClose();
  });
  const run = (withForce: boolean) => {
    setForce(withForce);
    setFailure(null);
    uninstall.mutate({
      row,
      version,
      force: withForce,
      action: withForce ? 'Force uninstall' : verb,
    });
  };
  return (
    <Dialog
      open
      onClose={uninstall.isPending ? undefined : onClose}
      maxWidth="sm"
      fullWidth
      aria-labelledby="uninstall-title"
      aria-describedby="uninstall-what"
    >
      <DialogTitle id="uninstall-title">
        {startForced ? 'Force uninstall' : verb} {name}?
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText id="uninstall-what">
            {instance ? (
              <>
                This deletes the instance <strong>{name}</strong> (version {version}
                {Number.isNaN(started) ? '' : `, launched ${age(openedAt - started)} ago`}) and
                everything it keeps only for itself. It leaves the catalog once it is gone.
              </>
            ) : (
              <>
                This removes <strong>{name}</strong> {version} from the platform.
                {row.kind === 'dag' ? ' Its workflows disappear from Airflow.' : ''} It stays in the
                catalog as “Not installed”, ready to install again.
              </>
            )}
          </DialogContentText>
          <TechnicalDetails
            text={`Release ${instance ? row.releaseName : releaseOf(row)}.${offerForce || startForced ? ` ${FORCE_DETAILS}` : ''}`}
          />
          {offerForce || startForced ? (
            <Alert severity="warning" role="note">
              {whyForce(state)} {FORCE_EXPLANATION}
            </Alert>
          ) : null}
          {failure ? <OutcomeAlert outcome={failure} /> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={uninstall.isPending}>
          Cancel
        </Button>
        {offerForce && !startForced ? (
          <Button
            color="warning"
            variant="outlined"
            onClick={() => {
              run(true);
            }}
            disabled={uninstall.isPending}
          >
            {uninstall.isPending && force ? 'Forcing…' : 'Force uninstall'}
          </Button>
        ) : null}
        <Button
          color="error"
          variant="contained"
          onClick={() => {
            run(startForced);
          }}
          disabled={uninstall.isPending}
          startIcon={
            uninstall.isPending ? (
              <CircularProgress size={16} color="inherit" aria-hidden />
            ) : undefined
          }
        >
          {uninstall.isPending ? 'Working…' : startForced ? 'Force uninstall' : verb}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
