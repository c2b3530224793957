import type { ActiveApplication, ExtensionRow } from '../contract/schemas';
import { isTemplateRow } from './extension-state';
import { displayName } from './names';

/** The two lists Kaapana users know (CONTRACT §2.7), and what fits neither. */
export interface ApplicationGroups {
  /** Opened by a workflow run; waiting for someone to finish with it ("complete"). */
  triggered: ActiveApplication[];
  /** Launched into the current project: every path is one of the project's. */
  inProject: ActiveApplication[];
  /** Neither: other projects' applications, or ones outside any project. */
  others: ActiveApplication[];
}

/** Applications without paths cannot be opened; Kaapana leaves them out, and so does this. */
export function groupApplications(
  apps: readonly ActiveApplication[],
  projectId: string | null,
): ApplicationGroups {
  const groups: ApplicationGroups = { triggered: [], inProject: [], others: [] };
  const prefix = projectId === null ? null : `/applications/project/${projectId}/release/`;
  for (const app of apps) {
    if (app.paths.length === 0) continue;
    if (app.from_workflow_run) groups.triggered.push(app);
    else if (
      prefix !== null &&
      app.paths.every((p) => p.startsWith(prefix) && p.length > prefix.length)
    ) {
      groups.inProject.push(app);
    } else groups.others.push(app);
  }
  return groups;
}

const meaningful = (name: string | undefined, releaseName: string): name is string => {
  const trimmed = name?.trim();
  return Boolean(trimmed) && trimmed !== '-' && trimmed !== releaseName;
};

/**
 * The name people see for an application: the display name it was launched with, else the name
 * its extension has in the catalog, else its release name.
 */
export function applicationName(app: ActiveApplication, rows: readonly ExtensionRow[]): string {
  const release = app.release_name || app.name;
  const own = app.annotations['kaapana.ai/display-name'];
  if (meaningful(own, release)) return own.trim();
  const row = rows.find((r) => r.releaseName === release && !isTemplateRow(r));
  if (row) {
    const name = displayName(row);
    if (meaningful(name, release)) return name;
    const chart = rows.find((r) => r.chart_name === row.chart_name && isTemplateRow(r));
    if (chart) return displayName(chart);
  }
  return release;
}

/** An ISO time with offset ("2025-12-18T09:41:07+00:00") as ms; null if unreadable. */
export function createdAtMs(app: ActiveApplication): number | null {
  const ms = Date.parse(app.created_at);
  return Number.isNaN(ms) ? null : ms;
}
