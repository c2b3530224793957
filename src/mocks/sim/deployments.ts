import type { Deployment, KubeInfo } from '../../contract/schemas';
import { goTime, hashHex, humanDuration } from './format';
import type { Release } from './model';
import type { Timing } from './timing';

/** The helm status at `now` (`pending-install`, `deployed`, `failed`, `uninstalling`, a seeded
 * fixture's status), or `gone` once helm has finished uninstalling it. */
export function helmStatusAt(release: Release, now: number): string {
  if (release.uninstall) {
    return !release.uninstall.hangs && now >= release.uninstall.doneAt ? 'gone' : 'uninstalling';
  }
  if (release.frozen) return release.frozen.helm_status;
  if (now < release.installDoneAt) return 'pending-install';
  return release.outcome;
}

interface Pod {
  name: string;
  /** The Deployment or Job the pod belongs to. */
  owner: string;
  status: string;
  ready: string;
  restarts: string;
  age: string;
}

function podsAt(release: Release, now: number, timing: Timing): Pod[] {
  if (release.workload === 'none') return [];
  const elapsed = now - release.installDoneAt;
  const age = humanDuration(elapsed);
  const job = release.workload === 'job';
  const owner = job ? `copy-dag-${release.name}` : release.name;
  const name = job
    ? `${owner.slice(0, 58)}-${hashHex(release.name, 5)}`
    : `${release.name}-${hashHex(release.name, 10)}-${hashHex(`${release.name}/pod`, 5)}`;
  const pod = (status: string, ready: string, restarts = '0'): Pod => ({
    name,
    owner,
    status,
    ready,
    restarts,
    age,
  });
  if (elapsed < timing.podCreateMs) return [pod('containercreating', '0/1')];
  const sinceStart = elapsed - timing.podCreateMs;
  const cycles = Math.floor(sinceStart / timing.backoffCycleMs);
  const inCycle = sinceStart % timing.backoffCycleMs;
  switch (release.behaviour) {
    case 'crashloop':
      // As on a real cluster (captures 22–78): from its first crash on, kubectl shows
      // CrashLoopBackOff with growing restarts; it never passes through Running/ready.
      return [
        pod('crashloopbackoff', '0/1', `${String(cycles + 1)} (${humanDuration(inCycle)} ago)`),
      ];
    case 'image-pull-error':
      return [pod(cycles % 2 === 0 ? 'errimagepull' : 'imagepullbackoff', '0/1')];
    default:
      if (!job) return [pod('running', '1/1')];
      return [sinceStart < timing.jobRunMs ? pod('running', '1/1') : pod('completed', '0/1')];
  }
}

/** kube-helm's `ready`: the first pod of every Deployment/Job runs or has completed. */
function readyOf(pods: Pod[]): boolean {
  const firstByOwner = new Map<string, Pod>();
  for (const pod of pods) if (!firstByOwner.has(pod.owner)) firstByOwner.set(pod.owner, pod);
  return [...firstByOwner.values()].every((pod) => ['running', 'completed'].includes(pod.status));
}

/** The release as one element of `available_versions[v].deployments`, or null once it is gone. */
export function deploymentOf(release: Release, now: number, timing: Timing): Deployment | null {
  const status = helmStatusAt(release, now);
  if (status === 'gone') return null;
  const helmInfo = {
    app_version: release.appVersion,
    chart: `${release.chart}-${release.version}`,
    name: release.name,
    namespace: release.namespace,
    revision: String(release.revision),
    status,
    updated: goTime(release.createdAt),
  };
  if (release.frozen && !release.uninstall) {
    return { deployment_id: release.name, ...release.frozen };
  }
  if (status === 'deployed') {
    const pods = podsAt(release, now, timing);
    const kubeInfo: KubeInfo = {
      name: pods.map((p) => p.name),
      ready: pods.map((p) => p.ready),
      status: pods.map((p) => p.status),
      restarts: pods.map((p) => p.restarts),
      age: pods.map((p) => p.age),
      annotations: {},
    };
    return {
      deployment_id: release.name,
      helm_status: status,
      helm_info: helmInfo,
      kube_status: pods.map((p) => p.status),
      kube_info: kubeInfo,
      links: release.links,
      ready: readyOf(pods),
    };
  }
  return {
    deployment_id: release.name,
    helm_status: status,
    helm_info: release.frozen ? { ...release.frozen.helm_info, status } : helmInfo,
    kube_status: status === 'failed' ? '' : 'unknown',
    kube_info: null,
    links: [],
    ready: false,
  };
}
