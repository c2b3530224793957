import type { ActiveApplication } from '../../contract/schemas';
import { deploymentOf, helmStatusAt } from './deployments';
import { isoSeconds } from './format';
import type { Timing } from './timing';
import type { World } from './world';

/**
 * `GET /active-applications`: every Ingress of kind `application` or `triggered` that a release
 * has while it is deployed (or still being removed), as kube-helm reports it (CONTRACT §2.7).
 */
export function activeApplications(world: World, now: number, timing: Timing): ActiveApplication[] {
  const apps: ActiveApplication[] = [];
  for (const release of world.releases.values()) {
    const status = helmStatusAt(release, now);
    if (!release.ingressType || (status !== 'deployed' && status !== 'uninstalling')) continue;
    const paths = release.links.filter((link) => link.startsWith('/'));
    if (paths.length === 0) continue;
    const shown = release.params.display_name;
    const displayName = typeof shown === 'string' && shown && shown !== '-' ? shown : release.name;
    apps.push({
      name: release.name,
      namespace: release.objectNamespace,
      created_at: isoSeconds(release.ingress?.createdAt ?? release.createdAt),
      project:
        paths
          .map((p) => /^\/applications\/project\/([^/]+)\/release\/.+$/.exec(p)?.[1])
          .find(Boolean) ?? '',
      paths,
      annotations: release.ingress?.annotations ?? {
        'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure',
        'traefik.ingress.kubernetes.io/preserve-host': 'true',
        'kaapana.ai/type': release.ingressType,
        'kaapana.ai/display-name': displayName,
        'meta.helm.sh/release-name': release.name,
        'meta.helm.sh/release-namespace': release.namespace,
      },
      release_name: release.name,
      from_workflow_run: release.ingressType === 'triggered',
      ready: deploymentOf(release, now, timing)?.ready ?? false,
    });
  }
  return apps;
}

/**
 * kube-helm's check before completing an application: `helm ls --filter <name> --selector
 * kaapana.ai/kaapanaint=True` finds something. `--filter` is a regex, so substrings match.
 */
export function hasKaapanaintRelease(world: World, name: string): boolean {
  let filter: RegExp;
  try {
    filter = new RegExp(name);
  } catch {
    return false;
  }
  return [...world.releases.values()].some((r) => r.kaapanaint && filter.test(r.name));
}
