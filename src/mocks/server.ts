/**
 * The simulated kube-helm on its own port, for curl or any other client:
 *   npm run sim -- --port 5055 --scenario busy --timing realistic
 * It answers at both /kube-helm-api/<endpoint> and /<endpoint>, like the real service.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { kubeHelmHandlers } from './handlers';
import { sha256Hasher } from './node-hash';
import { handlersMiddleware } from './node-http';
import { SimSessions } from './sessions';
import type { TimingName } from './sim/timing';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.KH_SIM_PORT ?? '5055' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string', default: process.env.KH_SIM_SCENARIO ?? 'busy' },
    timing: { type: 'string', default: process.env.KH_SIM_TIMING ?? 'realistic' },
    seed: { type: 'string', default: process.env.KH_SIM_SEED ?? '1' },
  },
});

const sessions = new SimSessions({
  scenario: values.scenario,
  timing: values.timing === 'fast' ? 'fast' : ('realistic' satisfies TimingName),
  seed: Number(values.seed),
  hasher: sha256Hasher,
});
const middleware = handlersMiddleware(
  [...sessions.controlHandlers(), ...kubeHelmHandlers(sessions.forRequest, '')],
  [''],
);
const server = createServer((req, res) => {
  middleware(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'application/json');
    res.end('{"detail":"Not Found"}');
  });
});
server.listen(Number(values.port), values.host, () => {
  const d = sessions.get('default').describe();
  console.log(
    `simulated kube-helm on http://${values.host}:${values.port}/kube-helm-api (scenario ${d.scenario}, timing ${d.timing})`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
