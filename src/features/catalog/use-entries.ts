import { useMemo, useState } from 'react';
import type { ExtensionRow } from '../../api';
import { groupRows, type CatalogEntry } from '../../domain/catalog/entries';

class EntryCache {
  private previous = new Map<string, CatalogEntry>();

  group(rows: readonly ExtensionRow[]): CatalogEntry[] {
    this.previous = groupRows(rows, this.previous);
    return [...this.previous.values()];
  }
}

/** Catalog entries from the rows; entries whose rows did not change keep their identity. */
export function useEntries(rows: readonly ExtensionRow[] | undefined): CatalogEntry[] {
  const [cache] = useState(() => new EntryCache());
  return useMemo(() => (rows ? cache.group(rows) : []), [cache, rows]);
}
