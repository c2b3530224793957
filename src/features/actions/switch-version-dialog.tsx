import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ExtensionRow } from '../../api';
import { displayName } from '../../domain/names';
import { ACTIONS_SX, useFormDialogFullScreen } from './dialog-layout';
import { useDiscardGuard } from './discard-guard';
import { TechnicalDetails } from '../../components/technical-details';
import { OutcomeAlert } from './outcome-alert';
import { ParamForm } from './param-form';
import { isBusy, isFinished, type SwitchStep } from './switch-steps';
import { FORCE_DETAILS, FORCE_EXPLANATION } from './uninstall-dialog';
import { useParamForm } from './use-param-form';
import { useSwitchVersion } from './use-switch-version';

const ACTIVE: Record<SwitchStep, number> = {
  confirm: -1,
  uninstalling: 0,
  waiting: 1,
  installing: 2,
  done: 3,
  failed: -1,
  cancelled: -1,
};

interface Props {
  row: ExtensionRow;
  from: string;
  to: string;
  onClose: () => void;
}

/** Switching the installed version: uninstall, wait until gone, install — one operation. */
export function SwitchVersionDialog({ row, from, to, onClose }: Props) {
  const name = displayName(row);
  const form = useParamForm(row);
  const run = useSwitchVersion(row, from, to);
  const busy = isBusy(run.step);
  const finished = isFinished(run.step);
  const fullScreen = useFormDialogFullScreen();
  const labels = [`Uninstall ${from}`, `Wait until ${from} is removed`, `Install ${to}`];
  // Only the settings can be changed, and only before the switch starts.
  const guard = useDiscardGuard({
    dirty: run.step === 'confirm' && form.dirty,
    busy,
    name,
    onClose,
  });

  return (
    <Dialog
      open
      onClose={guard.onClose}
      maxWidth="sm"
      fullWidth
      fullScreen={fullScreen}
      aria-labelledby="switch-title"
    >
      <DialogTitle id="switch-title">
        Switch {name} from {from} to {to}
      </DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography>
            The platform cannot change the version in place: {from} is uninstalled first, then {to}{' '}
            is installed. In between, {name} is not available.
          </Typography>
          <TechnicalDetails
            text={`Release ${row.releaseName}: helm uninstall, then helm install of version ${to}.`}
          />
          <Stepper activeStep={ACTIVE[run.step]} orientation="vertical" aria-label="Steps">
            {labels.map((label, index) => (
              <Step key={label} completed={ACTIVE[run.step] > index}>
                <StepLabel>{label}</StepLabel>
              </Step>
            ))}
          </Stepper>
          <Box role="status" aria-live="polite">
            {run.step === 'waiting' ? (
              <Typography variant="body2">Waiting until {from} is removed…</Typography>
            ) : run.step === 'installing' ? (
              <Typography variant="body2">Installing {to}…</Typography>
            ) : run.step === 'done' ? (
              <Alert severity="success" role="note">
                Switched to {to}. It is starting now; its state in the catalog shows when it is
                ready.
              </Alert>
            ) : run.step === 'cancelled' ? (
              <Alert severity="warning" role="note">
                Cancelled. {from} is being removed; {to} was not installed. Install it from the
                catalog when you want it.
              </Alert>
            ) : null}
          </Box>
          {run.stuck ? (
            <Alert
              severity="warning"
              action={
                <Button
                  color="inherit"
                  size="small"
                  onClick={run.forceRemoval}
                  disabled={run.forcing}
                >
                  Force removal
                </Button>
              }
            >
              Removing {from} takes unusually long; a clean-up step may hang. {FORCE_EXPLANATION}
              <TechnicalDetails text={FORCE_DETAILS} />
            </Alert>
          ) : null}
          {run.failure ? <OutcomeAlert outcome={run.failure} /> : null}
          {run.step === 'confirm' && form.editable ? (
            <>
              <Typography variant="subtitle2" component="h3">
                Settings for {to}
              </Typography>
              <ParamForm
                fields={form.fields}
                values={form.values}
                errors={form.errors}
                showErrors={form.showErrors}
                onChange={form.change}
                refusals={form.refusals}
              />
            </>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions sx={ACTIONS_SX}>
        {finished ? (
          <Button onClick={onClose} variant="contained">
            Close
          </Button>
        ) : (
          <>
            <Button
              onClick={run.step === 'confirm' ? onClose : run.cancel}
              disabled={!run.canCancel && run.step !== 'confirm'}
            >
              Cancel
            </Button>
            <Button
              variant="contained"
              disabled={run.step !== 'confirm'}
              onClick={() => {
                const extensionParams = form.submit();
                if (extensionParams !== null) run.start(extensionParams);
              }}
            >
              {run.step === 'confirm' ? `Switch to ${to}` : 'Switching…'}
            </Button>
          </>
        )}
      </DialogActions>
      {guard.prompt}
    </Dialog>
  );
}
