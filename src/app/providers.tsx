import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { KubeHelmClient } from '../api';
import { NotificationsProvider } from '../components/notifications';
import { SettledAnnouncer } from '../components/settled-announcer';
import { AppStateProvider } from '../queries/app-state-provider';
import { KubeHelmClientProvider } from '../queries/client-context';
import type { KeyValueStorage } from '../stores/persisted';
import { ErrorBoundary } from './error-boundary';

export function Providers({
  client,
  queryClient,
  storage,
  children,
}: {
  client: KubeHelmClient;
  queryClient: QueryClient;
  /** Where client state survives reloads (localStorage in the app). */
  storage: KeyValueStorage | null;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <KubeHelmClientProvider client={client}>
          <AppStateProvider storage={storage}>
            <NotificationsProvider>{children}</NotificationsProvider>
            <SettledAnnouncer />
          </AppStateProvider>
        </KubeHelmClientProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
