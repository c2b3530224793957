import { startDemoBackend } from './browser';

/**
 * The entry of the static demo build (`npm run build:demo`): the simulated kube-helm starts in a
 * service worker, then the app itself. Normal builds start at src/main.tsx and never see this.
 */
await startDemoBackend();
await import('../main');
