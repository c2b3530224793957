import { z } from '../contract/zod';
import type { PendingOperation } from '../domain/pending';
import { createStore, type Store } from './external-store';
import { readStored, writeStored, type KeyValueStorage } from './persisted';

const pendingSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('install'),
    releaseName: z.string(),
    chart: z.string(),
    version: z.string(),
    at: z.number(),
  }),
  z.object({
    kind: z.literal('launch'),
    releaseName: z.string(),
    chart: z.string(),
    version: z.string(),
    displayName: z.nullable(z.string()),
    at: z.number(),
  }),
  z.object({
    kind: z.literal('uninstall'),
    releaseName: z.string(),
    chart: z.string(),
    at: z.number(),
  }),
]);

const storedSchema = z.pipe(
  z.array(z.unknown()),
  z.transform((items) => items.flatMap((item) => pendingSchema.safeParse(item).data ?? [])),
);

const KEY = 'pending';

/**
 * What this browser asked for and the list does not show yet. Kept across a reload, so that a
 * release just asked for does not drop out of sight while the list lags behind.
 */
export function createPendingStore(
  storage: KeyValueStorage | null,
): Store<readonly PendingOperation[]> {
  const initial: readonly PendingOperation[] = readStored(storage, KEY, storedSchema, []);
  return createStore(initial, (ops) => {
    writeStored(storage, KEY, ops);
  });
}
