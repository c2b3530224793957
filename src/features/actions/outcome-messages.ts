import { explainApiError, type InstallOutcome, type UninstallOutcome } from '../../api';
import type { ExtensionState } from '../../domain/extension-state';

export interface OutcomeMessage {
  severity: 'success' | 'info' | 'warning' | 'error';
  title: string;
  message: string;
}

function failure(error: Parameters<typeof explainApiError>[0]): string {
  const { title, nextStep } = explainApiError(error);
  return [title, nextStep].filter(Boolean).join(' ');
}

/** What an install or launch came to, in words, with what to do next. */
export function describeInstall(
  outcome: InstallOutcome,
  context: { name: string; version: string; launch: boolean; existingState: ExtensionState | null },
): OutcomeMessage {
  const what = `${context.name} ${context.version}`;
  switch (outcome.kind) {
    case 'installed':
      return context.launch
        ? {
            severity: 'success',
            title: `Launched ${what}`,
            message: `Instance ${outcome.releaseName} is starting. It opens from its link when ready; the list confirms it within about half a minute.`,
          }
        : {
            severity: 'success',
            title: `Installed ${what}`,
            message: `${outcome.message}. Its pods are starting now.`,
          };
    case 'already-installed': {
      const advice =
        context.existingState === 'failed'
          ? 'That release has failed: uninstall it first, then install again.'
          : context.existingState === 'uninstalling'
            ? 'That release is being uninstalled: wait until it is gone, then install again.'
            : context.existingState === 'installing'
              ? 'helm is still installing it; wait, or uninstall it if it stays stuck.'
              : 'To install another version, switch versions or uninstall it first.';
      return {
        severity: 'warning',
        title: `Nothing was done: ${outcome.releaseName} is already installed`,
        message: `${outcome.message}. ${advice}`,
      };
    }
    case 'outcome-unknown':
      return describeUnknown(outcome, what);
    case 'failed':
      return {
        severity: 'error',
        title: `${context.launch ? 'Launching' : 'Installing'} ${what} failed`,
        message: failure(outcome.error),
      };
  }
}

function describeUnknown(
  outcome: Extract<InstallOutcome, { kind: 'outcome-unknown' }>,
  what: string,
): OutcomeMessage {
  switch (outcome.reason) {
    case 'helm-timeout':
      return {
        severity: 'warning',
        title: `${what} may still be installing`,
        message: `helm took longer than kube-helm waits, so it answered "${outcome.message}". The release may still appear: we keep watching the list. If it stays "installing", uninstall it (forced) and try again.`,
      };
    case 'helm-error':
      return {
        severity: 'error',
        title: `helm reported a failure for ${what}`,
        message: `kube-helm said: ${outcome.message}. If the release shows up as failed, uninstall it before trying again; the kube-helm logs have helm's own error.`,
      };
    case 'unrecognised-reply':
      return {
        severity: 'warning',
        title: `Unclear answer for ${what}`,
        message: `kube-helm said: "${outcome.message}". Watch the list to see whether it was installed.`,
      };
    case 'no-answer':
      return {
        severity: 'warning',
        title: `No answer for ${what}`,
        message: `${failure(outcome.error)} The request may have gone through: watch the list before trying again.`,
      };
  }
}

/** What an uninstall request came to. kube-helm only says it started. */
export function describeUninstall(
  outcome: UninstallOutcome,
  context: { name: string; releaseName: string; force: boolean; instance: boolean },
): OutcomeMessage {
  const verb = context.force
    ? 'Force-uninstalling'
    : context.instance
      ? 'Deleting'
      : 'Uninstalling';
  switch (outcome.kind) {
    case 'requested':
      return {
        severity: 'success',
        title: `${verb} ${context.name}`,
        message: `kube-helm started removing ${context.releaseName}${context.force ? ' without running its hooks' : ''}. It leaves the list when helm is done.`,
      };
    case 'outcome-unknown':
      return {
        severity: 'warning',
        title: `No answer while ${verb.toLowerCase()} ${context.name}`,
        message: `${failure(outcome.error)} The request may have gone through: watch the list before trying again.`,
      };
    case 'failed':
      return {
        severity: 'error',
        title: `${verb} ${context.name} failed`,
        message: failure(outcome.error),
      };
  }
}
