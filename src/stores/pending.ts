import type { ExtensionRow, KubeHelmClient } from '../api';
import { openOperations, type PendingOperation } from '../domain/pending';
import { createStore, type Store } from './external-store';

const stores = new WeakMap<KubeHelmClient, Store<readonly PendingOperation[]>>();

/** What this browser asked kube-helm to do and the list does not show yet (one store per client). */
export function pendingFor(client: KubeHelmClient): Store<readonly PendingOperation[]> {
  let store = stores.get(client);
  if (!store) {
    store = createStore<readonly PendingOperation[]>([]);
    stores.set(client, store);
  }
  return store;
}

export function addPending(client: KubeHelmClient, op: PendingOperation): void {
  pendingFor(client).set((ops) => [...ops.filter((o) => o.releaseName !== op.releaseName), op]);
}

/** Drops what the list now shows (or what has waited too long). */
export function settlePending(
  client: KubeHelmClient,
  rows: readonly ExtensionRow[],
  now: number,
): void {
  pendingFor(client).set((ops) => {
    const open = openOperations(ops, rows, now);
    return open.length === ops.length ? ops : open;
  });
}
