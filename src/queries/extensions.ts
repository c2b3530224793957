import { queryOptions } from '@tanstack/react-query';
import type { KubeHelmClient } from '../api';
import { settlePending } from '../stores/pending';
import { observationsFor } from './observations';

/** Query keys and options for everything read from kube-helm, general to specific. */
export const kubeHelmKeys = {
  all: ['kube-helm'] as const,
  extensions: () => [...kubeHelmKeys.all, 'extensions'] as const,
  chartStatus: (releaseName: string) => [...kubeHelmKeys.all, 'chart-status', releaseName] as const,
  activeApplications: () => [...kubeHelmKeys.all, 'active-applications'] as const,
};

/**
 * The catalog list. Each answer also updates since-when each release is in its state, and settles
 * the operations this browser is waiting for.
 */
export function extensionsQuery(client: KubeHelmClient) {
  // The client is the app's one connection to kube-helm, not a parameter of the data.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: kubeHelmKeys.extensions(),
    queryFn: async ({ signal }) => {
      const rows = await client.listExtensions({ signal });
      const now = Date.now();
      observationsFor(client).record(rows, now);
      settlePending(client, rows, now);
      return rows;
    },
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
