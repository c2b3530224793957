import { readChartArchive, type ChartReadLimits } from './chart-archive';
import {
  chartYamlProblem,
  coverageCheck,
  descriptionCheck,
  globalCheck,
  keywordsCheck,
  paramsCheck,
  versionCheck,
} from './chart-checks';
import type { PreflightCheck } from './checks';
import { imagesOf, type ImageRef } from './images';
import { inspectChart, type ChartInspection, type ChartSummary } from './inspect';
import { namespaceFindings } from './namespaces';
import {
  adminNamespaceCheck,
  catalogCheck,
  expectedFileName,
  fileNameCheck,
  type CatalogEntry,
} from './platform-checks';

/**
 * The pre-flight of a chart, in the browser, before a byte is sent (CONTRACT §5.2): what it is,
 * every check in plain words, and the container images it needs.
 */

export interface PreflightReport {
  /** What the chart is; null when its Chart.yaml cannot be read. */
  summary: ChartSummary | null;
  checks: PreflightCheck[];
  images: ImageRef[];
}

export type ChartFileResult =
  { ok: true; inspection: ChartInspection } | { ok: false; reason: string; nextStep: string };

/** Reads a `.tgz` as a stream and parses what it needs. */
export async function inspectChartFile(
  file: Blob,
  limits?: ChartReadLimits,
): Promise<ChartFileResult> {
  const read = await readChartArchive(file.stream(), limits);
  if (!read.ok) return read;
  return { ok: true, inspection: inspectChart(read.chart) };
}

export interface PreflightContext {
  /** The catalog's rows, or null when it could not be read. */
  catalog: readonly CatalogEntry[] | null;
  adminNamespace?: string;
}

export function preflight(
  inspection: ChartInspection,
  fileName: string,
  context: PreflightContext,
): PreflightReport {
  const problem = chartYamlProblem(inspection);
  if (problem || inspection.chartYaml.kind !== 'ok') {
    return { summary: null, checks: problem ? [problem] : [], images: [] };
  }
  const { summary } = inspection;
  const version = versionCheck(summary.version);
  const unread = inspection.archive.templates.filter((t) => t.text === null).length;
  const coverage = coverageCheck(inspection);
  const checks: PreflightCheck[] = [
    ...(version ? [version] : []),
    keywordsCheck(inspection),
    descriptionCheck(inspection.chartYaml.value),
    globalCheck(inspection),
    fileNameCheck(fileName, summary),
    adminNamespaceCheck(
      namespaceFindings(inspection, context.adminNamespace),
      unread,
      context.adminNamespace,
    ),
    catalogCheck(summary, context.catalog),
    paramsCheck(inspection),
    ...(coverage ? [coverage] : []),
  ];
  return { summary, checks, images: imagesOf(inspection) };
}

export interface UploadChoices {
  /** Upload under the name the platform needs. */
  rename: boolean;
  /** What to do when this version is already in the catalog. */
  existing: 'keep' | 'replace' | null;
}

export const NO_CHOICES: UploadChoices = { rename: false, existing: null };

export type Readiness =
  | { kind: 'ready'; uploadName: string }
  /** A blocking check failed: not uploaded. */
  | { kind: 'blocked'; checks: PreflightCheck[] }
  /** The user has to choose first. */
  | { kind: 'needs-choice'; checks: PreflightCheck[] }
  /** The user kept the catalog's chart: nothing to upload. */
  | { kind: 'kept' };

export function readiness(
  report: PreflightReport,
  fileName: string,
  choices: UploadChoices,
): Readiness {
  const blocking = report.checks.filter((c) => c.status === 'blocking');
  if (blocking.length > 0 || !report.summary) return { kind: 'blocked', checks: blocking };
  if (choices.existing === 'keep') return { kind: 'kept' };
  const open = report.checks.filter(
    (c) =>
      c.status === 'decision' &&
      !(c.fix?.kind === 'rename' && choices.rename) &&
      !(c.fix?.kind === 'keep-or-replace' && choices.existing === 'replace'),
  );
  if (open.length > 0) return { kind: 'needs-choice', checks: open };
  const rename = report.checks.some((c) => c.fix?.kind === 'rename');
  return {
    kind: 'ready',
    uploadName: rename && choices.rename ? expectedFileName(report.summary) : fileName,
  };
}
