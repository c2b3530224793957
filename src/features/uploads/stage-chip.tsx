import { ToneChip } from '../../components/tone-chip';
import type { Tone } from '../../components/tone';
import type { Stage } from './upload-entry';

const STAGE: Record<Stage, { label: string; tone: Tone }> = {
  checking: { label: 'Checking', tone: 'info' },
  refused: { label: 'Refused', tone: 'error' },
  blocked: { label: 'Not uploaded', tone: 'error' },
  'needs-choice': { label: 'Your choice', tone: 'warning' },
  kept: { label: 'Kept', tone: 'neutral' },
  queued: { label: 'Queued', tone: 'neutral' },
  uploading: { label: 'Uploading', tone: 'info' },
  importing: { label: 'Importing', tone: 'info' },
  'waiting-catalog': { label: 'Waiting for the catalog', tone: 'info' },
  available: { label: 'Available', tone: 'success' },
  'not-listed': { label: 'Not listed', tone: 'warning' },
  failed: { label: 'Failed', tone: 'error' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
  interrupted: { label: 'Interrupted', tone: 'warning' },
};

/** An upload cancelled and winding down (the piece under way, then the revert). */
const CANCELLING = { label: 'Cancelling', tone: 'neutral' } as const;

export function stageLabel(stage: Stage, cancelling = false): string {
  return (cancelling ? CANCELLING : STAGE[stage]).label;
}

export function StageChip({ stage, cancelling = false }: { stage: Stage; cancelling?: boolean }) {
  const { label, tone } = cancelling ? CANCELLING : STAGE[stage];
  return <ToneChip tone={tone} label={label} />;
}
