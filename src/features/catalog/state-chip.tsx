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
import type { ReactElement } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Tone } from '../../components/tone';
import { ToneChip } from '../../components/tone-chip';
import type { Attention } from '../../domain/catalog/attention';
import type { CatalogEntry } from '../../domain/catalog/entries';
import type { DerivedState, ExtensionState } from '../../domain/extension-state';
import type { Why } from './layout';

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

/** Where a release's own page is. */
export const releasePath = (releaseName: string) => `/releases/${encodeURIComponent(releaseName)}`;

interface Props extends Why {
  derived: DerivedState;
  attention: Attention | null;
  /** The release's display name, for the accessible name. */
  name: string;
  /** A launched instance says "Starting" while it is being installed. */
  instance?: boolean;
}

/**
 * The state of one release. With a release behind it, the chip links to the release's page and
 * its accessible name says the state and why; when something is wrong, the why is written
 * under it too. The link is reached with the row's arrow keys (see catalog-table.tsx).
 */
export function StateChip({
  derived,
  attention,
  name,
  instance = false,
  why,
  whyDetail,
  whyTone,
}: Props) {
  const base =
    instance && derived.state === 'installing'
      ? { ...LOOK.installing, label: 'Starting' }
      : LOOK[derived.state];
  const stuck = attention === 'stuck';
  const label = stuck ? `${base.label} · stuck` : base.label;
  const chip = (
    <ToneChip
      tone={stuck ? 'warning' : base.tone}
      icon={stuck ? <WarningAmberIcon /> : base.icon}
      label={label}
    />
  );
  const release = derived.deployment?.deployment_id;
  if (!release) return chip;
  const worrying = whyTone === 'warning' || whyTone === 'error';
  return (
    <div className="kh-state">
      <Tooltip
        describeChild
        title={
          <>
            <strong>{why}</strong>
            {whyDetail ? <div>{whyDetail}</div> : null}
          </>
        }
      >
        <RouterLink
          to={releasePath(release)}
          className="kh-state-link"
          tabIndex={-1}
          aria-label={`${name}: ${label}${why ? `. ${why}` : ''}. Open its page.`}
        >
          {chip}
        </RouterLink>
      </Tooltip>
      {worrying && why ? (
        <span className="kh-why" aria-hidden>
          {why}
        </span>
      ) : null}
    </div>
  );
}

/** A multi-installable chart: how many of the instances shown are ready. */
export function InstancesChip({
  entry,
  attention,
}: {
  entry: CatalogEntry;
  attention: Attention | null;
}) {
  const n = entry.instances.length;
  if (n === 0) return <ToneChip tone="neutral" icon={LOOK.launchable.icon} label="Launchable" />;
  const ready = entry.instances.filter((i) => i.derived.state === 'ready').length;
  const tone: Tone =
    attention === 'stuck' ? 'warning' : attention ? 'error' : ready === n ? 'success' : 'info';
  return (
    <ToneChip
      tone={tone}
      icon={attention ? <WarningAmberIcon /> : <RocketLaunchIcon />}
      label={`${String(ready)} of ${String(n)} ready`}
    />
  );
}
