import type { Deployment, ExtensionRow } from '../contract/schemas';
import { isStuck, type SeenSince } from './catalog/attention';
import { readPods, spokenDuration, type PodReading } from './diagnosis-pods';
import { deriveState, isInstanceRow, isTemplateRow, type ExtensionState } from './extension-state';
import { podFacts, type PodFacts } from './pod-facts';
import { helmUpdatedAt } from './pods';

/**
 * Why a release is (not) ready, in words a researcher understands, with the one next step.
 * Shared by the catalog's "why" and the release page. Pure: no JSX, no fetch.
 */

export type DiagnosisTone = 'ok' | 'info' | 'warning' | 'error';

/** What the user should do next; `text` says it in words, the kind lets the UI add the button. */
export type NextStepKind =
  | 'none'
  | 'wait'
  /** Upload the image `.tar` (link to Uploads). */
  | 'upload-image'
  /** Remove it and start it again with other values. */
  | 'change-parameters'
  /** Remove it and install/launch it again. */
  | 'reinstall'
  | 'force-uninstall'
  /** Stop other applications, or wait for jobs, to free a GPU, CPU or memory. */
  | 'free-resources'
  /** Nothing the user can do: an administrator (or the chart's maintainer) must. */
  | 'ask-admin';

export interface NextStep {
  kind: NextStepKind;
  /** '' for `none`. */
  text: string;
}

export type DiagnosisKind =
  | 'launchable'
  | 'not-installed'
  | 'ready'
  /** Deployed, with no pods listed to check. */
  | 'no-pods'
  | 'installing'
  | 'install-stuck'
  /** helm reports it deployed, the list does not show it yet. */
  | 'awaiting-list'
  | 'uninstalling'
  | 'uninstall-stuck'
  | 'helm-failed'
  | 'helm-unknown'
  /** Deployed, but its pods could not be read (`kube_info` null). */
  | 'pods-unreadable'
  | 'image-pull'
  | 'invalid-image'
  | 'config-error'
  | 'crash-loop'
  | 'out-of-memory'
  | 'evicted'
  | 'pod-failed'
  | 'waiting-for-resources'
  | 'scheduling'
  | 'creating'
  | 'initializing'
  | 'not-answering'
  | 'restarted'
  | 'stopping'
  | 'pod-unknown';

export interface HelmFacts {
  status: string;
  revision: string;
  /** helm's own time text, e.g. "2025-12-18 09:12:44.583920451 +0000 UTC". */
  updated: string;
  chart: string;
  namespace: string;
  appVersion: string;
}

export interface Diagnosis {
  kind: DiagnosisKind;
  tone: DiagnosisTone;
  headline: string;
  /** Plain sentences; '' when the headline says it all. */
  explanation: string;
  next: NextStep;
  /** What an administrator could check (technical words allowed), for a details section. */
  forAdmins: string | null;
  /** The pod the reading is about, when one is. */
  pod: PodFacts | null;
  /** Every pod of the release (name, ready, status, restarts, age); [] when none or unknown. */
  pods: readonly PodFacts[];
  helm: HelmFacts | null;
}

export interface DiagnosisContext {
  /** Now (ms). Without it, nothing is judged stuck by helm's or this browser's clock. */
  now?: number;
  /** Since when this browser has seen a release in a state (`StateObservations.since`). */
  seenSince?: SeenSince;
  /** helm's status from `view-chart-status`, fresher than the list (e.g. `pending-install`). */
  helmStatus?: string | null;
}

export interface ReleaseSubject {
  releaseName: string;
  /** The release's deployment as the list shows it; null when the list has none. */
  deployment: Deployment | null;
  /** The chart needs a GPU. */
  gpu?: boolean;
  /** A launched instance of a multi-installable chart. */
  instance?: boolean;
}

const NONE: NextStep = { kind: 'none', text: '' };

function helmFacts(deployment: Deployment | null): HelmFacts | null {
  if (!deployment) return null;
  const info = deployment.helm_info;
  return {
    status: deployment.helm_status,
    revision: info.revision,
    updated: info.updated,
    chart: info.chart,
    namespace: info.namespace,
    appVersion: info.app_version,
  };
}

function stateOfHelm(status: string): ExtensionState {
  if (status.startsWith('pending-')) return 'installing';
  if (status === 'uninstalling' || status === 'failed') return status;
  return status === 'deployed' ? 'starting' : 'unknown';
}

/** The diagnosis of a catalog row (template, single-install chart or instance). */
export function diagnose(row: ExtensionRow, context: DiagnosisContext = {}): Diagnosis {
  if (isTemplateRow(row)) {
    return {
      kind: 'launchable',
      tone: 'info',
      headline: 'Ready to launch',
      explanation: 'Each launch starts a new instance of its own.',
      next: NONE,
      forAdmins: null,
      pod: null,
      pods: [],
      helm: null,
    };
  }
  return diagnoseRelease(
    {
      releaseName: row.releaseName,
      deployment: deriveState(row).deployment,
      gpu: row.resourceRequirement === 'gpu',
      instance: isInstanceRow(row),
    },
    context,
  );
}

/** The diagnosis of one release, from its deployment (and helm's fresher status, when known). */
export function diagnoseRelease(
  subject: ReleaseSubject,
  context: DiagnosisContext = {},
): Diagnosis {
  const { deployment } = subject;
  const pods = deployment ? (podFacts(deployment) ?? []) : [];
  const reading = readingOf(subject, context);
  return { ...reading, pods, helm: helmFacts(deployment) };
}

function again(instance: boolean): string {
  return instance
    ? 'Delete this instance and launch a new one'
    : 'Uninstall it, then install it again';
}

function readingOf(subject: ReleaseSubject, context: DiagnosisContext): PodReading {
  const { deployment, releaseName } = subject;
  const instance = subject.instance ?? false;
  const status = (context.helmStatus ?? deployment?.helm_status ?? '').toLowerCase();
  if (!status) {
    return {
      kind: 'not-installed',
      tone: 'info',
      headline: 'Not installed',
      explanation: '',
      next: NONE,
      forAdmins: null,
      pod: null,
    };
  }
  const state = stateOfHelm(status);
  const derived = { state, installedVersion: null, deployment, pods: null };
  const now = context.now;
  const stuck =
    now !== undefined && isStuck(derived, releaseName, now, context.seenSince ?? (() => undefined));
  const ns = deployment?.helm_info.namespace ?? 'admin';
  switch (state) {
    case 'installing': {
      if (!stuck) {
        return {
          kind: 'installing',
          tone: 'info',
          headline: instance ? 'Being launched' : 'Being installed',
          explanation: 'The platform is setting it up; this normally takes under a minute.',
          next: { kind: 'wait', text: 'Wait; this page updates by itself.' },
          forAdmins: null,
          pod: null,
        };
      }
      const started = deployment ? helmUpdatedAt(deployment) : Number.NaN;
      const since = Number.isNaN(started) ? context.seenSince?.(releaseName, state) : started;
      const forHow = since === undefined ? '' : ` for ${spokenDuration(now - since)}`;
      return {
        kind: 'install-stuck',
        tone: 'error',
        headline: 'Installation is stuck',
        explanation: `It has been installing${forHow}; it will not finish by itself.`,
        next: { kind: 'force-uninstall', text: 'Force the uninstall, then install it again.' },
        forAdmins: `helm reports "${status}" for ${releaseName}. A forced uninstall runs \`helm uninstall ${releaseName} -n ${ns} --no-hooks\`.`,
        pod: null,
      };
    }
    case 'uninstalling': {
      if (!stuck) {
        return {
          kind: 'uninstalling',
          tone: 'info',
          headline: 'Being removed',
          explanation: 'The platform is removing it; this takes from seconds to about a minute.',
          next: { kind: 'wait', text: 'Wait; this page updates by itself.' },
          forAdmins: null,
          pod: null,
        };
      }
      const seen = context.seenSince?.(releaseName, state);
      const forHow = seen === undefined ? '' : ` for ${spokenDuration(now - seen)}`;
      return {
        kind: 'uninstall-stuck',
        tone: 'error',
        headline: 'Removing it is stuck',
        explanation: `It has been removing${forHow}; a clean-up step is probably hanging.`,
        next: {
          kind: 'force-uninstall',
          text: 'Force the uninstall: it skips the clean-up steps that do not finish.',
        },
        forAdmins: `A pre-delete hook (a Job) of ${releaseName} is probably hanging. A forced uninstall runs \`helm uninstall ${releaseName} -n ${ns} --no-hooks\`; objects the hook should have removed may need removing by hand.`,
        pod: null,
      };
    }
    case 'failed':
      return {
        kind: 'helm-failed',
        tone: 'error',
        headline: instance ? 'Launch failed' : 'Installation failed',
        explanation: 'The platform could not set it up, so nothing of it runs.',
        next: {
          kind: 'reinstall',
          text: `${again(instance)}. If removing it does not finish within a minute, force it.`,
        },
        forAdmins: `\`helm status ${releaseName} -n ${ns}\` shows helm's error; the kube-helm log has the full output of the install.`,
        pod: null,
      };
    case 'unknown':
      return {
        kind: 'helm-unknown',
        tone: 'warning',
        headline: 'Unusual state',
        explanation: `The platform reports "${status}" for it, which this page does not handle.`,
        next: { kind: 'ask-admin', text: 'Ask an administrator to look at it.' },
        forAdmins: `\`helm history ${releaseName} -n ${ns}\` shows how it got into "${status}".`,
        pod: null,
      };
    default:
      return deployedReading(subject, deployment, instance);
  }
}

function deployedReading(
  subject: ReleaseSubject,
  deployment: Deployment | null,
  instance: boolean,
): PodReading {
  const base = { forAdmins: null, pod: null };
  if (deployment?.helm_status.toLowerCase() !== 'deployed') {
    return {
      ...base,
      kind: 'awaiting-list',
      tone: 'info',
      headline: 'Installed',
      explanation: 'The platform has set it up; its parts show here within about half a minute.',
      next: { kind: 'wait', text: 'Wait; this page updates by itself.' },
    };
  }
  const pods = podFacts(deployment);
  if (pods === null) {
    return {
      ...base,
      kind: 'pods-unreadable',
      tone: 'warning',
      headline: 'Its state could not be read',
      explanation:
        'It is installed, but the platform could not read the state of its parts this time, so this page cannot tell whether it works.',
      next: {
        kind: 'wait',
        text: 'Wait for the next refresh; if it stays like this, ask an administrator.',
      },
      forAdmins: `kube-helm could not read the pods of ${subject.releaseName}: its \`helm get manifest ${subject.releaseName}\` failed; the kube-helm log says why.`,
    };
  }
  if (pods.length === 0) {
    return deployment.ready
      ? {
          ...base,
          kind: 'no-pods',
          tone: 'ok',
          headline: 'Ready',
          explanation:
            'Installed. No running parts are listed for it, so there is nothing more to check.',
          next: NONE,
        }
      : {
          ...base,
          kind: 'no-pods',
          tone: 'info',
          headline: 'Still starting',
          explanation: 'Installed; its parts have not appeared yet.',
          next: { kind: 'wait', text: 'Wait; this usually takes under a minute.' },
        };
  }
  return readPods(pods, { gpu: subject.gpu ?? false, instance });
}
