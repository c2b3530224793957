import type { Deployment } from '../contract/schemas';

/**
 * What one pod is doing, read from every column kubectl printed (STATUS, READY, RESTARTS, AGE),
 * not just STATUS as kube-helm's `ready` does (CONTRACT §3.4, §10.7).
 */
export type PodCondition =
  /** Running, every container ready, no recent restart. */
  | 'up'
  /** Completed: a job's pod that finished its work. */
  | 'done'
  /** ContainerCreating: the image is being fetched or the container set up. */
  | 'creating'
  /** Init:n/m or PodInitializing: its init containers are still running. */
  | 'initializing'
  /** Pending: not placed on a node yet (often waiting for a free GPU, CPU or memory). */
  | 'pending'
  /** Running, but not every container passes its readiness check (READY 0/1). */
  | 'not-ready'
  /** Running again after a single recent restart. */
  | 'restarted'
  /** CrashLoopBackOff, or restarting repeatedly (even if it happens to run at this moment). */
  | 'crash-looping'
  /** ImagePullBackOff, ErrImagePull, InvalidImageName, ErrImageNeverPull. */
  | 'image-pull'
  /** CreateContainerConfigError, CreateContainerError, RunContainerError. */
  | 'config-error'
  /** OOMKilled: it used more memory than it may. */
  | 'out-of-memory'
  /** Evicted by the node (usually short of disk or memory). */
  | 'evicted'
  /** Error/Failed without restarts: a run that ended badly (e.g. a job's pod). */
  | 'failed'
  /** Terminating. */
  | 'stopping'
  /** A status this reading does not know. */
  | 'unknown';

export interface PodFacts {
  name: string;
  /** The READY column as kubectl printed it ("1/2"); '' when unknown. */
  ready: string;
  /** The STATUS column, lower-case as kube-helm sends it ("running", "init:0/1", …). */
  status: string;
  restarts: number;
  /** The RESTARTS column as printed ("3 (2m ago)"). */
  restartsText: string;
  /** How long ago the last restart was, when kubectl said it; null otherwise. */
  lastRestartAgoMs: number | null;
  /** The AGE column as printed ("2d4h"). */
  age: string;
  ageMs: number | null;
  condition: PodCondition;
}

/** A restart this recent means the pod is not settled. */
export const RECENT_RESTART_MS = 5 * 60_000;
/** This many recent restarts make a crash loop, whatever STATUS says at the moment of the read. */
export const CRASH_LOOP_RESTARTS = 2;

const IMAGE_PULL = new Set([
  'imagepullbackoff',
  'errimagepull',
  'invalidimagename',
  'errimageneverpull',
]);
const CONFIG_ERROR = new Set([
  'createcontainerconfigerror',
  'createcontainererror',
  'runcontainererror',
]);
const UNIT_MS: Record<string, number> = {
  y: 365 * 86_400_000,
  d: 86_400_000,
  h: 3_600_000,
  m: 60_000,
  s: 1_000,
};

/** kubectl's durations ("45s", "14m", "2d4h", "3y12d") in ms; null if unreadable. */
export function parseKubeDuration(text: string): number | null {
  const trimmed = text.trim();
  if (!/^(\d+[ydhms])+$/.test(trimmed)) return null;
  let total = 0;
  for (const [, n, unit] of trimmed.matchAll(/(\d+)([ydhms])/g)) {
    total += Number(n) * (UNIT_MS[unit ?? 's'] ?? 0);
  }
  return total;
}

/** "3 (2m ago)" → { count: 3, agoMs: 120000 }; "0" → { count: 0, agoMs: null }. */
export function parseRestarts(text: string): { count: number; agoMs: number | null } {
  const m = /^\s*(\d+)(?:\s*\((.+?)\s+ago\))?/.exec(text);
  if (!m) return { count: 0, agoMs: null };
  return { count: Number(m[1]), agoMs: m[2] === undefined ? null : parseKubeDuration(m[2]) };
}

/** "1/2" → [1, 2]; null if unreadable. */
function readyCounts(ready: string): [number, number] | null {
  const m = /^(\d+)\/(\d+)$/.exec(ready.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function conditionOf(
  status: string,
  ready: string,
  restarts: number,
  lastRestartAgoMs: number | null,
  ageMs: number | null,
): PodCondition {
  // Init:CrashLoopBackOff, Init:ImagePullBackOff … are the same failures, in an init container.
  const s =
    status.startsWith('init:') && !/^init:\d+\/\d+$/.test(status) ? status.slice(5) : status;
  if (IMAGE_PULL.has(s)) return 'image-pull';
  if (CONFIG_ERROR.has(s)) return 'config-error';
  if (s === 'crashloopbackoff') return 'crash-looping';
  if (s === 'oomkilled') return 'out-of-memory';
  if (s === 'evicted') return 'evicted';
  if (s === 'error') return restarts > 0 ? 'crash-looping' : 'failed';
  if (s === 'failed') return 'failed';
  if (s === 'completed' || s === 'succeeded') return 'done';
  if (s === 'terminating') return 'stopping';
  if (s === 'pending') return 'pending';
  if (s === 'containercreating') return 'creating';
  if (s === 'podinitializing' || s.startsWith('init:')) return 'initializing';
  if (s !== 'running') return 'unknown';
  // When kubectl does not say when the last restart was, a young pod's restarts are recent.
  const since = lastRestartAgoMs ?? ageMs;
  const recent = restarts > 0 && since !== null && since < RECENT_RESTART_MS;
  if (recent && restarts >= CRASH_LOOP_RESTARTS) return 'crash-looping';
  if (recent) return 'restarted';
  const counts = readyCounts(ready);
  if (counts && counts[0] < counts[1]) return 'not-ready';
  return 'up';
}

const cache = new WeakMap<Deployment, PodFacts[] | null>();

/**
 * The pods of a deployed release as kubectl listed them, or null when there is nothing to read:
 * not deployed, or kube-helm could not read its manifest (`kube_status: "unknown"`).
 */
export function podFacts(deployment: Deployment): PodFacts[] | null {
  const cached = cache.get(deployment);
  if (cached !== undefined) return cached;
  const facts = readPods(deployment);
  cache.set(deployment, facts);
  return facts;
}

function readPods(deployment: Deployment): PodFacts[] | null {
  const info = deployment.kube_info;
  const statuses = Array.isArray(deployment.kube_status) ? deployment.kube_status : null;
  if (!info && !statuses) return null;
  const names = info?.name ?? statuses ?? [];
  return names.map((name, i) => {
    const status = (info?.status[i] ?? statuses?.[i] ?? '').toLowerCase();
    const ready = info?.ready[i] ?? '';
    const restartsText = info?.restarts[i] ?? '';
    const age = info?.age[i] ?? '';
    const { count, agoMs } = parseRestarts(restartsText);
    const ageMs = parseKubeDuration(age);
    return {
      name: info ? name : '',
      ready,
      status,
      restarts: count,
      restartsText,
      lastRestartAgoMs: agoMs,
      age,
      ageMs,
      condition: conditionOf(status, ready, count, agoMs, ageMs),
    };
  });
}

/** Conditions that will not fix themselves. */
export const FAILING_CONDITIONS: ReadonlySet<PodCondition> = new Set([
  'crash-looping',
  'image-pull',
  'config-error',
  'out-of-memory',
  'evicted',
  'failed',
]);

/**
 * Pods that will not run again: finished, evicted, failed for good, or going away. (OOMKilled is
 * not among them: a Deployment's pod restarts after it, so it counts as failing while listed.)
 */
function isFinished(pod: PodFacts): boolean {
  return (
    pod.condition === 'done' ||
    pod.condition === 'evicted' ||
    pod.condition === 'failed' ||
    pod.condition === 'stopping'
  );
}

/** Pods of one Job or ReplicaSet share their name up to the last dash. */
function ownerOf(pod: PodFacts): string {
  const dash = pod.name.lastIndexOf('-');
  return dash > 0 ? pod.name.slice(0, dash) : pod.name;
}

export type PodsVerdict = 'up' | 'starting' | 'failing';

type GroupVerdict = PodsVerdict | 'gone';

function groupVerdict(pods: PodFacts[]): GroupVerdict {
  const live = pods.filter((p) => !isFinished(p));
  if (live.some((p) => FAILING_CONDITIONS.has(p.condition))) return 'failing';
  if (live.length > 0) return live.every((p) => p.condition === 'up') ? 'up' : 'starting';
  // Only finished pods: a job retried until one completed is done; leftovers of a failed run are
  // not, unless a live pod replaced them (handled above).
  if (pods.some((p) => p.condition === 'done')) return 'up';
  if (pods.some((p) => FAILING_CONDITIONS.has(p.condition))) return 'failing';
  return 'gone';
}

/**
 * The pods together, per Job/ReplicaSet: failing if any group fails, up when every group is up or
 * done. Leftovers (an evicted or failed pod next to its running replacement, a failed try of a job
 * that later completed) do not count against it; pods that are only terminating do not count.
 */
export function podsVerdict(pods: readonly PodFacts[]): PodsVerdict {
  const groups = new Map<string, PodFacts[]>();
  for (const pod of pods) {
    const key = pod.name ? ownerOf(pod) : `#${String(groups.size)}`;
    groups.set(key, [...(groups.get(key) ?? []), pod]);
  }
  const verdicts = [...groups.values()].map(groupVerdict).filter((v) => v !== 'gone');
  if (verdicts.includes('failing')) return 'failing';
  if (verdicts.length === 0) return 'starting';
  return verdicts.every((v) => v === 'up') ? 'up' : 'starting';
}

/** "Pods ready / total" as the releases list shows it: finished job pods count as ready. */
export function podCounts(pods: readonly PodFacts[]): {
  ready: number;
  total: number;
  restarts: number;
} {
  return {
    ready: pods.filter((p) => p.condition === 'up' || p.condition === 'done').length,
    total: pods.length,
    restarts: pods.reduce((sum, p) => sum + p.restarts, 0),
  };
}
