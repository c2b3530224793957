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
import Tooltip from '@mui/material/Tooltip';
import type { ReactElement, ReactNode } from 'react';
import type { Attention } from '../../domain/catalog/attention';
import type { CatalogEntry } from '../../domain/catalog/entries';
import type { DerivedState, ExtensionState } from '../../domain/extension-state';
import { podSummary, restartSummary } from '../../domain/pods';
import type { Tone } from '../../components/tone';
import { ToneChip } from '../../components/tone-chip';

const LOOK: Record<ExtensionState, { label: string; tone: Tone; icon: ReactElement }> = {
  ready: { label: 'Ready', tone: 'success', icon: <CheckCircleIcon /> },
  starting: { label: 'Starting', tone: 'info', icon: <HourglassTopIcon /> },
  installing: { label: 'Installing', tone: 'info', icon: <DownloadingIcon /> },
  uninstalling: { label: 'Uninstalling', tone: 'info', icon: <DeleteSweepIcon /> },
  error: { label: 'Error', tone: 'error', icon: <ErrorIcon /> },
  failed: { label: 'Failed', tone: 'error', icon: <CancelIcon /> },
  unknown: { label: 'Unknown', tone: 'neutral', icon: <HelpOutlineIcon /> },
  'not-installed': { label: 'Not installed', tone: 'neutral', icon: <RadioButtonUncheckedIcon /> },
  launchable: { label: 'Launchable', tone: 'neutral', icon: <RocketLaunchIcon /> },
};

function explanation(derived: DerivedState, attention: Attention | null): string {
  if (attention === 'stuck') {
    return derived.state === 'installing'
      ? 'helm has been installing this for minutes; it will probably not finish. Uninstall it (forcing if needed) and try again.'
      : 'The uninstall has not finished for over a minute; a hook may hang. A forced uninstall skips hooks.';
  }
  switch (derived.state) {
    case 'failed':
      return 'helm reports the release as failed. Uninstall it before installing again.';
    case 'error':
      return 'A pod is crashing or its image cannot be pulled.';
    case 'starting':
      return 'Deployed; waiting for its pods to run.';
    case 'installing':
      return 'helm is installing it.';
    case 'uninstalling':
      return 'helm is removing it.';
    case 'ready':
      return 'Deployed and running.';
    case 'unknown':
      return 'helm reports a state this page does not know.';
    default:
      return '';
  }
}

function Details({ derived, attention }: { derived: DerivedState; attention: Attention | null }) {
  const d = derived.deployment;
  const lines: ReactNode[] = [explanation(derived, attention)];
  if (d) {
    lines.push(`Helm: ${d.helm_status} (revision ${d.helm_info.revision}, ${d.helm_info.chart})`);
    const pods = [podSummary(d), restartSummary(d)].filter(Boolean).join('; ');
    if (pods) lines.push(`Pods: ${pods}`);
  }
  return (
    <>
      {lines.filter(Boolean).map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </>
  );
}

/** The state of one release, with helm's status and a pod summary on hover and focus. */
export function StateChip({
  derived,
  attention,
  instance = false,
}: {
  derived: DerivedState;
  attention: Attention | null;
  /** A launched instance says "Starting" while helm installs it. */
  instance?: boolean;
}) {
  const look =
    instance && derived.state === 'installing'
      ? { ...LOOK.installing, label: 'Starting' }
      : LOOK[derived.state];
  const stuck = attention === 'stuck';
  return (
    <Tooltip title={<Details derived={derived} attention={attention} />} describeChild>
      <ToneChip
        tabIndex={0}
        tone={stuck ? 'warning' : look.tone}
        icon={stuck ? <WarningAmberIcon /> : look.icon}
        label={stuck ? `${look.label} · stuck` : look.label}
      />
    </Tooltip>
  );
}

/** A multi-installable chart: how many instances run, and whether one needs attention. */
export function InstancesChip({
  entry,
  attention,
}: {
  entry: CatalogEntry;
  attention: Attention | null;
}) {
  const n = entry.instances.length;
  if (n === 0) return <StateChip derived={entry.derived} attention={null} />;
  const ready = entry.instances.filter((i) => i.derived.state === 'ready').length;
  const tone: Tone =
    attention === 'stuck' ? 'warning' : attention ? 'error' : ready === n ? 'success' : 'info';
  return (
    <Tooltip
      describeChild
      title={
        <>
          {entry.instances.map((i) => (
            <div key={i.row.releaseName}>
              {i.name}: {LOOK[i.derived.state].label}
            </div>
          ))}
        </>
      }
    >
      <ToneChip
        tabIndex={0}
        tone={tone}
        icon={attention ? <WarningAmberIcon /> : <RocketLaunchIcon />}
        label={`${String(ready)} of ${String(n)} ready`}
      />
    </Tooltip>
  );
}
