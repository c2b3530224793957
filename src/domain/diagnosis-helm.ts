import type { Deployment } from '../contract/schemas';
import { isStuck } from './catalog/attention';
import type { DiagnosisContext, NextStep, ReleaseSubject } from './diagnosis';
import { readPods } from './diagnosis-pods';
import { again, spokenDuration, type PodReading } from './diagnosis-words';
import type { ExtensionState } from './extension-state';
import { podFacts } from './pod-facts';
import { helmUpdatedAt } from './pods';

const NONE: NextStep = { kind: 'none', text: '' };

function stateOfHelm(status: string): ExtensionState {
  if (status.startsWith('pending-')) return 'installing';
  if (status === 'uninstalling' || status === 'failed') return status;
  return status === 'deployed' ? 'starting' : 'unknown';
}

/** The reading of a release from helm's status, and from its pods once deployed. */
export function readingOf(subject: ReleaseSubject, context: DiagnosisContext): PodReading {
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
