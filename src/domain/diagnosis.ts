import type { Deployment, ExtensionRow } from '../contract/schemas';
import type { SeenSince } from './catalog/attention';
import { readingOf } from './diagnosis-helm';
import { deriveState, isInstanceRow, isTemplateRow } from './extension-state';
import { podFacts, type PodFacts } from './pod-facts';

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
