import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createKubeHelmClient, type KubeHelmClientOptions } from '../api';
import { Providers } from '../app/providers';
import { createQueryClient } from '../app/query-client';
import { routes } from '../app/routes';
import { browserStorage } from '../stores/persisted';
import { TEST_API } from './sim-server';

export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
}

/** The app's own query client, with its retries and back-off (tests otherwise never retry). */
export const appQueryClient = createQueryClient;

export function testClient(options: Partial<KubeHelmClientOptions> = {}) {
  return createKubeHelmClient({
    baseUrl: TEST_API,
    project: { transport: 'header', current: () => ({ id: 'p-1', name: 'admin' }) },
    ...options,
  });
}

/**
 * Renders UI inside the app's providers, with a fresh query client (by default one that never
 * retries; pass the app's own to test its retries) and a test client.
 */
export function renderWithProviders(
  ui: ReactNode,
  options: Partial<KubeHelmClientOptions> = {},
  queryClient: QueryClient = testQueryClient(),
) {
  const client = testClient(options);
  return {
    queryClient,
    client,
    ...render(
      <Providers client={client} queryClient={queryClient} storage={browserStorage()}>
        {ui}
      </Providers>,
    ),
  };
}

/** Renders the whole app at a path (optionally wrapped, e.g. in a test context). */
export function renderApp(
  path = '/',
  options: Partial<KubeHelmClientOptions> = {},
  wrap: (ui: ReactNode) => ReactNode = (ui) => ui,
  queryClient?: QueryClient,
) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return {
    router,
    ...renderWithProviders(wrap(<RouterProvider router={router} />), options, queryClient),
  };
}
