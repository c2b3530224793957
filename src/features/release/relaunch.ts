import type { ExtensionRow } from '../../contract/schemas';
import { isTemplateRow } from '../../domain/extension-state';
import { paramFields, type ParamValues } from '../../domain/params/fields';
import { valuesFromPayload } from '../../domain/params/from-payload';
import type { LaunchRecord } from '../../domain/releases/launch-record';
import type { ReleaseFacts } from '../../domain/releases/releases';

export interface Relaunch {
  /** The chart's template row: what the launch dialog launches. */
  template: ExtensionRow;
  version: string;
  /** The answers this instance was launched with; null when not known here. */
  values: ParamValues | null;
}

/** How to launch another instance like this one, if it is an instance whose chart can be found. */
export function relaunchOf(
  release: ReleaseFacts | null,
  rows: readonly ExtensionRow[] | undefined,
  launch: LaunchRecord | null,
): Relaunch | null {
  if (!release?.instance || !rows) return null;
  const template = rows.find((r) => isTemplateRow(r) && r.chart_name === release.row.chart_name);
  if (!template) return null;
  const known = launch !== null && launch.chart === template.chart_name;
  const version =
    known && template.versions.includes(launch.version) ? launch.version : template.version;
  return {
    template,
    version,
    values: known ? valuesFromPayload(paramFields(template), launch.params) : null,
  };
}
