import type { ExtensionRow } from '../../contract/schemas';
import { isMultiInstallRow } from '../../domain/extension-state';
import { buildRows, rowsForChart } from './rows';
import type { Timing } from './timing';
import { chartsByName, type World } from './world';

/**
 * A release kube-helm re-reads on every request for a while ("recently updated", keyed
 * `<release>__<version>`).
 */
interface Recent {
  release: string;
  chart: string;
  /** The version of the install or uninstall; used when the list has no row for the release. */
  version: string | null;
  /** Re-read from then on; before, a launch's template is re-read without it (`launchGapMs`). */
  from: number;
  until: number;
}

/**
 * kube-helm's cached extension list (CONTRACT §3.6): a full rebuild at most every
 * `refreshDelayMs`, and in between the cached rows, with "recently updated" releases re-read on
 * every request — one version only, replacing only rows that are already listed (so new instance
 * rows wait for a full rebuild, and a deleted instance's row keeps its last re-read content).
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
   * arrived (default: decide now). Throws ListBuildError like kube-helm's 500; the cache is then
   * left as it was.
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
    const patches: ExtensionRow[] = [];
    const done = new Set<Recent>();
    for (const entry of this.recent) {
      const files = charts.get(entry.chart);
      // The row named like the release; kube-helm falls back to the chart's own row, once.
      const own = rows.find((row) => row.releaseName === entry.release);
      const base = own ?? rows.find((row) => row.releaseName === entry.chart);
      if (!files || !base) continue;
      const gap = now < entry.from;
      patches.push(
        ...rowsForChart(this.world, files, now, this.timing, {
          versions: [own ? own.version : (entry.version ?? base.version)],
          ...(isMultiInstallRow(base)
            ? { releaseFilter: (name: string) => !gap && name === entry.release }
            : {}),
        }),
      );
      if (!own && !gap) done.add(entry);
    }
    this.recent = this.recent.filter((entry) => !done.has(entry));
    for (const patched of patches) {
      const index = rows.findIndex((row) => row.releaseName === patched.releaseName);
      if (index >= 0) rows[index] = patched;
    }
    return rows;
  }

  private remember(entry: Recent): void {
    this.recent = [
      ...this.recent.filter((e) => e.release !== entry.release || e.version !== entry.version),
      entry,
    ];
  }

  /** After a successful install; a launched instance shows in its template only after a gap. */
  installed(release: string, chart: string, version: string, launch: boolean, now: number): void {
    this.remember({
      release,
      chart,
      version,
      from: launch ? now + this.timing.launchGapMs : now,
      until: now + this.timing.recentWindowMs,
    });
  }

  /**
   * After `POST /helm-delete-chart`: the cached row turns "pending"; with a version, the release
   * is re-read (an instance's row then shows it uninstalling, and keeps that once it is gone).
   */
  uninstallRequested(
    release: string,
    chart: string | null,
    version: string | null,
    now: number,
  ): void {
    for (const row of this.rows ?? []) if (row.releaseName === release) row.successful = 'pending';
    const chartName = chart ?? this.rows?.find((row) => row.releaseName === release)?.chart_name;
    if (version && chartName) {
      this.remember({
        release,
        chart: chartName,
        version,
        from: now,
        until: now + this.timing.recentWindowMs,
      });
    }
  }
}
