import { Link as RouterLink } from 'react-router';
import { stuckReleases, type ReleaseFacts } from '../domain/releases/releases';
import { useReleases } from '../queries/releases';
import { useHiddenNotices } from '../stores/app-state-context';
import { useStore } from '../stores/external-store';
import { PlainAlert } from './plain-alert';
import { PlainIcon } from './plain-icon';
import { ReleaseActionButton } from './release-actions';
import { releasePath } from './release-path';

const keyOf = (r: ReleaseFacts) => `${r.releaseName}:${r.derived.state}`;

/**
 * Says once, at the top of every place, that a release is stuck (installing or uninstalling for
 * longer than helm would take) or failed, with the one safe way out. Hidden on that release's own
 * page (which says it), and, once dismissed, until something new gets stuck (also after a reload).
 */
export function StuckBanner({ openRelease }: { openRelease: string | null }) {
  const { releases } = useReleases({ afterThePage: true });
  const hiddenNotices = useHiddenNotices();
  const dismissed = useStore(hiddenNotices);
  const stuck = stuckReleases(releases ?? []);
  const shown = stuck.filter((r) => !dismissed.includes(keyOf(r)) && r.releaseName !== openRelease);
  const first = shown[0];
  if (!first) return null;
  const more = shown.length - 1;
  return (
    <PlainAlert
      severity={first.derived.state === 'failed' ? 'error' : 'warning'}
      className="kh-alert--banner"
      titleClassName="kh-anywhere"
      title={`${first.name}: ${first.diagnosis.headline.toLowerCase()}`}
      action={
        <button
          type="button"
          className="kh-icon-btn kh-icon-btn--inherit"
          aria-label="Hide this notice"
          data-tip="label"
          onClick={() => {
            hiddenNotices.set(() => stuck.map(keyOf));
          }}
        >
          <PlainIcon name="close" size="small" />
        </button>
      }
    >
      <p className="kh-plain-p">
        {first.diagnosis.explanation} {first.diagnosis.next.text}
      </p>
      <div className="kh-row-gap kh-gap-above">
        <ReleaseActionButton release={first} variant="contained" />
        <RouterLink className="kh-btn" to={releasePath(first.releaseName)}>
          Details
        </RouterLink>
        {more > 0 ? (
          <RouterLink className="kh-link kh-body2" to="/releases?state=attention">
            {more} more {more === 1 ? 'is' : 'are'} stuck or failed
          </RouterLink>
        ) : null}
      </div>
    </PlainAlert>
  );
}
