import type { DiagnosisKind, DiagnosisTone, NextStep } from './diagnosis';
import { podsVerdict, type PodCondition, type PodFacts } from './pod-facts';

/** A pod Pending this long is not just being placed: it waits for resources. */
export const PENDING_LONG_MS = 2 * 60_000;
/** Running without passing its readiness check this long is a problem, not a slow start. */
export const NOT_ANSWERING_LONG_MS = 3 * 60_000;
/** Setting up a container (pulling a big image) or running init containers this long is slow. */
export const SLOW_START_MS = 10 * 60_000;

/** What the pods say, before the helm-level wrapper adds pods and helm facts. */
export interface PodReading {
  kind: DiagnosisKind;
  tone: DiagnosisTone;
  headline: string;
  explanation: string;
  next: NextStep;
  forAdmins: string | null;
  pod: PodFacts | null;
}

export interface PodReadingContext {
  /** The chart needs a GPU (keyword `gpurequired`). */
  gpu: boolean;
  /** A launched instance (delete / launch) rather than an installed extension (uninstall / install). */
  instance: boolean;
}

/** "40 seconds", "3 minutes", "2 hours", "3 days". */
export function spokenDuration(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1_000, 'second'],
  ];
  for (const [size, name] of units) {
    const n = Math.floor(ms / size);
    if (n >= 1) return `${String(n)} ${name}${n === 1 ? '' : 's'}`;
  }
  return 'a moment';
}

function times(n: number): string {
  return n === 1 ? 'once' : `${String(n)} times`;
}

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

function describeCommands(pod: PodFacts): string {
  return `\`kubectl describe pod ${pod.name}\` (in the namespace of the release's objects)`;
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

function again(context: PodReadingContext): string {
  return context.instance
    ? 'Delete this instance and launch a new one'
    : 'Uninstall it and install it again';
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
            `${again(context).toLowerCase()}.`,
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
          text: `${again(context)} with different parameters (for example another dataset or smaller settings). If it also crashes with the defaults, the extension itself is broken: tell its maintainer or an administrator.`,
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
          text: `${again(context)} with a smaller task, or with more memory if it has such a parameter; otherwise ask an administrator to raise its memory limit.`,
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
          text: `${again(context)}. If it happens again, ask an administrator to free space on the node.`,
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
          text: `${again(context)}. If it fails again, try different parameters or tell its maintainer.`,
        },
        forAdmins: `\`kubectl logs ${pod.name}\` shows the error; ${describeCommands(pod)} the exit code.`,
      };
  }
}

function startingReading(pod: PodFacts, context: PodReadingContext): PodReading {
  const age = pod.ageMs;
  const wait = (text: string) => ({ kind: 'wait' as const, text });
  switch (pod.condition) {
    case 'pending':
      if (age !== null && age >= PENDING_LONG_MS) {
        return {
          kind: 'waiting-for-resources',
          tone: 'warning',
          headline: context.gpu ? 'Waiting for a free GPU' : 'Waiting for free resources',
          explanation: context.gpu
            ? `It has waited ${spokenDuration(age)} for a place to run. It needs a GPU, and probably none is free.`
            : `It has waited ${spokenDuration(age)} for a place to run: the machine probably has not enough free CPU or memory.`,
          next: {
            kind: 'free-resources',
            text: `Stop applications you no longer need${context.gpu ? ' (for example other instances using the GPU)' : ''}, or wait until running jobs finish. If nothing else runs, ask an administrator whether this machine can run it at all.`,
          },
          forAdmins: `${describeCommands(pod)} shows why the scheduler cannot place it (e.g. "Insufficient nvidia.com/gpu").`,
          pod,
        };
      }
      return {
        kind: 'scheduling',
        tone: 'info',
        headline: 'Waiting for a place to run',
        explanation: 'It is being placed on a machine; this normally takes seconds.',
        next: wait('Wait a moment.'),
        forAdmins: null,
        pod,
      };
    case 'not-ready':
      if (age !== null && age >= NOT_ANSWERING_LONG_MS) {
        return {
          kind: 'not-answering',
          tone: 'warning',
          headline: 'Running, but not answering',
          explanation: `Its program has run for ${spokenDuration(age)} without passing its readiness check, so it cannot be used yet.`,
          next: {
            kind: 'reinstall',
            text: `Wait a little longer; if it stays like this, ${again(context).charAt(0).toLowerCase()}${again(context).slice(1)}.`,
          },
          forAdmins: `${describeCommands(pod)} shows the failing readiness probe; \`kubectl logs ${pod.name}\` what the program does.`,
          pod,
        };
      }
      return {
        kind: 'not-answering',
        tone: 'info',
        headline: 'Starting up',
        explanation: 'Its program runs and is getting ready to answer.',
        next: wait('Wait a moment.'),
        forAdmins: null,
        pod,
      };
    case 'restarted':
      return {
        kind: 'restarted',
        tone: 'info',
        headline: 'Restarted recently',
        explanation: `It restarted${pod.lastRestartAgoMs === null ? ' recently' : ` ${spokenDuration(pod.lastRestartAgoMs)} ago`} and is running again.`,
        next: wait('Wait a few minutes; if it keeps restarting, this will say so.'),
        forAdmins: `\`kubectl logs ${pod.name} --previous\` shows why the last run ended.`,
        pod,
      };
    case 'creating':
    case 'initializing': {
      const slow = age !== null && age >= SLOW_START_MS;
      const what =
        pod.condition === 'creating'
          ? 'Its container is being set up (the first start downloads its image).'
          : 'Its preparation steps are still running.';
      return {
        kind: pod.condition === 'creating' ? 'creating' : 'initializing',
        tone: slow ? 'warning' : 'info',
        headline: 'Still starting',
        explanation: slow ? `${what} This has taken ${spokenDuration(age)} so far.` : what,
        next: wait(
          slow
            ? 'Wait; a large image can take long to download. If nothing changes, ask an administrator.'
            : 'Wait; this usually takes under a minute.',
        ),
        forAdmins: slow ? `${describeCommands(pod)} shows what it waits for.` : null,
        pod,
      };
    }
    case 'stopping':
      return {
        kind: 'stopping',
        tone: 'info',
        headline: 'A part is stopping',
        explanation: 'A part of it is shutting down, for example an old copy being replaced.',
        next: wait('Wait a moment.'),
        forAdmins: null,
        pod,
      };
    default:
      return unknownReading(pod);
  }
}

function unknownReading(pod: PodFacts | null): PodReading {
  return {
    kind: 'pod-unknown',
    tone: 'warning',
    headline: 'State not clear',
    explanation: pod
      ? `A part of it reports "${pod.status}", which this page cannot interpret.`
      : 'Its parts report states this page cannot interpret.',
    next: {
      kind: 'wait',
      text: 'Wait for the next refresh; if it stays like this, ask an administrator.',
    },
    forAdmins: pod ? describeCommands(pod) : null,
    pod,
  };
}
