import type { z } from '../contract/zod';

/** Where client state is kept across reloads: `localStorage` in the app, nothing or a map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const STORAGE_PREFIX = 'kaapana-extensions.';

/**
 * What was stored under `key`, if it still reads as `schema` says. Anything else (another
 * version's format, a hand-edited value, a full or denied storage) gives the fallback.
 */
export function readStored<T>(
  storage: KeyValueStorage | null,
  key: string,
  schema: z.ZodMiniType<T>,
  fallback: T,
): T {
  if (!storage) return fallback;
  try {
    const raw = storage.getItem(STORAGE_PREFIX + key);
    if (raw === null) return fallback;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export function writeStored(storage: KeyValueStorage | null, key: string, value: unknown): void {
  if (!storage) return;
  try {
    storage.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or denied: the state still works for this page.
  }
}

/** The browser's localStorage, when there is one and it may be used. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
