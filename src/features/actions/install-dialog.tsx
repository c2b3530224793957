import MemoryIcon from '@mui/icons-material/Memory';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import type { ExtensionRow } from '../../api';
import { useKubeHelmClient } from '../../queries/client-context';
import { ToneChip } from '../../components/tone-chip';
import { displayName } from '../../domain/names';
import { isMultiInstallRow } from '../../domain/extension-state';
import type { ParamValues } from '../../domain/params/fields';
import { ParamForm } from './param-form';
import { useParamForm } from './use-param-form';
import type { OutcomeMessage } from './outcome-messages';
import { useInstall } from './use-operations';

/** What installing does, in a sentence a researcher can act on. */
export function whatHappens(row: ExtensionRow, projectName: string | null): string {
  if (isMultiInstallRow(row)) {
    return `Starts a new instance of this application${projectName ? ` in project ${projectName}` : ''}. It shows in the catalog at once and opens from its link when ready (about half a minute).`;
  }
  if (row.kind === 'dag') {
    return 'Installs the workflow DAGs into Airflow. Start them afterwards from the Workflows page.';
  }
  return 'Starts the application. Open it from its link in the catalog once it is ready.';
}

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
  const [failed, setFailed] = useState<OutcomeMessage | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const install = useInstall((outcome, message) => {
    if (outcome.kind === 'failed') setFailed(message);
    else onClose();
  });
  const name = displayName(row);
  const verb = launch ? 'Launch' : 'Install';
  const blocked = launch && !project;
  const { editable } = form;

  const submit = () => {
    if (install.isPending) return;
    const extensionParams = form.submit();
    if (blocked || extensionParams === null) return;
    setFailed(null);
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
      onClose={install.isPending ? undefined : onClose}
      maxWidth="sm"
      fullWidth
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
      <Box
        component="form"
        noValidate
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
            <Typography>{row.description}</Typography>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              {row.versions.length > 1 ? (
                <TextField
                  select
                  size="small"
                  label="Version"
                  value={version}
                  onChange={(event) => {
                    setVersion(event.target.value);
                  }}
                  slotProps={{ select: { native: true } }}
                  sx={{ minWidth: 160 }}
                >
                  {row.versions.map((v) => (
                    <option key={v} value={v}>
                      {v}
                      {v === row.latest_version ? ' (latest)' : ''}
                    </option>
                  ))}
                </TextField>
              ) : (
                <Typography variant="body2">Version {version}</Typography>
              )}
              {row.resourceRequirement === 'gpu' ? (
                <ToneChip tone="info" icon={<MemoryIcon />} label="Needs a GPU" />
              ) : (
                <Typography variant="body2" color="text.secondary">
                  Runs on CPU
                </Typography>
              )}
            </Stack>
            <Alert severity="info" id="install-what" role="note">
              {whatHappens(row, project?.name ?? null)}
            </Alert>
            {blocked ? (
              <Alert severity="error">
                No project is selected. Applications are launched into a Kaapana project: choose one
                in Kaapana&apos;s project menu, then reload this page.
              </Alert>
            ) : null}
            {editable ? (
              <ParamForm
                fields={form.fields}
                values={form.values}
                errors={form.errors}
                showErrors={form.showErrors}
                onChange={form.change}
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
            {failed ? (
              <Alert severity="error" role="alert">
                <AlertTitle>{failed.title}</AlertTitle>
                {failed.message}
              </Alert>
            ) : null}
          </Stack>
        </DialogContent>
        <DialogActions>
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
    </Dialog>
  );
}
