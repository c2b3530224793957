import { startingReading, unknownReading } from './diagnosis-starting';
import {
  again,
  againLower,
  describeCommands,
  spokenDuration,
  times,
  type PodReading,
  type PodReadingContext,
} from './diagnosis-words';
import { podsVerdict, type PodCondition, type PodFacts } from './pod-facts';

const FAILING_ORDER: PodCondition[] = [
  'image-pull',
  'config-error',
  'crash-looping',
  'out-of-memory',
  'failed',
  'evicted',
];
const STARTING_ORDER: PodCondition[] = [
  'pending',
  'not-ready',
  'restarted',
  'creating',
  'initializing',
  'unknown',
  'stopping',
];

function first(pods: readonly PodFacts[], order: PodCondition[]): PodFacts | null {
  for (const condition of order) {
    const pod = pods.find((p) => p.condition === condition);
    if (pod) return pod;
  }
  return null;
}

/** The reading of a deployed release's pods (at least one pod). */
export function readPods(pods: readonly PodFacts[], context: PodReadingContext): PodReading {
  const verdict = podsVerdict(pods);
  if (verdict === 'up') return readyReading(pods);
  if (verdict === 'failing') {
    const pod = first(pods, FAILING_ORDER) ?? pods[0] ?? null;
    return pod ? failingReading(pod, context) : unknownReading(null);
  }
  const pod = first(pods, STARTING_ORDER);
  return pod ? startingReading(pod, context) : unknownReading(null);
}

function readyReading(pods: readonly PodFacts[]): PodReading {
  const running = pods.filter((p) => p.condition === 'up');
  const notes: string[] = [];
  if (running.length === 0) notes.push('Installed; its setup jobs have finished.');
  else notes.push(running.length === 1 ? 'Running and ready.' : 'Running; every part is ready.');
  const restarted = running.filter((p) => p.restarts > 0);
  for (const pod of restarted) {
    const ago = pod.lastRestartAgoMs === null ? null : spokenDuration(pod.lastRestartAgoMs);
    const when =
      ago === null ? '' : pod.restarts === 1 ? `, ${ago} ago` : `, the last time ${ago} ago`;
    notes.push(`It restarted ${times(pod.restarts)}${when}, and has run steadily since.`);
  }
  const leftovers = pods.filter((p) => p.condition === 'evicted' || p.condition === 'failed');
  if (leftovers.length > 0) {
    notes.push(
      `${leftovers.length === 1 ? 'An earlier part' : `${String(leftovers.length)} earlier parts`} stopped with a problem and ${leftovers.length === 1 ? 'was' : 'were'} replaced; nothing to do.`,
    );
  }
  return {
    kind: 'ready',
    tone: 'ok',
    headline: 'Ready',
    explanation: notes.join(' '),
    next: { kind: 'none', text: '' },
    forAdmins: null,
    pod: null,
  };
}

function failingReading(pod: PodFacts, context: PodReadingContext): PodReading {
  const base = { tone: 'error' as const, pod };
  switch (pod.condition) {
    case 'image-pull':
      if (pod.status.endsWith('invalidimagename')) {
        return {
          ...base,
          kind: 'invalid-image',
          headline: 'The chart names an image that cannot exist',
          explanation:
            'The name of its container image is not valid, so it can never be downloaded. The chart itself has to be fixed.',
          next: {
            kind: 'ask-admin',
            text: 'Tell the maintainer of this extension or an administrator; installing again will not help.',
          },
          forAdmins: `The image reference in the chart is malformed; ${describeCommands(pod)} shows it.`,
        };
      }
      return {
        ...base,
        kind: 'image-pull',
        headline: 'Its image is not on this machine',
        explanation:
          'The container image it needs is not on this node and cannot be downloaded from its registry. On a site without internet access, images have to be uploaded by hand.',
        next: {
          kind: 'upload-image',
          text:
            'Upload its image as a .tar file on the Uploads page. It is tried again every few minutes; to start at once, ' +
            `${againLower(context.instance)}.`,
        },
        forAdmins: `${describeCommands(pod)} names the image and the registry error. On an air-gapped site, import the image into containerd (Uploads does this for a .tar).`,
      };
    case 'config-error':
      return {
        ...base,
        kind: 'config-error',
        headline: 'A setting it needs is missing',
        explanation:
          'Its container cannot be created because a setting it depends on (a secret or a configuration) is missing or wrong on this platform.',
        next: {
          kind: 'ask-admin',
          text: 'Ask an administrator; installing it again will not help until the setting exists.',
        },
        forAdmins: `${describeCommands(pod)} names the missing Secret or ConfigMap.`,
      };
    case 'crash-looping': {
      const last =
        pod.lastRestartAgoMs === null
          ? ''
          : `, the last time ${spokenDuration(pod.lastRestartAgoMs)} ago`;
      const inInit = pod.status.startsWith('init:') ? ' (in a preparation step)' : '';
      return {
        ...base,
        kind: 'crash-loop',
        headline: 'It keeps crashing',
        explanation:
          `Its program starts and stops again${inInit}: it has restarted ${times(pod.restarts)}${last}. ` +
          'Usually the chart or the values it was started with do not work on this platform.',
        next: {
          kind: 'change-parameters',
          text: `${again(context.instance)} with different parameters (for example another dataset or smaller settings). If it also crashes with the defaults, the extension itself is broken: tell its maintainer or an administrator.`,
        },
        forAdmins: `The log of the previous run shows why it exits: \`kubectl logs ${pod.name} --previous\`; ${describeCommands(pod)} shows the exit code.`,
      };
    }
    case 'out-of-memory':
      return {
        ...base,
        kind: 'out-of-memory',
        headline: 'It runs out of memory',
        explanation: `It was stopped for using more memory than it may${pod.restarts > 0 ? ` (restarted ${times(pod.restarts)} so far)` : ''}.`,
        next: {
          kind: 'change-parameters',
          text: `${again(context.instance)} with a smaller task, or with more memory if it has such a parameter; otherwise ask an administrator to raise its memory limit.`,
        },
        forAdmins: `${describeCommands(pod)} shows the memory limit that was hit (reason OOMKilled).`,
      };
    case 'evicted':
      return {
        ...base,
        kind: 'evicted',
        headline: 'The machine stopped it',
        explanation:
          'The node removed it because it ran short of disk space or memory, and nothing replaced it.',
        next: {
          kind: 'reinstall',
          text: `${again(context.instance)}. If it happens again, ask an administrator to free space on the node.`,
        },
        forAdmins: `${describeCommands(pod)} says which resource ran short (disk or memory pressure).`,
      };
    default:
      return {
        ...base,
        kind: 'pod-failed',
        headline: 'It stopped with an error',
        explanation:
          'A part of it ran and ended with an error. The chart or the values it was started with are probably wrong.',
        next: {
          kind: 'reinstall',
          text: `${again(context.instance)}. If it fails again, try different parameters or tell its maintainer.`,
        },
        forAdmins: `\`kubectl logs ${pod.name}\` shows the error; ${describeCommands(pod)} the exit code.`,
      };
  }
}
