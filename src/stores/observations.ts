import { z } from '../contract/zod';
import { NO_OBSERVATIONS, type Observations } from '../domain/observations';
import { createStore, type Store } from './external-store';
import { readStored, writeStored, type KeyValueStorage } from './persisted';

const STATES = [
  'launchable',
  'not-installed',
  'installing',
  'ready',
  'starting',
  'error',
  'failed',
  'uninstalling',
  'unknown',
] as const;

const storedSchema = z.pipe(
  z.array(z.tuple([z.string(), z.object({ state: z.enum(STATES), since: z.number() })])),
  z.transform((entries): Observations => new Map(entries)),
);

const KEY = 'observations';

/**
 * Since when each release is in its state, kept across reloads: a release stuck uninstalling is
 * still known to be stuck after the page is opened again.
 */
export function createObservationsStore(storage: KeyValueStorage | null): Store<Observations> {
  return createStore(readStored(storage, KEY, storedSchema, NO_OBSERVATIONS), (observations) => {
    writeStored(storage, KEY, [...observations]);
  });
}
