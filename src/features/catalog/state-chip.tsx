import { Link as RouterLink } from 'react-router';
import type { Tone } from '../../components/tone';
import { ReleaseStateChip, stateLabel } from '../../components/release-state-chip';
import { PlainIcon } from '../../components/plain-icon';
import { releasePath } from '../../components/release-path';
import { ToneChip } from '../../components/tone-chip';
import type { Attention } from '../../domain/catalog/attention';
import type { CatalogEntry } from '../../domain/catalog/entries';
import type { DerivedState } from '../../domain/extension-state';
import type { Why } from './layout';

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
  const stuck = attention === 'stuck';
  const label = stateLabel(derived.state, instance, stuck);
  const chip = <ReleaseStateChip state={derived.state} instance={instance} stuck={stuck} />;
  const release = derived.deployment?.deployment_id;
  if (!release) return chip;
  const worrying = whyTone === 'warning' || whyTone === 'error';
  return (
    <div className="kh-state">
      {/* Its tip says why, and the explanation with the next step (TipHost). */}
      <RouterLink
        to={releasePath(release)}
        className="kh-state-link"
        tabIndex={-1}
        aria-label={`${name}: ${label}${why ? `. ${why}` : ''}. Open its page.`}
        title={why ? (whyDetail ? `${why}\n${whyDetail}` : why) : undefined}
        data-tip="lead"
      >
        {chip}
      </RouterLink>
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
  if (n === 0) return <ReleaseStateChip state="launchable" instance={false} stuck={false} />;
  const ready = entry.instances.filter((i) => i.derived.state === 'ready').length;
  const tone: Tone =
    attention === 'stuck' ? 'warning' : attention ? 'error' : ready === n ? 'success' : 'info';
  return (
    <ToneChip
      tone={tone}
      icon={<PlainIcon name={attention ? 'warningAmber' : 'rocketLaunch'} />}
      label={`${String(ready)} of ${String(n)} ready`}
    />
  );
}
