import { parseDocument } from 'yaml';
import { KEYWORDS } from '../../contract/keywords';
import type { ArchivedChart } from './chart-archive';

/** Chart.yaml and values.yaml of a packaged chart, parsed the way Helm reads them (YAML 1.1). */

export type Yaml = Record<string, unknown>;

export type ParsedYaml =
  { kind: 'ok'; value: Yaml } | { kind: 'missing' } | { kind: 'invalid'; message: string };

export interface ChartParam {
  key: string;
  type: string;
  /** `definition`, or the key when there is none. */
  label: string;
  /** The default as text ('' when there is none). */
  defaultText: string;
}

export interface ChartSummary {
  name: string;
  version: string;
  appVersion: string;
  description: string | null;
  /** The `ui-visible-name` annotation, when the chart has one. */
  displayName: string | null;
  keywords: string[];
  kind: 'workflow' | 'application' | 'platform' | null;
  experimental: boolean;
  gpu: boolean;
  multiInstallable: boolean;
  params: ChartParam[];
}

export interface ChartFacts {
  name: string;
  version: string;
  appVersion: string;
}

export interface Subchart {
  values: Yaml;
  chart: ChartFacts;
}

export interface ChartInspection {
  archive: ArchivedChart;
  chartYaml: ParsedYaml;
  values: ParsedYaml;
  /** Each packaged subchart, by scope (`charts/<name>`): its values.yaml and Chart.yaml facts. */
  subcharts: Map<string, Subchart>;
  summary: ChartSummary;
}

export function isRecord(value: unknown): value is Yaml {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text as YAML wrote it: strings as they are, numbers and booleans spelled out, else ''. */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

export function parseYaml(text: string | null): ParsedYaml {
  if (text === null) return { kind: 'missing' };
  // Helm reads YAML with Go's YAML 1.1 parser (`yes`/`no` are booleans there).
  const doc = parseDocument(text, { version: '1.1', prettyErrors: false });
  const error = doc.errors[0];
  if (error) return { kind: 'invalid', message: error.message.split('\n')[0] ?? error.message };
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) return { kind: 'ok', value: {} };
  if (!isRecord(value)) return { kind: 'invalid', message: 'the file is not a mapping of keys' };
  return { kind: 'ok', value };
}

function paramsOf(values: Yaml): ChartParam[] {
  const params = values.extension_params;
  if (!isRecord(params)) return [];
  return Object.entries(params).map(([key, raw]) => {
    const param = isRecord(raw) ? raw : {};
    const fallback = Array.isArray(param.default)
      ? param.default.map(scalarText).join(', ')
      : scalarText(param.default);
    return {
      key,
      type: scalarText(param.type),
      label: scalarText(param.definition) || key,
      defaultText: fallback,
    };
  });
}

function kindOf(keywords: string[]): ChartSummary['kind'] {
  if (keywords.includes(KEYWORDS.workflow)) return 'workflow';
  if (keywords.includes(KEYWORDS.application)) return 'application';
  if (keywords.includes(KEYWORDS.platform)) return 'platform';
  return null;
}

export function summarise(chart: Yaml, values: Yaml): ChartSummary {
  const keywords = Array.isArray(chart.keywords) ? chart.keywords.map(scalarText) : [];
  const annotations = isRecord(chart.annotations) ? chart.annotations : {};
  const displayName = scalarText(annotations['ui-visible-name']).trim();
  return {
    name: scalarText(chart.name),
    version: scalarText(chart.version),
    appVersion: scalarText(chart.appVersion),
    description: typeof chart.description === 'string' ? chart.description : null,
    displayName: displayName || null,
    keywords,
    kind: kindOf(keywords),
    experimental: keywords.includes(KEYWORDS.experimental),
    gpu: keywords.includes(KEYWORDS.gpu),
    multiInstallable: keywords.includes(KEYWORDS.multiInstallable),
    params: paramsOf(values),
  };
}

/** Parses what the archive reader kept. */
export function inspectChart(archive: ArchivedChart): ChartInspection {
  const own = archive.charts.get('');
  const chartYaml = parseYaml(own?.chartYaml ?? null);
  const values = parseYaml(own?.valuesYaml ?? null);
  const subcharts = new Map<string, Subchart>();
  for (const [scope, files] of archive.charts) {
    if (scope === '') continue;
    const parsedValues = parseYaml(files.valuesYaml);
    const parsedChart = parseYaml(files.chartYaml);
    const meta = parsedChart.kind === 'ok' ? parsedChart.value : {};
    subcharts.set(scope, {
      values: parsedValues.kind === 'ok' ? parsedValues.value : {},
      chart: {
        name: scalarText(meta.name) || (scope.split('/').pop() ?? scope),
        version: scalarText(meta.version),
        appVersion: scalarText(meta.appVersion),
      },
    });
  }
  return {
    archive,
    chartYaml,
    values,
    subcharts,
    summary: summarise(
      chartYaml.kind === 'ok' ? chartYaml.value : {},
      values.kind === 'ok' ? values.value : {},
    ),
  };
}

/** The chart itself, in the shape of a subchart (its values and Chart.yaml facts). */
export function rootChart(inspection: ChartInspection): Subchart {
  const { summary } = inspection;
  return {
    values: inspection.values.kind === 'ok' ? inspection.values.value : {},
    chart: { name: summary.name, version: summary.version, appVersion: summary.appVersion },
  };
}

/** Templates Helm renders into resources: not `_helpers.tpl`-style partials, not NOTES.txt. */
export function isManifestTemplate(path: string): boolean {
  const file = path.split('/').pop() ?? '';
  return !file.startsWith('_') && file !== 'NOTES.txt';
}
