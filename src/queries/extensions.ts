import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { KubeHelmClient, UnreadableEntry } from '../api';

/** Query keys and options for everything read from kube-helm, general to specific. */
export const kubeHelmKeys = {
  all: ['kube-helm'] as const,
  extensions: () => [...kubeHelmKeys.all, 'extensions'] as const,
  /** Beside the list, not under it: invalidating the list must not touch it. */
  unreadableEntries: () => [...kubeHelmKeys.all, 'extensions-unreadable'] as const,
  chartStatus: (releaseName: string) => [...kubeHelmKeys.all, 'chart-status', releaseName] as const,
  activeApplications: () => [...kubeHelmKeys.all, 'active-applications'] as const,
};

/**
 * The catalog list: the rows that can be read. What each answer means for the app's client state
 * (pending operations, observations, the activity log) is worked out by `AppStateProvider`, not
 * here. The entries of the same answer that could not be read are kept beside it
 * (`useUnreadableEntries`), so every reader of the list keeps getting plain rows.
 */
export function extensionsQuery(client: KubeHelmClient) {
  return queryOptions({
    queryKey: kubeHelmKeys.extensions(),
    queryFn: async ({ signal, client: queryClient }) => {
      const list = await client.readExtensions({ signal });
      queryClient.setQueryData(kubeHelmKeys.unreadableEntries(), list.unreadable);
      return list.rows;
    },
  });
}

const NONE: readonly UnreadableEntry[] = [];

/** The entries of the list shown that could not be read (empty until a list was read). */
export function useUnreadableEntries(): readonly UnreadableEntry[] {
  const { data } = useQuery<UnreadableEntry[]>({
    queryKey: kubeHelmKeys.unreadableEntries(),
    // Written by the list's own read, never fetched.
    queryFn: skipToken,
    staleTime: Infinity,
  });
  return data ?? NONE;
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
