import type { ExtensionRow, KubeHelmClient } from '../api';
import type { SeenSince } from '../domain/catalog/attention';
import { deriveState, isTemplateRow, type ExtensionState } from '../domain/extension-state';

/**
 * Remembers since when each release has been in its current state, as seen by this browser:
 * kube-helm does not say when an uninstall started, so "stuck uninstalling" is judged from here.
 */
export class StateObservations {
  private readonly seen = new Map<string, { state: ExtensionState; since: number }>();

  record(rows: readonly ExtensionRow[], now: number): void {
    const present = new Set<string>();
    for (const row of rows) {
      if (isTemplateRow(row)) continue;
      const { state } = deriveState(row);
      present.add(row.releaseName);
      const before = this.seen.get(row.releaseName);
      if (before?.state !== state) this.seen.set(row.releaseName, { state, since: now });
    }
    for (const name of this.seen.keys()) if (!present.has(name)) this.seen.delete(name);
  }

  since: SeenSince = (releaseName, state) => {
    const entry = this.seen.get(releaseName);
    return entry?.state === state ? entry.since : undefined;
  };
}

const stores = new WeakMap<KubeHelmClient, StateObservations>();

export function observationsFor(client: KubeHelmClient): StateObservations {
  let store = stores.get(client);
  if (!store) {
    store = new StateObservations();
    stores.set(client, store);
  }
  return store;
}
