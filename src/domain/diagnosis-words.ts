import type { DiagnosisKind, DiagnosisTone, NextStep } from './diagnosis';
import type { PodFacts } from './pod-facts';

/** Shared words and shapes of the diagnosis readings (see diagnosis.ts). */

/** One reading, before `diagnoseRelease` adds the pods and helm facts. */
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

export function times(n: number): string {
  return n === 1 ? 'once' : `${String(n)} times`;
}

/** Where an administrator looks at a pod. */
export function describeCommands(pod: PodFacts): string {
  return `\`kubectl describe pod ${pod.name}\` (in the namespace of the release's objects)`;
}

/** Removing and starting again, in the words of the row's kind. */
export function again(instance: boolean): string {
  return instance
    ? 'Delete this instance and launch a new one'
    : 'Uninstall it and install it again';
}

/** `again`, inside a sentence. */
export function againLower(instance: boolean): string {
  const text = again(instance);
  return text.charAt(0).toLowerCase() + text.slice(1);
}
