import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { CompleteApplicationOutcome } from '../../api';
import { useKubeHelmClient } from '../../queries/client-context';
import { activeApplicationsQuery } from '../../queries/extensions';
import { pollInterval } from '../../queries/polling';
import { useFailedReadsInARow } from '../../queries/read-history';
import { useAppState } from '../../stores/app-state-context';

/** A completion this page asked for: shown until the application leaves the list (or 90 s). */
interface Completing {
  releaseName: string;
  at: number;
}

const COMPLETING_MS = 90_000;

/**
 * The active applications, polled often while one is starting or being completed and calmly
 * otherwise; and completing one, which the list shows at once.
 */
export function useActiveApplications() {
  const client = useKubeHelmClient();
  const [completing, setCompleting] = useState<readonly Completing[]>([]);
  const failedReads = useFailedReadsInARow();
  const apps = useQuery({
    ...activeApplicationsQuery(client),
    // The one polling policy: often while one starts or is being completed, calm otherwise.
    refetchInterval: (query) =>
      pollInterval({
        rows: undefined,
        failures: failedReads(query),
        eager: completing.length > 0 || (query.state.data ?? []).some((a) => !a.ready),
      }),
  });
  // Forget completions the list no longer shows, or that took too long to show.
  const listed = new Set((apps.data ?? []).map((a) => a.release_name));
  const open = completing.filter(
    (c) => listed.has(c.releaseName) && apps.dataUpdatedAt - c.at < COMPLETING_MS,
  );
  if (apps.data && open.length !== completing.length) setCompleting(open);
  const names = useMemo(() => new Set(completing.map((c) => c.releaseName)), [completing]);
  return {
    apps,
    completing: names,
    markCompleting: (releaseName: string) => {
      setCompleting((list) => [...list, { releaseName, at: Date.now() }]);
    },
  };
}

/** `POST /complete-active-application`, logged in the activity log, the list read again. */
export function useComplete(
  onDone: (outcome: CompleteApplicationOutcome, releaseName: string) => void,
) {
  const client = useKubeHelmClient();
  const queryClient = useQueryClient();
  const { activity } = useAppState();
  return useMutation({
    mutationFn: ({ releaseName }: { releaseName: string; name: string }) =>
      client.completeActiveApplication(releaseName),
    onSuccess: (outcome, { releaseName, name }) => {
      const ok = outcome.kind === 'completed';
      activity.record({
        action: 'Complete',
        extension: name,
        version: '',
        releaseName,
        outcome:
          outcome.kind === 'completed'
            ? 'Requested'
            : outcome.kind === 'not-completable'
              ? 'Not completable'
              : outcome.kind === 'outcome-unknown'
                ? 'No answer'
                : 'Failed',
        severity: ok ? 'success' : outcome.kind === 'outcome-unknown' ? 'warning' : 'error',
        message: 'message' in outcome ? outcome.message : outcome.error.message,
        details: {
          request: { endpoint: 'POST /complete-active-application', releaseName },
          outcome:
            'error' in outcome ? { kind: outcome.kind, error: outcome.error.message } : outcome,
        },
      });
      void queryClient.invalidateQueries({ queryKey: activeApplicationsQuery(client).queryKey });
      onDone(outcome, releaseName);
    },
  });
}
