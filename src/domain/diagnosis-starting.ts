import {
  againLower,
  describeCommands,
  spokenDuration,
  type PodReading,
  type PodReadingContext,
} from './diagnosis-words';
import type { PodFacts } from './pod-facts';

/** A pod Pending this long is not just being placed: it waits for resources. */
export const PENDING_LONG_MS = 2 * 60_000;
/** Running without passing its readiness check this long is a problem, not a slow start. */
export const NOT_ANSWERING_LONG_MS = 3 * 60_000;
/** Setting up a container (pulling a big image) or running init containers this long is slow. */
export const SLOW_START_MS = 10 * 60_000;

/** A pod that is on its way (or not clearly anywhere). */
export function startingReading(pod: PodFacts, context: PodReadingContext): PodReading {
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
            text: `Wait a little longer; if it stays like this, ${againLower(context.instance)}.`,
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

/** A pod state nobody can interpret. */
export function unknownReading(pod: PodFacts | null): PodReading {
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
