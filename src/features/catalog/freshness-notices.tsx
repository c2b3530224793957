import { describeUnreadable, explainApiError, isApiError, type UnreadableEntry } from '../../api';
import { isSignedOut, SignInAgain, SignInButton } from '../../components/api-error-alert';
import { errorReport, reportTime } from '../../components/error-report';
import { AlertButton, PlainAlert } from '../../components/plain-alert';
import { TechnicalDetails } from '../../components/technical-details';
import type { Stale } from '../../domain/freshness';
import { kubeHelmKeys, useUnreadableEntries } from '../../queries/extensions';
import { useFetchStatus } from '../../queries/list-clock';

const clock = (ms: number) => new Date(ms).toLocaleTimeString();

/** Why the list shown is old, in plain words. */
function staleReason(stale: Stale): string {
  if (stale.why === 'no-answer') {
    return `The extension service has not answered since ${clock(stale.since)}; we keep waiting.`;
  }
  const { error } = stale;
  if (isSignedOut(error)) {
    return 'Your Kaapana session has expired, so the list cannot be refreshed. Sign in again to see the current state: reload the page and Kaapana asks for your login.';
  }
  const why = isApiError(error) ? explainApiError(error).title : 'The list could not be refreshed.';
  return `${why} We keep trying, less often the longer it fails.`;
}

/**
 * The list shown is older than it should be: a read after it failed, or has had no answer for a
 * while. Says since when the list is unchanged, why, and what to do; recovers by itself.
 */
export function StaleNotice({
  stale,
  retrying,
  onRetry,
}: {
  stale: Stale;
  retrying: boolean;
  onRetry: () => void;
}) {
  const signedOut = stale.why === 'failed' && isSignedOut(stale.error);
  const report = errorReport(stale.why === 'failed' ? stale.error : 'no answer yet', [
    ['List read at', reportTime(stale.readAt)],
    [stale.why === 'failed' ? 'Last failure at' : 'Waiting since', reportTime(stale.since)],
  ]);
  return (
    <PlainAlert
      severity="warning"
      title={`Showing the list as of ${clock(stale.readAt)}`}
      action={
        <>
          {signedOut ? <SignInButton /> : null}
          <AlertButton onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry now'}
          </AlertButton>
        </>
      }
    >
      It may be out of date. {staleReason(stale)}
      {signedOut ? <SignInAgain then="then press Retry now" /> : null}
      <TechnicalDetails text={report} />
    </PlainAlert>
  );
}

const MAX_NAMES = 5;

/** Rows of the list that could not be read: left out, named where they have a name. */
export function UnreadableNotice({ entries }: { entries: readonly UnreadableEntry[] }) {
  const count = entries.length;
  const names = entries.flatMap((e) => (e.name === null ? [] : [e.name]));
  const shown = names.slice(0, MAX_NAMES).map((name) => `“${name}”`);
  const more = names.length - shown.length;
  const unnamed = count - names.length;
  const others = [
    more > 0 ? `${String(more)} more` : '',
    unnamed > 0 ? `${String(unnamed)} without a name` : '',
  ].filter(Boolean);
  return (
    <PlainAlert
      severity="warning"
      role="note"
      title={count === 1 ? '1 row could not be read' : `${String(count)} rows could not be read`}
    >
      The platform sent {count === 1 ? 'an entry' : 'entries'} this app cannot read, so{' '}
      {count === 1 ? 'it is' : 'they are'} not listed; everything else is shown as usual.
      {shown.length > 0 ? ` Not listed: ${[shown.join(', '), ...others].join(' and ')}.` : ''} If it
      is a chart you uploaded, check its values.yaml; otherwise tell your Kaapana administrator.
      <TechnicalDetails
        text={[
          'Request: GET /extensions',
          `Entries that are not rows (${String(count)}):`,
          ...entries.map(describeUnreadable),
        ].join('\n')}
      />
    </PlainAlert>
  );
}

/** The notices above the catalog's table: an old list, and rows left out. */
export function CatalogNotices({ stale, onRetry }: { stale: Stale | null; onRetry: () => void }) {
  const unreadable = useUnreadableEntries();
  return (
    <>
      {stale ? <LiveStaleNotice stale={stale} onRetry={onRetry} /> : null}
      {unreadable.length > 0 ? <UnreadableNotice entries={unreadable} /> : null}
    </>
  );
}

/** The stale notice with whether a read is under way (only while the list is old). */
function LiveStaleNotice({ stale, onRetry }: { stale: Stale; onRetry: () => void }) {
  const retrying = useFetchStatus(kubeHelmKeys.extensions()) === 'fetching';
  return <StaleNotice stale={stale} retrying={retrying} onRetry={onRetry} />;
}
