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
import { explainApiError, type ExtensionRow } from '../../api';
import { deriveState, isInstanceRow } from '../../domain/extension-state';
import { displayName } from '../../domain/names';
import { helmUpdatedAt } from '../../domain/pods';
import { releaseOf, useUninstall } from './use-operations';

export const FORCE_EXPLANATION =
  'A forced uninstall runs helm with --no-hooks: the release is removed at once, but the clean-up jobs of the chart do not run, so what they would remove (for a workflow: its DAG files in Airflow) may stay behind.';

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
  const uninstall = useUninstall((outcome) => {
    if (outcome.kind !== 'failed') onClose();
  });
  const run = (withForce: boolean) => {
    setForce(withForce);
    uninstall.mutate({
      row,
      version,
      force: withForce,
      action: withForce ? 'Force uninstall' : verb,
    });
  };
  const failure = uninstall.data?.kind === 'failed' ? uninstall.data.error : null;
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
                This deletes the instance <strong>{name}</strong> (release{' '}
                <code>{row.releaseName}</code>, version {version}
                {Number.isNaN(started) ? '' : `, launched ${age(openedAt - started)} ago`}) and
                everything it keeps only for itself.
              </>
            ) : (
              <>
                This removes the release <code>{releaseOf(row)}</code> (version {version}) from the
                platform.
                {row.kind === 'dag' ? ' Its workflows disappear from Airflow.' : ''}
              </>
            )}
          </DialogContentText>
          {offerForce || startForced ? (
            <Alert severity="warning" role="note">
              {state === 'failed'
                ? 'helm reports this release as failed; its clean-up hooks may fail too.'
                : state === 'uninstalling'
                  ? 'An uninstall has been running for a while; a hook probably hangs.'
                  : 'helm has been installing this for minutes and will not finish by itself.'}{' '}
              {FORCE_EXPLANATION}
            </Alert>
          ) : null}
          {failure ? (
            <Alert severity="error" role="alert">
              {explainApiError(failure).title} {explainApiError(failure).nextStep}
            </Alert>
          ) : null}
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
