import type { InstallOutcome, UninstallOutcome } from '../../api';
import type { ExtensionState } from '../../domain/extension-state';
import { failureText, failureWords, quoted } from './failure-words';

/**
 * An outcome in words. `title` and `message` are plain (they go into toasts, dialogs and the
 * activity log); `details` holds the technical part (what the server said, release names, what an
 * administrator should check), shown collapsed under "Details" and copied into bug reports.
 */
export interface OutcomeMessage {
  severity: 'success' | 'info' | 'warning' | 'error';
  title: string;
  message: string;
  details?: string;
}

export interface InstallContext {
  /** The extension's display name. */
  name: string;
  version: string;
  launch: boolean;
  /** The display name typed for a launched instance, if one was typed. */
  instanceName?: string | null;
  existingState: ExtensionState | null;
}

/** What an install or launch came to, in words, with what to do next. */
export function describeInstall(outcome: InstallOutcome, context: InstallContext): OutcomeMessage {
  const what = `${context.name} ${context.version}`;
  switch (outcome.kind) {
    case 'installed':
      return context.launch
        ? {
            severity: 'success',
            title: context.instanceName
              ? `Launched ${context.instanceName} (${what})`
              : `Launched ${what}`,
            message:
              'The new instance is starting. Open it from its link in the catalog once it is ready, in about half a minute.',
            details: `Release ${outcome.releaseName}.${quoted(' The server said:', outcome.message)}`,
          }
        : {
            severity: 'success',
            title: `Installed ${what}`,
            message: 'It is starting now. Its state in the catalog shows when it is ready.',
            details: `Release ${outcome.releaseName}.${quoted(' The server said:', outcome.message)}`,
          };
    case 'already-installed':
      return {
        severity: 'warning',
        title: `Nothing was done: ${context.name} is already installed`,
        message: alreadyAdvice(context.existingState),
        details: `Release ${outcome.releaseName}.${quoted(' The server said:', outcome.message)}`,
      };
    case 'outcome-unknown':
      return describeUnknown(outcome, context);
    case 'failed':
      return {
        severity: 'error',
        title: `${context.launch ? 'Launching' : 'Installing'} ${what} failed`,
        message: failureText(outcome.error),
        details: failureWords(outcome.error).details,
      };
  }
}

function alreadyAdvice(state: ExtensionState | null): string {
  switch (state) {
    case 'failed':
      return 'Its installation has failed: uninstall it first, then install it again.';
    case 'uninstalling':
      return 'It is being uninstalled: wait until it shows “Not installed”, then install it again.';
    case 'installing':
      return 'It is still being installed: wait, or uninstall it if it stays stuck.';
    default:
      return 'To install another version, switch versions or uninstall it first.';
  }
}

function describeUnknown(
  outcome: Extract<InstallOutcome, { kind: 'outcome-unknown' }>,
  context: InstallContext,
): OutcomeMessage {
  const what = `${context.name} ${context.version}`;
  switch (outcome.reason) {
    case 'helm-timeout':
      return {
        severity: 'warning',
        title: `${what} may still be installing`,
        message:
          'Installing took longer than the platform waits for an answer, so it may still finish: the catalog keeps watching it. If it stays “Installing” for several minutes, force-uninstall it and try again.',
        details: `Release ${outcome.releaseName}.${quoted(' The server said:', outcome.message)} helm ran past kube-helm's time limit.`,
      };
    case 'helm-error':
      return {
        severity: 'error',
        title: `Installing ${what} failed`,
        message:
          'The platform could not set it up. If the catalog shows it as failed, uninstall it before trying again.',
        details: `Release ${outcome.releaseName}.${quoted(' The server said:', outcome.message)} An administrator finds helm's own error in the logs of the kube-helm service.`,
      };
    case 'unrecognised-reply':
      return {
        severity: 'warning',
        title: `Unclear answer for ${what}`,
        message:
          'The platform answered in a way this app does not know. Watch the catalog to see whether it was installed.',
        details: quoted('The server said:', outcome.message),
      };
    case 'no-answer': {
      const { what: lost, details } = failureWords(outcome.error);
      return {
        severity: 'warning',
        title: `No answer for ${what}`,
        message: context.launch
          ? `${lost} The instance may or may not have been launched. Look in the catalog for a new instance under ${context.name} (it can take half a minute to appear) before you launch again: launching again starts another one.`
          : `${lost} It may or may not have been installed. If the catalog shows it as installing or ready, it went through; if it still shows “Not installed” after half a minute, install it again.`,
        details,
      };
    }
  }
}

export interface UninstallContext {
  name: string;
  releaseName: string;
  force: boolean;
  instance: boolean;
}

/** What an uninstall request came to. The platform only says that it started. */
export function describeUninstall(
  outcome: UninstallOutcome,
  context: UninstallContext,
): OutcomeMessage {
  const verb = context.force
    ? 'Force-uninstalling'
    : context.instance
      ? 'Deleting'
      : 'Uninstalling';
  const release = `Release ${context.releaseName}${context.force ? ', removed with helm --no-hooks' : ''}.`;
  switch (outcome.kind) {
    case 'requested':
      return {
        severity: 'success',
        title: `${verb} ${context.name}`,
        message: context.instance
          ? 'Removing has started. The instance leaves the catalog once it is gone.'
          : `Removing has started${context.force ? ', without its clean-up steps' : ''}. It stays in the catalog and shows “Not installed” once it is gone.`,
        details: `${release}${quoted(' The server said:', outcome.message)}`,
      };
    case 'outcome-unknown': {
      const { what, details } = failureWords(outcome.error);
      return {
        severity: 'warning',
        title: `No answer while ${verb.toLowerCase()} ${context.name}`,
        message: `${what} The request may have gone through: watch the catalog before trying again.`,
        details: `${release} ${details}`,
      };
    }
    case 'failed':
      return {
        severity: 'error',
        title: `${verb} ${context.name} failed`,
        message: failureText(outcome.error),
        details: `${release} ${failureWords(outcome.error).details}`,
      };
  }
}

/** A message as one text, each part its own sentence (the activity log's "message"). */
export function asSentences({ title, message }: OutcomeMessage): string {
  const head = /[.!?]$/.test(title) ? title : `${title}.`;
  return message ? `${head} ${message}` : head;
}
