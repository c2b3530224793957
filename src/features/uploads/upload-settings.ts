import { DEFAULT_CHUNK_SIZE } from '../../api';
import { DEFAULT_VIEW } from '../../domain/catalog/view';
import { viewToParams } from '../../domain/catalog/url';
import { STORAGE_PREFIX, type KeyValueStorage } from '../../stores/persisted';

/**
 * The size of the pieces a file is sent in. The default was chosen by measurement (README,
 * bench/upload.mjs); a platform whose gateway limits request sizes can set another one in the
 * browser: `localStorage['kaapana-extensions.upload-chunk-mib'] = '8'`.
 */
export const CHUNK_SETTING_KEY = 'upload-chunk-mib';

export function chunkSizeSetting(storage: KeyValueStorage | null): number {
  const raw = storage?.getItem(STORAGE_PREFIX + CHUNK_SETTING_KEY) ?? null;
  const mib = raw === null ? Number.NaN : Number(raw);
  return Number.isFinite(mib) && mib >= 0.0625 && mib <= 1024
    ? Math.round(mib * 1024 * 1024)
    : DEFAULT_CHUNK_SIZE;
}

/** The catalog, searched for a chart (experimental ones are hidden unless asked for). */
export function catalogLink(name: string, experimental: boolean): string {
  const params = viewToParams({
    ...DEFAULT_VIEW,
    q: name,
    maturity: experimental ? [] : DEFAULT_VIEW.maturity,
  });
  return `/?${params.toString()}`;
}
