import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { renderTemplate } from './chart-template';

/** The chart in Kaapana's conventions (deploy/<name>-chart). */
export const CHART_DIR = fileURLToPath(new URL('../deploy/extensions-ui-chart', import.meta.url));

export interface ChartYaml {
  name: string;
  version: string;
  appVersion?: string;
  description?: string;
  keywords?: string[];
}

export function readChartYaml(dir = CHART_DIR): ChartYaml {
  const chart = parse(readFileSync(join(dir, 'Chart.yaml'), 'utf8')) as Record<string, unknown>;
  const { name, version, appVersion, description, keywords } = chart;
  if (typeof name !== 'string' || (typeof version !== 'string' && typeof version !== 'number')) {
    throw new Error(`${dir}/Chart.yaml lacks name or version`);
  }
  return {
    name,
    version: String(version),
    ...(typeof appVersion === 'string' ? { appVersion } : {}),
    ...(typeof description === 'string' ? { description } : {}),
    ...(Array.isArray(keywords) ? { keywords: keywords.map(String) } : {}),
  };
}

export function readValues(dir = CHART_DIR): Record<string, unknown> {
  return parse(readFileSync(join(dir, 'values.yaml'), 'utf8')) as Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Helm's merge of values: maps merge key by key, anything else is replaced. */
export function mergeValues(
  base: Record<string, unknown>,
  override: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] = isRecord(current) && isRecord(value) ? mergeValues(current, value) : value;
  }
  return out;
}

/** The chart's templates (templates/*.yaml) rendered as Helm would, by file name. */
export function renderChart(
  options: { values?: Record<string, unknown>; releaseName?: string; namespace?: string } = {},
  dir = CHART_DIR,
): Record<string, string> {
  const chart = readChartYaml(dir);
  const context = {
    Values: mergeValues(readValues(dir), options.values ?? {}),
    Release: {
      Name: options.releaseName ?? chart.name,
      Namespace: options.namespace ?? 'default',
      Service: 'Helm',
    },
    Chart: {
      Name: chart.name,
      Version: chart.version,
      AppVersion: chart.appVersion ?? '',
      Description: chart.description ?? '',
      Keywords: chart.keywords ?? [],
    },
  };
  const templates = join(dir, 'templates');
  return Object.fromEntries(
    readdirSync(templates)
      .filter((file) => file.endsWith('.yaml'))
      .sort()
      .map((file) => [file, renderTemplate(readFileSync(join(templates, file), 'utf8'), context)]),
  );
}
