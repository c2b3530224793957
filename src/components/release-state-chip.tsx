import type { ExtensionState } from '../domain/extension-state';
import type { Tone } from './tone';
import { PlainIcon, type IconName } from './plain-icon';
import { ToneChip } from './tone-chip';

const LOOK: Record<ExtensionState, { label: string; tone: Tone; icon: IconName }> = {
  ready: { label: 'Ready', tone: 'success', icon: 'checkCircle' },
  starting: { label: 'Starting', tone: 'info', icon: 'hourglassTop' },
  installing: { label: 'Installing', tone: 'info', icon: 'downloading' },
  uninstalling: { label: 'Uninstalling', tone: 'info', icon: 'deleteSweep' },
  error: { label: 'Not working', tone: 'error', icon: 'error' },
  failed: { label: 'Failed', tone: 'error', icon: 'cancel' },
  unknown: { label: 'Unknown', tone: 'neutral', icon: 'helpOutlined' },
  'not-installed': { label: 'Not installed', tone: 'neutral', icon: 'radioButtonUnchecked' },
  launchable: { label: 'Launchable', tone: 'neutral', icon: 'rocketLaunch' },
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
      icon={<PlainIcon name={stuck ? 'warningAmber' : look.icon} />}
      label={stateLabel(state, instance, stuck)}
    />
  );
}
