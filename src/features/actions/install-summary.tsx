import MemoryIcon from '@mui/icons-material/Memory';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ExtensionRow } from '../../api';
import { ToneChip } from '../../components/tone-chip';
import { isMultiInstallRow } from '../../domain/extension-state';

/** What installing does, in a sentence a researcher can act on. */
export function whatHappens(row: ExtensionRow, projectName: string | null): string {
  if (isMultiInstallRow(row)) {
    return `Starts a new instance of this application${projectName ? ` in project ${projectName}` : ''}. It shows in the catalog at once and opens from its link when ready, in about half a minute.`;
  }
  if (row.kind === 'dag') {
    return 'Installs the workflow DAGs into Airflow. Start them afterwards from the Workflows page.';
  }
  return 'Starts the application. Open it from its link in the catalog once it is ready.';
}

/** The top of the install dialog: what it is, which version, what hardware, what will happen. */
export function InstallSummary({
  row,
  version,
  onVersion,
  projectName,
  blocked,
}: {
  row: ExtensionRow;
  version: string;
  onVersion: (version: string) => void;
  projectName: string | null;
  /** A launch without a project: nothing can be sent. */
  blocked: boolean;
}) {
  return (
    <>
      <Typography>{row.description}</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {row.versions.length > 1 ? (
          <TextField
            select
            size="small"
            label="Version"
            value={version}
            onChange={(event) => {
              onVersion(event.target.value);
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
        {whatHappens(row, projectName)}
      </Alert>
      {blocked ? (
        <Alert severity="error">
          No project is selected. Applications are launched into a Kaapana project: choose one in
          Kaapana&apos;s project menu, then reload this page.
        </Alert>
      ) : null}
    </>
  );
}
