import Alert, { type AlertColor } from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { ReleaseActionButton, releaseAction } from '../../components/release-actions';
import type { Diagnosis, DiagnosisTone } from '../../domain/diagnosis';
import type { ReleaseFacts } from '../../domain/releases/releases';

const SEVERITY: Record<DiagnosisTone, AlertColor> = {
  ok: 'success',
  info: 'info',
  warning: 'warning',
  error: 'error',
};

/** The button (or link) that takes the next step the diagnosis names, where one can. */
function NextStepAction({
  diagnosis,
  release,
  relaunch,
}: {
  diagnosis: Diagnosis;
  release: ReleaseFacts | null;
  relaunch: ReactNode;
}) {
  switch (diagnosis.next.kind) {
    case 'upload-image':
      return (
        <Button component={RouterLink} to="/uploads" variant="contained" size="small">
          Upload the image
        </Button>
      );
    case 'free-resources':
      return (
        <Button component={RouterLink} to="/releases?state=ready" size="small" variant="outlined">
          See what is running
        </Button>
      );
    case 'force-uninstall':
      return release ? (
        <ReleaseActionButton
          release={release}
          variant="contained"
          action={{ kind: 'force-uninstall', label: 'Force uninstall', enabled: true }}
        />
      ) : null;
    case 'reinstall':
    case 'change-parameters':
      return release ? (
        <>
          <ReleaseActionButton
            release={release}
            action={releaseAction(release)}
            variant="contained"
          />
          {diagnosis.next.kind === 'change-parameters' ? relaunch : null}
        </>
      ) : null;
    default:
      return null;
  }
}

/** Why the release is (not) ready, in plain words, with the next step and a way to take it. */
export function DiagnosisPanel({
  diagnosis,
  release,
  relaunch,
}: {
  diagnosis: Diagnosis;
  release: ReleaseFacts | null;
  /** "Launch again" for a launched instance, when one can be offered. */
  relaunch: ReactNode;
}) {
  return (
    <Box component="section" aria-labelledby="diagnosis-heading">
      <Alert
        severity={SEVERITY[diagnosis.tone]}
        sx={{ '& .MuiAlert-message': { minWidth: 0, flexGrow: 1 } }}
      >
        <AlertTitle id="diagnosis-heading" component="h2" sx={{ fontSize: '1.125rem' }}>
          {diagnosis.headline}
        </AlertTitle>
        {diagnosis.explanation ? <Typography>{diagnosis.explanation}</Typography> : null}
        {diagnosis.next.text ? (
          <Typography sx={{ mt: 1 }}>
            <strong>Next step:</strong> {diagnosis.next.text}
          </Typography>
        ) : null}
        <Box
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1, '&:empty': { display: 'none' } }}
        >
          <NextStepAction diagnosis={diagnosis} release={release} relaunch={relaunch} />
        </Box>
        {diagnosis.forAdmins ? (
          <Box component="details" sx={{ mt: 1.5 }}>
            <Box component="summary" sx={{ cursor: 'pointer', fontWeight: 600 }}>
              For administrators
            </Box>
            <Typography variant="body2" sx={{ mt: 1, overflowWrap: 'anywhere' }}>
              {diagnosis.forAdmins}
            </Typography>
          </Box>
        ) : null}
      </Alert>
    </Box>
  );
}
