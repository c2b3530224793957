import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExtensionRow, InstallOutcome, InstallRequest, UninstallOutcome } from '../../api';
import { deriveState, isInstanceRow, isMultiInstallRow } from '../../domain/extension-state';
import { displayName } from '../../domain/names';
import type { PendingOperation } from '../../domain/pending';
import { useKubeHelmClient } from '../../queries/client-context';
import { extensionsQuery } from '../../queries/extensions';
import {
  installedRelease,
  installOutcomeWords,
  outcomeDetails,
  uninstallOutcomeWords,
  useReportOperation,
} from './operation-report';
import { describeInstall, describeUninstall, type OutcomeMessage } from './outcome-messages';

export interface InstallJob {
  row: ExtensionRow;
  request: InstallRequest;
  /** The action in the activity log's words ("Install", "Launch"). */
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

/** The display name typed for a launched instance, if one was typed (`-` is the chart's "none"). */
export function typedInstanceName(job: InstallJob): string | null {
  if (!isMultiInstallRow(job.row)) return null;
  const typed = job.request.extensionParams?.display_name;
  return typeof typed === 'string' && typed.trim() && typed !== '-' ? typed : null;
}

/** The extension's own display name, for an instance row too (never a release name). */
export function extensionNameOf(row: ExtensionRow): string {
  const visible = row.annotations?.['ui-visible-name']?.trim();
  if (visible) return visible;
  return row.chart_name;
}

/**
 * The answers that the open install dialog shows itself, keeping what was typed: a failure, and
 * no answer at all (a hang, a dropped connection), after which the user must check before trying
 * again. Everything else closes the dialog and is told in a notification.
 */
export function keepsDialogOpen(outcome: InstallOutcome): boolean {
  return (
    outcome.kind === 'failed' ||
    (outcome.kind === 'outcome-unknown' && outcome.reason === 'no-answer')
  );
}

/**
 * What the list should show at once after an install answer. "Already installed" changes
 * nothing, so nothing is shown; with no answer at all a single install may still be under way
 * under the chart's name, while a launch's name is unknown.
 */
export function pendingAfterInstall(
  outcome: InstallOutcome,
  job: InstallJob,
  at: number,
): PendingOperation | null {
  const launch = isMultiInstallRow(job.row);
  const named = installedRelease(outcome);
  const releaseName =
    named ??
    (outcome.kind === 'outcome-unknown' && outcome.reason === 'no-answer' && !launch
      ? job.row.chart_name
      : null);
  if (releaseName === null) return null;
  const { chart_name: chart } = job.row;
  const { version } = job.request;
  if (!launch) return { kind: 'install', releaseName, chart, version, at };
  return { kind: 'launch', releaseName, chart, version, displayName: typedInstanceName(job), at };
}

/** Installs or launches; reports the outcome, logs it, and shows the release at once. */
export function useInstall(onDone?: (outcome: InstallOutcome, message: OutcomeMessage) => void) {
  const client = useKubeHelmClient();
  const queryClient = useQueryClient();
  const report = useReportOperation();
  return useMutation({
    mutationFn: (job: InstallJob) => client.install(job.request),
    onSuccess: (outcome, job) => {
      const rows = queryClient.getQueryData(extensionsQuery(client).queryKey) ?? [];
      const existing =
        outcome.kind === 'already-installed'
          ? rows.find((r) => r.releaseName === outcome.releaseName)
          : undefined;
      const instanceName = typedInstanceName(job);
      const message = describeInstall(outcome, {
        name: displayName(job.row),
        version: job.request.version,
        launch: isMultiInstallRow(job.row),
        instanceName,
        existingState: existing ? deriveState(existing).state : null,
      });
      const pending = pendingAfterInstall(outcome, job, Date.now());
      const releaseName =
        installedRelease(outcome) ??
        (outcome.kind === 'already-installed' ? outcome.releaseName : (pending?.releaseName ?? ''));
      report({
        message,
        pending,
        // What the open dialog shows is not told twice; everything else is told here.
        notify: !keepsDialogOpen(outcome),
        follow: pending ? 'install' : null,
        activity: {
          action: job.action,
          extension: instanceName ?? displayName(job.row),
          instanceOf: instanceName ? displayName(job.row) : undefined,
          version: job.request.version,
          releaseName,
          outcome: installOutcomeWords(outcome),
          details: {
            request: { endpoint: 'POST /helm-install-chart', ...job.request },
            outcome: outcomeDetails(outcome),
          },
        },
      });
      onDone?.(outcome, message);
    },
  });
}

/** Uninstalls a release or deletes an instance; the row shows "uninstalling" until the list agrees. */
export function useUninstall(
  onDone?: (outcome: UninstallOutcome, message: OutcomeMessage) => void,
) {
  const client = useKubeHelmClient();
  const report = useReportOperation();
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
      const releaseName = releaseOf(job.row);
      const message = describeUninstall(outcome, {
        name: displayName(job.row),
        releaseName,
        force: job.force,
        instance,
      });
      const requested = outcome.kind !== 'failed';
      report({
        message,
        pending: requested
          ? { kind: 'uninstall', releaseName, chart: job.row.chart_name, at: Date.now() }
          : null,
        notify: requested,
        follow: requested ? 'uninstall' : null,
        activity: {
          action: job.action,
          extension: displayName(job.row),
          instanceOf: instance ? extensionNameOf(job.row) : undefined,
          version: job.version,
          releaseName,
          outcome: uninstallOutcomeWords(outcome),
          details: {
            request: {
              endpoint: 'POST /helm-delete-chart',
              releaseName,
              version: job.version,
              force: job.force,
              multiinstallable: instance,
            },
            outcome: outcomeDetails(outcome),
          },
        },
      });
      onDone?.(outcome, message);
    },
  });
}
