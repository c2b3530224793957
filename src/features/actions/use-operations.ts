import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExtensionRow, InstallOutcome, InstallRequest, UninstallOutcome } from '../../api';
import { useKubeHelmClient } from '../../queries/client-context';
import { useNotify } from '../../components/notifications';
import { deriveState, isInstanceRow } from '../../domain/extension-state';
import { displayName } from '../../domain/names';
import { extensionsQuery, kubeHelmKeys } from '../../queries/extensions';
import { recordActivity } from '../../stores/activity';
import { addPending } from '../../stores/pending';
import { describeInstall, describeUninstall, type OutcomeMessage } from './outcome-messages';

export interface InstallJob {
  row: ExtensionRow;
  request: InstallRequest;
  /** The label of the activity entry ("install", "launch", "switch version"). */
  action: string;
}

export interface UninstallJob {
  row: ExtensionRow;
  version: string;
  force: boolean;
  action: string;
}

/**
 * The helm release a row stands for: its own deployment's id. A single-install row counts any
 * release of its chart, whatever its name (CONTRACT §3.3), so the row's name may not be it.
 */
export function releaseOf(row: ExtensionRow): string {
  return deriveState(row).deployment?.deployment_id ?? row.releaseName;
}

export function outcomeDetails(outcome: InstallOutcome | UninstallOutcome): unknown {
  if ('error' in outcome) {
    const { kind, status, endpoint, serverMessage } = outcome.error;
    return { ...outcome, error: { kind, status, endpoint, serverMessage } };
  }
  return outcome;
}

/** Installs or launches; reports the outcome, logs it, and shows the release at once. */
export function useInstall(onDone?: (outcome: InstallOutcome, message: OutcomeMessage) => void) {
  const client = useKubeHelmClient();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (job: InstallJob) => client.install(job.request),
    onSuccess: (outcome, job) => {
      const launch = job.row.multiinstallable === 'yes';
      const rows = queryClient.getQueryData(extensionsQuery(client).queryKey) ?? [];
      const existing = rows.find(
        (r) => 'releaseName' in outcome && r.releaseName === outcome.releaseName,
      );
      const message = describeInstall(outcome, {
        name: displayName(job.row),
        version: job.request.version,
        launch,
        existingState: existing ? deriveState(existing).state : null,
      });
      const releaseName =
        outcome.kind === 'installed' ||
        (outcome.kind === 'outcome-unknown' && outcome.reason !== 'no-answer')
          ? outcome.releaseName
          : launch
            ? null
            : job.row.chart_name;
      if (releaseName && outcome.kind !== 'failed') {
        const display = job.request.extensionParams?.display_name;
        addPending(
          client,
          launch
            ? {
                kind: 'launch',
                releaseName,
                chart: job.row.chart_name,
                version: job.request.version,
                displayName: typeof display === 'string' && display !== '-' ? display : null,
                at: Date.now(),
              }
            : {
                kind: 'install',
                releaseName,
                chart: job.row.chart_name,
                version: job.request.version,
                at: Date.now(),
              },
        );
      }
      notify({ severity: message.severity, title: message.title, message: message.message });
      recordActivity({
        action: job.action,
        extension: displayName(job.row),
        version: job.request.version,
        releaseName: releaseName ?? '',
        outcome:
          outcome.kind === 'outcome-unknown' ? `outcome-unknown (${outcome.reason})` : outcome.kind,
        severity: message.severity,
        message: `${message.title}. ${message.message}`,
        details: {
          request: { endpoint: 'POST /helm-install-chart', ...job.request },
          outcome: outcomeDetails(outcome),
        },
      });
      void queryClient.invalidateQueries({ queryKey: kubeHelmKeys.extensions() });
      onDone?.(outcome, message);
    },
  });
}

/** Uninstalls a release or deletes an instance; the row shows "uninstalling" until the list agrees. */
export function useUninstall(
  onDone?: (outcome: UninstallOutcome, message: OutcomeMessage) => void,
) {
  const client = useKubeHelmClient();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (job: UninstallJob) =>
      client.uninstall({
        releaseName: releaseOf(job.row),
        version: job.version,
        force: job.force,
        multiinstallable: isInstanceRow(job.row),
      }),
    onSuccess: (outcome, job) => {
      const instance = isInstanceRow(job.row);
      const message = describeUninstall(outcome, {
        name: displayName(job.row),
        releaseName: releaseOf(job.row),
        force: job.force,
        instance,
      });
      if (outcome.kind !== 'failed') {
        addPending(client, {
          kind: 'uninstall',
          releaseName: releaseOf(job.row),
          chart: job.row.chart_name,
          at: Date.now(),
        });
      }
      notify({ severity: message.severity, title: message.title, message: message.message });
      recordActivity({
        action: job.action,
        extension: displayName(job.row),
        version: job.version,
        releaseName: releaseOf(job.row),
        outcome: outcome.kind,
        severity: message.severity,
        message: `${message.title}. ${message.message}`,
        details: {
          request: {
            endpoint: 'POST /helm-delete-chart',
            releaseName: releaseOf(job.row),
            version: job.version,
            force: job.force,
            multiinstallable: instance,
          },
          outcome: outcomeDetails(outcome),
        },
      });
      void queryClient.invalidateQueries({ queryKey: kubeHelmKeys.extensions() });
      onDone?.(outcome, message);
    },
  });
}
