import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import DownloadingIcon from '@mui/icons-material/Downloading';
import ErrorIcon from '@mui/icons-material/Error';
import HelpOutlineIcon from '@mui/icons-material/HelpOutlined';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import RocketLaunchIcon from '@mui/icons-material/RocketLaunch';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { ReactElement } from 'react';
import type { ExtensionState } from '../domain/extension-state';
import type { Tone } from './tone';
import { ToneChip } from './tone-chip';

const LOOK: Record<ExtensionState, { label: string; tone: Tone; icon: ReactElement }> = {
  ready: { label: 'Ready', tone: 'success', icon: <CheckCircleIcon /> },
  starting: { label: 'Starting', tone: 'info', icon: <HourglassTopIcon /> },
  installing: { label: 'Installing', tone: 'info', icon: <DownloadingIcon /> },
  uninstalling: { label: 'Uninstalling', tone: 'info', icon: <DeleteSweepIcon /> },
  error: { label: 'Not working', tone: 'error', icon: <ErrorIcon /> },
  failed: { label: 'Failed', tone: 'error', icon: <CancelIcon /> },
  unknown: { label: 'Unknown', tone: 'neutral', icon: <HelpOutlineIcon /> },
  'not-installed': { label: 'Not installed', tone: 'neutral', icon: <RadioButtonUncheckedIcon /> },
  launchable: { label: 'Launchable', tone: 'neutral', icon: <RocketLaunchIcon /> },
};

/** The label of a release's state ("Starting" for an instance helm is still installing). */
export function stateLabel(state: ExtensionState, instance: boolean, stuck: boolean): string {
  const label = instance && state === 'installing' ? 'Starting' : LOOK[state].label;
  return stuck ? `${label} · stuck` : label;
}

/** The state of one release as a small coloured label (the catalog's words). */
export function ReleaseStateChip({
  state,
  instance,
  stuck,
}: {
  state: ExtensionState;
  instance: boolean;
  stuck: boolean;
}) {
  const look = LOOK[state];
  return (
    <ToneChip
      tone={stuck ? 'warning' : look.tone}
      icon={stuck ? <WarningAmberIcon /> : look.icon}
      label={stateLabel(state, instance, stuck)}
    />
  );
}
