import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { kubeHelmHandlers } from '../mocks/handlers';
import { sha256Hasher } from '../mocks/node-hash';
import { handlersMiddleware } from '../mocks/node-http';
import { SimSessions } from '../mocks/sessions';
import type { SimBackend, SimOptions } from '../mocks/sim/backend';

/**
 * The simulated kube-helm on a real HTTP server on loopback (what the dev server runs), so
 * requests go through sockets that can drop, with uploads hashed as they arrive.
 */
export interface LoopbackSim {
  /** `http://127.0.0.1:<port>/kube-helm-api` */
  api: string;
  /** A fresh backend for the requests that follow. */
  reset(options: SimOptions): SimBackend;
  close(): Promise<void>;
}

export async function startLoopbackSim(): Promise<LoopbackSim> {
  const sessions = new SimSessions({ scenario: 'fresh', timing: 'fast', hasher: sha256Hasher });
  const middleware = handlersMiddleware(
    [...sessions.controlHandlers(), ...kubeHelmHandlers(sessions.forRequest)],
    ['/kube-helm-api', '/__sim'],
  );
  const server: Server = createServer((req, res) => {
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${String(port)}/kube-helm-api`,
    reset: (options) => sessions.reset('default', { hasher: sha256Hasher, ...options }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
