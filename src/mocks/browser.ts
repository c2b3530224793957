import { setupWorker } from 'msw/browser';
import { kubeHelmHandlers } from './handlers';
import { SimSessions } from './sessions';

/**
 * The simulated kube-helm in the browser, through MSW's service worker: a static demo build
 * (`npm run build:demo`) runs with no server behind it. `?sim=<scenario>` picks the scenario.
 */
export async function startDemoBackend(): Promise<void> {
  const scenario = new URLSearchParams(window.location.search).get('sim') ?? 'busy';
  const sessions = new SimSessions({ scenario, timing: 'realistic' });
  const worker = setupWorker(
    ...sessions.controlHandlers(),
    ...kubeHelmHandlers(sessions.forRequest),
  );
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
