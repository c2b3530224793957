import { createContext, useContext, type ReactNode } from 'react';
import type { KubeHelmClient } from '../api';

const ClientContext = createContext<KubeHelmClient | null>(null);

export function KubeHelmClientProvider({
  client,
  children,
}: {
  client: KubeHelmClient;
  children: ReactNode;
}) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

/** The kube-helm client of this app (tests provide their own). */
export function useKubeHelmClient(): KubeHelmClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useKubeHelmClient outside KubeHelmClientProvider');
  return client;
}
