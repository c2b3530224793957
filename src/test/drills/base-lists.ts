import fixtureList from '../../mocks/fixtures/extensions.json' with { type: 'json' };
import { SimBackend } from '../../mocks/sim/backend';
import { extensionListCaptures } from '../captures';

/** A list as the simulated kube-helm sends it for a scenario (fast timing, real time). */
export async function simulatedList(scenario: string): Promise<unknown[]> {
  const reply = await new SimBackend({ scenario, timing: 'fast' }).listExtensions();
  if ('drop' in reply || reply.status !== 200) throw new Error(`no list for ${scenario}`);
  return JSON.parse(reply.body) as unknown[];
}

/**
 * Good lists to break: the simulator's busy and fresh platforms, the contract's fixture rows and
 * every list captured from the real kube-helm.
 */
export async function baseLists(): Promise<unknown[][]> {
  const captured = extensionListCaptures()
    .map((c) => JSON.parse(c.body) as unknown)
    .filter((v): v is unknown[] => Array.isArray(v) && v.length > 0);
  return [await simulatedList('busy'), await simulatedList('fresh'), fixtureList, ...captured];
}
