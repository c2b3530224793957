import { useMutation } from '@tanstack/react-query';
import { memo } from 'react';
import { explainApiError } from '../../api';
import { useKubeHelmClient } from '../../queries/client-context';
import { useNotify } from '../../components/notifications';
import { PlainIcon } from '../../components/plain-icon';
import { useActivityLog } from '../../stores/app-state-context';

/**
 * Fetches the latest extension collections. kube-helm answers quickly but copies the charts in
 * the background; they show up at its next list rebuild, within about half a minute. One
 * mutation per page, however many buttons start it.
 */
export function useUpdateExtensions(onUpdated: () => void) {
  const client = useKubeHelmClient();
  const notify = useNotify();
  const activity = useActivityLog();
  return useMutation({
    mutationFn: () => client.updateExtensions(),
    onSuccess: (outcome) => {
      // Every action goes into the activity log, this one too.
      const failure = 'error' in outcome ? explainApiError(outcome.error) : null;
      activity.record({
        action: 'Update extensions',
        extension: 'Extension collections',
        version: '',
        releaseName: '',
        ...(outcome.kind === 'updated'
          ? {
              outcome: 'Fetching',
              severity: 'success',
              message:
                'The latest extensions are being fetched. New or changed ones appear in the catalog within about half a minute.',
            }
          : outcome.kind === 'no-collections'
            ? {
                outcome: 'Nothing to fetch',
                severity: 'info',
                message: 'No extension collections are configured on this platform.',
              }
            : {
                outcome: outcome.kind === 'failed' ? 'Failed' : 'No answer',
                severity: outcome.kind === 'failed' ? 'error' : 'warning',
                message:
                  `${failure?.title ?? ''} ${outcome.kind === 'failed' ? '' : 'If it went through, new extensions appear within a minute.'}`.trim(),
              }),
        details: {
          request: { endpoint: 'GET /update-extensions' },
          outcome:
            'error' in outcome
              ? {
                  kind: outcome.kind,
                  status: outcome.error.status,
                  said: outcome.error.serverMessage,
                }
              : outcome,
        },
      });
      switch (outcome.kind) {
        case 'updated':
          onUpdated();
          notify({
            severity: 'success',
            title: 'Extension collections updated',
            message: 'New or changed charts appear in the list within about half a minute.',
          });
          break;
        case 'no-collections':
          notify({
            severity: 'info',
            title: 'No extension collections are configured',
            message: `${outcome.message} Upload charts you packaged yourself instead, or ask your administrator.`,
          });
          break;
        case 'outcome-unknown':
          onUpdated();
          notify({
            severity: 'warning',
            title: 'No answer from the update',
            message:
              'Pulling the collections can take longer than we wait. If it went through, new charts appear within a minute; otherwise try again.',
          });
          break;
        case 'failed': {
          const { title, nextStep } = explainApiError(outcome.error);
          notify({
            severity: 'error',
            title: 'Updating the extensions failed',
            message: `${title} ${nextStep}`,
          });
          break;
        }
      }
    },
  });
}

/** Memoised: the catalog renders it on every view change, with the same two props. */
export const UpdateExtensionsButton = memo(function UpdateExtensionsButton({
  pending,
  onUpdate,
}: {
  pending: boolean;
  onUpdate: () => void;
}) {
  return (
    <button
      type="button"
      className="kh-btn kh-btn--outlined kh-btn--medium"
      onClick={() => {
        onUpdate();
      }}
      disabled={pending}
    >
      {pending ? <span className="kh-spinner" aria-hidden /> : <PlainIcon name="cloudSync" />}
      {pending ? 'Updating extensions…' : 'Update extensions'}
    </button>
  );
});
