import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { KubeHelmClient } from '../api';
import { NotificationsProvider } from '../components/notifications';
import { KubeHelmClientProvider } from '../queries/client-context';
import { ErrorBoundary } from './error-boundary';
import { theme } from './theme';

export function Providers({
  client,
  queryClient,
  children,
}: {
  client: KubeHelmClient;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <ThemeProvider theme={theme} defaultMode="system" modeStorageKey="kaapana-extensions-mode">
      <CssBaseline enableColorScheme />
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <KubeHelmClientProvider client={client}>
            <NotificationsProvider>{children}</NotificationsProvider>
          </KubeHelmClientProvider>
        </QueryClientProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
