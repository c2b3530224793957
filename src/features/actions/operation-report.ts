import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { InstallOutcome, UninstallOutcome } from '../../api';
import { useNotify } from '../../components/notifications';
import type { PendingOperation } from '../../domain/pending';
import { kubeHelmKeys } from '../../queries/extensions';
import { useAppState } from '../../stores/app-state-context';
import { asSentences, type OutcomeMessage } from './outcome-messages';

/** Everything that follows an answer to an install or uninstall, in one place. */
export interface OperationReport {
  message: OutcomeMessage;
  /** Show the release at once in its new state, until the list shows it. */
  pending: PendingOperation | null;
  activity: {
    action: string;
    /** What the user sees: the extension's display name, or an instance's own. */
    extension: string;
    /** For an instance: the extension's display name. */
    instanceOf?: string | undefined;
    version: string;
    releaseName: string;
    outcome: string;
    details: unknown;
  };
  /** Watch the release and finish the activity entry when it settles. */
  follow: 'install' | 'uninstall' | null;
  /** Toast the outcome; false when an open dialog shows it itself. */
  notify: boolean;
}

/** Notes the outcome of an operation: pending overlay, notification, activity log, fresh list. */
export function useReportOperation(): (report: OperationReport) => void {
  const appState = useAppState();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useCallback(
    ({ message, pending, activity, follow, notify: toast }: OperationReport) => {
      const at = Date.now();
      if (pending) appState.addPending(pending);
      if (toast)
        notify({ severity: message.severity, title: message.title, message: message.message });
      const { instanceOf, details, ...rest } = activity;
      const id = appState.activity.record({
        ...rest,
        ...(instanceOf ? { instanceOf } : {}),
        severity: message.severity,
        message: asSentences(message),
        details: message.details
          ? { ...(details as object), explanation: message.details }
          : details,
      });
      if (follow) appState.follow(id, follow, at);
      void queryClient.invalidateQueries({ queryKey: kubeHelmKeys.extensions() });
    },
    [appState, notify, queryClient],
  );
}

/** An outcome as it goes into a bug report: the error without its stack. */
export function outcomeDetails(outcome: InstallOutcome | UninstallOutcome): unknown {
  if ('error' in outcome) {
    const { kind, status, endpoint, serverMessage } = outcome.error;
    return { ...outcome, error: { kind, status, endpoint, serverMessage } };
  }
  return outcome;
}

/** The release an install answer names, when it names one the list may show. */
export function installedRelease(outcome: InstallOutcome): string | null {
  if (outcome.kind === 'installed') return outcome.releaseName;
  if (outcome.kind === 'outcome-unknown' && outcome.reason !== 'no-answer') {
    return outcome.releaseName;
  }
  return null;
}

/** An install's outcome in the words of the activity log (until the release settles). */
export function installOutcomeWords(outcome: InstallOutcome): string {
  switch (outcome.kind) {
    case 'installed':
      return 'Started';
    case 'already-installed':
      return 'Already installed, nothing done';
    case 'outcome-unknown':
      return outcome.reason === 'no-answer'
        ? 'No answer'
        : outcome.reason === 'helm-error'
          ? 'Failed'
          : 'Unclear';
    case 'failed':
      return 'Failed';
  }
}

export function uninstallOutcomeWords(outcome: UninstallOutcome): string {
  switch (outcome.kind) {
    case 'requested':
      return 'Removing';
    case 'outcome-unknown':
      return 'No answer';
    case 'failed':
      return 'Failed';
  }
}
