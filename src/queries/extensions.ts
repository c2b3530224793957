import { queryOptions } from '@tanstack/react-query';
import type { KubeHelmClient } from '../api';

/** Query keys and options for everything read from kube-helm, general to specific. */
export const kubeHelmKeys = {
  all: ['kube-helm'] as const,
  extensions: () => [...kubeHelmKeys.all, 'extensions'] as const,
  chartStatus: (releaseName: string) => [...kubeHelmKeys.all, 'chart-status', releaseName] as const,
  activeApplications: () => [...kubeHelmKeys.all, 'active-applications'] as const,
};

/**
 * The catalog list. What each answer means for the app's client state (pending operations,
 * observations, the activity log) is worked out by `AppStateProvider`, not here.
 */
export function extensionsQuery(client: KubeHelmClient) {
  return queryOptions({
    queryKey: kubeHelmKeys.extensions(),
    queryFn: ({ signal }) => client.listExtensions({ signal }),
  });
}

export function chartStatusQuery(client: KubeHelmClient, releaseName: string) {
  return queryOptions({
    queryKey: kubeHelmKeys.chartStatus(releaseName),
    queryFn: ({ signal }) => client.viewChartStatus(releaseName, { signal }),
  });
}

export function activeApplicationsQuery(client: KubeHelmClient) {
  return queryOptions({
    queryKey: kubeHelmKeys.activeApplications(),
    queryFn: ({ signal }) => client.listActiveApplications({ signal }),
  });
}
