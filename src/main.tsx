import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createKubeHelmClient, listFetchInWorker } from './api';
import { clientOptions, readConfig } from './app/config';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { routes } from './app/routes';
import { startColorMode } from './components/color-mode';
import { browserStorage } from './stores/persisted';
import './components/theme-vars.css';
import './app/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');

// The colour scheme is on the page before its first paint.
startColorMode();

// The list is received in a worker: its megabytes never cost the page's main thread.
const client = createKubeHelmClient({
  ...clientOptions(readConfig()),
  listFetch: listFetchInWorker(),
});
const router = createBrowserRouter(routes, {
  basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
});

createRoot(root).render(
  <StrictMode>
    <Providers client={client} queryClient={createQueryClient()} storage={browserStorage()}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
