import type { ExtensionRow } from '../../contract/schemas';
import { sortVersionsDescending } from '../versions';

/**
 * How long versions seen in a full read of the list are remembered while quick re-reads show
 * fewer: kube-helm re-reads a recently changed chart with one version only until its next full
 * rebuild (CONTRACT §3.6), which made a version picker vanish and come back.
 */
export const STICKY_VERSIONS_MS = 60_000;

/** Versions of each chart as last seen in full, and when. */
export class StickyVersions {
  private readonly seen = new Map<string, { versions: readonly string[]; at: number }>();
  private readonly patched = new WeakMap<ExtensionRow, ExtensionRow>();
  /** The first list, until the next one: noted then. */
  private first: { rows: readonly ExtensionRow[]; at: number } | null = null;

  /**
   * The rows (keyed by release name), each with every version seen lately; the same row objects
   * where nothing is added.
   */
  apply(rows: readonly ExtensionRow[], now: number): readonly ExtensionRow[] {
    // The first list has nothing to keep versions from: it is noted when the next one comes, so
    // that noting 10,000 charts does not hold back the first paint.
    if (this.first !== null) {
      for (const row of this.first.rows) this.note(row, this.first.at);
      this.first = null;
    } else if (this.seen.size === 0) {
      this.first = { rows, at: now };
      return rows;
    }
    const result: ExtensionRow[] = [];
    let changed = false;
    for (const row of rows) {
      const before = this.seen.get(row.releaseName);
      const fewer =
        before !== undefined &&
        now - before.at < STICKY_VERSIONS_MS &&
        row.versions.length < before.versions.length &&
        row.versions.every((v) => before.versions.includes(v));
      if (before && fewer) {
        changed = true;
        result.push(this.patch(row, before.versions));
      } else {
        this.note(row, now, before);
        result.push(row);
      }
    }
    return changed ? result : rows;
  }

  private note(row: ExtensionRow, at: number, before = this.seen.get(row.releaseName)): void {
    // The same versions again (most rows, every time the moment moves): no new record.
    if (before?.versions === row.versions) before.at = at;
    else this.seen.set(row.releaseName, { versions: row.versions, at });
  }

  private patch(row: ExtensionRow, versions: readonly string[]): ExtensionRow {
    const cached = this.patched.get(row);
    if (cached) return cached;
    const sorted = sortVersionsDescending(versions);
    const next: ExtensionRow = {
      ...row,
      versions: sorted,
      latest_version: sorted[0] ?? row.latest_version,
      available_versions: Object.fromEntries(
        sorted.map((v) => [v, row.available_versions[v] ?? { deployments: [] }]),
      ),
    };
    this.patched.set(row, next);
    return next;
  }
}
