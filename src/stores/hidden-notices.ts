import { z } from '../contract/zod';
import { createStore, type Store } from './external-store';
import { readStored, writeStored, type KeyValueStorage } from './persisted';

const KEY = 'hidden-stuck-notice';
const storedSchema = z.array(z.string());

/**
 * What the stuck-release notice was hidden for (release and state, e.g. `x:failed`), kept across
 * reloads: hidden stays hidden until something new gets stuck.
 */
export function createHiddenNoticesStore(
  storage: KeyValueStorage | null,
): Store<readonly string[]> {
  return createStore<readonly string[]>(readStored(storage, KEY, storedSchema, []), (hidden) => {
    writeStored(storage, KEY, hidden);
  });
}
