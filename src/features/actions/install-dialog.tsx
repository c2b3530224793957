import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import type { ExtensionRow } from '../../api';
import { useKubeHelmClient } from '../../queries/client-context';
import { displayName } from '../../domain/names';
import { isMultiInstallRow } from '../../domain/extension-state';
import type { ParamValues } from '../../domain/params/fields';
import { ACTIONS_SX, useFormDialogFullScreen } from './dialog-layout';
import { useDiscardGuard } from './discard-guard';
import { InstallSummary } from './install-summary';
import { OutcomeAlert } from './outcome-alert';
import { ParamForm } from './param-form';
import { useParamForm } from './use-param-form';
import type { OutcomeMessage } from './outcome-messages';
import { keepsDialogOpen, useInstall } from './use-operations';

interface Props {
  row: ExtensionRow;
  version: string;
  /** Answers to start with instead of the chart's defaults. */
  values?: ParamValues | undefined;
  onClose: () => void;
}

/** Install a chart or launch an instance: version, parameters, what will happen, the outcome. */
export function InstallDialog({ row, version: initialVersion, values, onClose }: Props) {
  const client = useKubeHelmClient();
  const launch = isMultiInstallRow(row);
  const project = launch ? client.project.current() : null;
  const form = useParamForm(row, values);
  const [version, setVersion] = useState(initialVersion);
  // A failure, or no answer at all: shown here, with everything typed kept.
  const [shown, setShown] = useState<OutcomeMessage | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const install = useInstall((outcome, message) => {
    if (keepsDialogOpen(outcome)) setShown(message);
    else onClose();
  });
  const name = displayName(row);
  const verb = launch ? 'Launch' : 'Install';
  const blocked = launch && !project;
  const { editable } = form;
  const fullScreen = useFormDialogFullScreen();
  const guard = useDiscardGuard({
    dirty: form.dirty || version !== initialVersion,
    busy: install.isPending,
    name,
    onClose,
  });

  const submit = () => {
    if (install.isPending) return;
    const extensionParams = form.submit();
    if (blocked || extensionParams === null) return;
    setShown(null);
    install.mutate({
      row,
      action: launch ? 'Launch' : 'Install',
      request: {
        name: row.chart_name,
        version,
        keywords: row.keywords,
        ...(extensionParams ? { extensionParams } : {}),
      },
    });
  };

  return (
    <Dialog
      open
      onClose={guard.onClose}
      maxWidth="sm"
      fullWidth
      fullScreen={fullScreen}
      aria-labelledby="install-title"
      aria-describedby="install-what"
      slotProps={{
        transition: {
          onEntered: () => {
            if (!editable) confirm.current?.focus();
          },
        },
      }}
    >
      {/* A flex column that may shrink, so the content scrolls and the actions stay in view. */}
      <Box
        component="form"
        noValidate
        sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: '1 1 auto' }}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <DialogTitle id="install-title">
          {verb} {name}
          <Typography variant="body2" color="text.secondary">
            {row.chart_name}
          </Typography>
        </DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <InstallSummary
              row={row}
              version={version}
              onVersion={setVersion}
              projectName={project?.name ?? null}
              blocked={blocked}
            />
            {editable ? (
              <ParamForm
                fields={form.fields}
                values={form.values}
                errors={form.errors}
                showErrors={form.showErrors}
                onChange={form.change}
                refusals={form.refusals}
              />
            ) : (
              <Typography variant="body2" color="text.secondary">
                This extension has no settings. Press Enter to {verb.toLowerCase()} it.
              </Typography>
            )}
            {form.refused ? (
              <Alert severity="error" role="alert">
                Some answers need attention before this can be sent.
              </Alert>
            ) : null}
            {shown ? <OutcomeAlert outcome={shown} /> : null}
          </Stack>
        </DialogContent>
        <DialogActions sx={ACTIONS_SX}>
          {editable ? (
            <Button onClick={form.reset} disabled={install.isPending} sx={{ mr: 'auto' }}>
              Reset to defaults
            </Button>
          ) : null}
          <Button onClick={onClose} disabled={install.isPending}>
            Cancel
          </Button>
          <Button
            ref={confirm}
            type="submit"
            variant="contained"
            disabled={blocked || install.isPending}
            startIcon={
              install.isPending ? (
                <CircularProgress size={16} color="inherit" aria-hidden />
              ) : undefined
            }
          >
            {install.isPending
              ? `${verb === 'Launch' ? 'Launching' : 'Installing'}…`
              : `${verb} ${version}`}
          </Button>
        </DialogActions>
      </Box>
      {guard.prompt}
    </Dialog>
  );
}
