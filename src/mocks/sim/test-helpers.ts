import { expect } from 'vitest';
import { extensionListSchema, type ExtensionRow } from '../../contract/schemas';
import { drive } from '../../test/drive';
import { SimBackend, type SimOptions } from './backend';
import { ManualClock } from './clock';
import { escapeStringsDeep } from './format';
import type { SimReply } from './reply';

/** A simulated backend on a manual clock, with helpers that let time pass while it answers. */
export function testBackend(options: SimOptions = {}) {
  const clock = new ManualClock();
  const backend = new SimBackend({ timing: 'fast', ...options, clock });
  const answer = async (reply: Promise<SimReply>) => {
    const r = await drive(clock, reply, 20);
    if ('drop' in r) throw new Error('connection dropped');
    return r;
  };
  const rows = async (): Promise<ExtensionRow[]> => {
    const r = await answer(backend.listExtensions());
    expect(r.status, r.body).toBe(200);
    return extensionListSchema.parse(JSON.parse(r.body));
  };
  const row = async (releaseName: string) =>
    (await rows()).find((r) => r.releaseName === releaseName);
  /** Waits past the list's refresh delay, so the next list is a full rebuild. */
  const rebuildNext = () => clock.advance(backend.timing.refreshDelayMs);
  // Bodies go through kube-helm's escaping middleware first, as over HTTP.
  const body = (payload: Record<string, unknown>) => JSON.stringify(escapeStringsDeep(payload));
  const install = (payload: Record<string, unknown>, project?: { id: string; name: string }) =>
    answer(backend.install(body(payload), project ? JSON.stringify(project) : null));
  const uninstall = (payload: Record<string, unknown>) => answer(backend.uninstall(body(payload)));
  return { clock, backend, answer, rows, row, rebuildNext, install, uninstall };
}

export const PROJECT = { id: '6b1f0c2e-8d4a-4f4e-9b7a-2c3d5e6f7a81', name: 'admin' };
