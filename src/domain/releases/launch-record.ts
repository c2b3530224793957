import type { ParamPayloadValue } from '../../contract/keywords';

/** An activity entry as far as this reading needs it (stores/activity.ts has the full shape). */
export interface LoggedAction {
  at: number;
  action: string;
  releaseName: string;
  details: unknown;
}

/** How this browser installed or launched a release, as its activity log recorded it. */
export interface LaunchRecord {
  at: number;
  /** "Install", "Launch", … in the log's words. */
  action: string;
  /** The chart and version sent. */
  chart: string;
  version: string;
  /** The `extension_params` sent; {} when none were. */
  params: Readonly<Record<string, ParamPayloadValue>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPayloadValue = (value: unknown): value is ParamPayloadValue =>
  typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number';

/** The install request an entry's details hold, if they hold one. */
function installRequestOf(details: unknown) {
  if (!isRecord(details) || !isRecord(details.request)) return null;
  const { endpoint, name, version, extensionParams } = details.request;
  if (endpoint !== 'POST /helm-install-chart') return null;
  if (typeof name !== 'string' || typeof version !== 'string') return null;
  const params = isRecord(extensionParams)
    ? Object.fromEntries(Object.entries(extensionParams).filter(([, v]) => isPayloadValue(v)))
    : {};
  return { chart: name, version, params: params as Record<string, ParamPayloadValue> };
}

/**
 * What this browser sent when it installed or launched the release, from the newest entry that
 * names it; null when this browser did not start it (or the log was cleared).
 */
export function launchRecordOf(
  entries: readonly LoggedAction[],
  releaseName: string,
): LaunchRecord | null {
  let best: LaunchRecord | null = null;
  for (const entry of entries) {
    if (entry.releaseName !== releaseName || (best && best.at >= entry.at)) continue;
    const request = installRequestOf(entry.details);
    if (request) best = { at: entry.at, action: entry.action, ...request };
  }
  return best;
}

/** Whether this browser's log mentions the release at all (it existed once). */
export function loggedRelease(entries: readonly LoggedAction[], releaseName: string): boolean {
  return entries.some((e) => e.releaseName === releaseName);
}
