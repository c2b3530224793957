import type { ExtensionRow } from '../../contract/schemas';
import { buildRows, rowsForChart } from './rows';
import type { Timing } from './timing';
import { chartsByName, type World } from './world';

/**
 * A release kube-helm re-reads on every request for a while. (It keys them `<release>__<version>`,
 * but re-reads the row in the row's own version, the latest; so the version is not kept here.)
 */
interface Recent {
  release: string;
  chart: string;
  until: number;
}

/**
 * kube-helm's cached extension list (CONTRACT §3.6): a full rebuild at most every
 * `refreshDelayMs`, and in between the cached rows, with "recently updated" releases re-read on
 * every request — one version only, and without adding new instance rows.
 */
export class ListCache {
  private rows: ExtensionRow[] | null = null;
  private builtAt = Number.NEGATIVE_INFINITY;
  private recent: Recent[] = [];

  constructor(
    private readonly world: World,
    private readonly timing: Timing,
  ) {}

  /** Whether the next `get` rebuilds everything (the slow path). */
  needsRebuild(now: number): boolean {
    return this.rows === null || now - this.builtAt >= this.timing.refreshDelayMs;
  }

  /**
   * The rows a `GET /extensions` returns now. `rebuild` is what was decided when the request
   * arrived (default: decide now). Throws ListBuildError like kube-helm's 500.
   */
  get(now: number, rebuild = this.needsRebuild(now)): ExtensionRow[] {
    if (rebuild) {
      this.rows = buildRows(this.world, now, this.timing);
      this.builtAt = now;
      return this.rows;
    }
    const rows = this.rows ?? [];
    this.recent = this.recent.filter((entry) => entry.until > now);
    if (this.recent.length === 0) return rows;
    const charts = chartsByName(this.world, 'extensions');
    for (const entry of this.recent) {
      const index = rows.findIndex(
        (row) => row.chart_name === entry.chart && row.releaseName === row.chart_name,
      );
      const row = rows[index];
      const files = charts.get(entry.chart);
      if (!row || !files) continue;
      const [patched] = rowsForChart(this.world, files, now, this.timing, {
        versions: [row.version],
        includeInstances: false,
        ...(row.multiinstallable === 'yes'
          ? { releaseFilter: (name: string) => name === entry.release }
          : {}),
      });
      if (patched) rows[index] = patched;
    }
    return rows;
  }

  /** After a successful install. */
  installed(release: string, chart: string, now: number): void {
    this.recent.push({ release, chart, until: now + this.timing.recentWindowMs });
  }

  /** After `POST /helm-delete-chart`: the cached row turns "pending"; with a version, it is re-read. */
  uninstallRequested(release: string, version: string | null, now: number): void {
    for (const row of this.rows ?? []) {
      if (row.releaseName !== release) continue;
      row.successful = 'pending';
      if (version) {
        this.recent.push({
          release,
          chart: row.chart_name,
          until: now + this.timing.recentWindowMs,
        });
      }
    }
  }
}
