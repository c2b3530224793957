import type { Plugin } from 'vite';
import { kubeHelmHandlers } from './handlers';
import { sha256Hasher } from './node-hash';
import { handlersMiddleware } from './node-http';
import { SimSessions } from './sessions';
import type { SimOptions } from './sim/backend';

/**
 * Serves the simulated kube-helm on the dev and preview servers' own origin under
 * `/kube-helm-api` (plus `/__sim` to steer it), so `npm run dev` needs no second process.
 */
export function kubeHelmSimulator(defaults: SimOptions): Plugin {
  const sessions = new SimSessions({ ...defaults, hasher: sha256Hasher });
  const middleware = handlersMiddleware(
    [...sessions.controlHandlers(), ...kubeHelmHandlers(sessions.forRequest)],
    ['/kube-helm-api', '/__sim'],
  );
  const describe = () => {
    const d = sessions.get('default').describe();
    return `simulated kube-helm at /kube-helm-api: scenario ${d.scenario}, timing ${d.timing}`;
  };
  return {
    name: 'kube-helm-simulator',
    configureServer(server) {
      server.middlewares.use(middleware);
      server.config.logger.info(describe());
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
      server.config.logger.info(describe());
    },
  };
}
