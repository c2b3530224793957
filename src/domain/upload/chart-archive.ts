import { readTarEntries, TarFormatError } from './tar-stream';

/**
 * Reads what the pre-flight needs out of a packaged chart (`.tgz`) as it streams past: Chart.yaml,
 * values.yaml, the templates (their list, and the text of those small enough), for the chart and
 * the subcharts packaged with it. Nothing else is kept; the file is never whole in memory.
 */

export interface TemplateFile {
  /** Path inside the chart, e.g. `templates/deployment.yaml` or `charts/sub/templates/job.yaml`. */
  path: string;
  /** The chart it belongs to: '' for the chart itself, else its directory (`charts/sub`). */
  scope: string;
  size: number;
  /** The text, unless it was too large to keep. */
  text: string | null;
}

export interface ChartFiles {
  chartYaml: string | null;
  valuesYaml: string | null;
}

export interface ArchivedChart {
  /** The archive's top directory (helm uses the chart's name). */
  root: string;
  /** By scope: '' is the chart itself, `charts/<name>` a packaged subchart. */
  charts: Map<string, ChartFiles>;
  templates: TemplateFile[];
  /** What was not looked at, in plain words (nested archives, oversized files, a cut-off read). */
  notRead: string[];
}

export type ChartArchiveResult =
  { ok: true; chart: ArchivedChart } | { ok: false; reason: string; nextStep: string };

export interface ChartReadLimits {
  /** Chart.yaml, values.yaml: larger ones are not read. */
  metadataBytes: number;
  /** One template's text. */
  templateBytes: number;
  /** All kept template texts together. */
  templatesTotalBytes: number;
  /** Reading stops after this many (uncompressed) bytes. */
  scanBytes: number;
}

export const DEFAULT_CHART_LIMITS: ChartReadLimits = {
  metadataBytes: 4 * 1024 * 1024,
  templateBytes: 512 * 1024,
  templatesTotalBytes: 16 * 1024 * 1024,
  scanBytes: 2 * 1024 * 1024 * 1024,
};

const decoder = new TextDecoder();
const TEMPLATE = /^((?:charts\/[^/]+\/)*)templates\/.+/;
const METADATA = /^((?:charts\/[^/]+\/)*)(Chart\.yaml|values\.yaml)$/;

function scopeOf(prefix: string): string {
  return prefix.replace(/\/$/, '');
}

export class GzipError extends Error {
  override readonly name = 'GzipError';
}

/**
 * Packaged charts are gzip-compressed tar archives; a decompression failure becomes a GzipError.
 * Cancelling the result stops reading the source at once.
 */
export function gunzip(source: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const decompress = new DecompressionStream('gzip');
  const input = source.getReader();
  // The DOM typings give DecompressionStream a BufferSource input; it takes the stream's bytes.
  const writer = (decompress.writable as WritableStream<Uint8Array>).getWriter();
  const output = decompress.readable.getReader();
  const state: { stopped: boolean; sourceError: unknown } = { stopped: false, sourceError: null };
  const pump = async () => {
    try {
      for (;;) {
        const next = await input.read();
        if (next.done || state.stopped) break;
        await writer.ready;
        await writer.write(next.value);
      }
      if (!state.stopped) await writer.close();
    } catch (error) {
      if (state.stopped) return;
      state.sourceError = error;
      await writer.abort(error).catch(() => undefined);
    }
  };
  void pump();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await output.read();
      } catch (error) {
        controller.error(
          state.sourceError ??
            new GzipError(error instanceof Error ? error.message : String(error)),
        );
        return;
      }
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel(reason) {
      state.stopped = true;
      await input.cancel(reason).catch(() => undefined);
      void writer.abort(reason).catch(() => undefined);
      void output.cancel(reason).catch(() => undefined);
    },
  });
}

const NEXT_STEP =
  'Package the chart again with `helm package <chart directory>` and upload that file.';

export async function readChartArchive(
  gzipped: ReadableStream<Uint8Array>,
  limits: ChartReadLimits = DEFAULT_CHART_LIMITS,
): Promise<ChartArchiveResult> {
  // Set by the first file entry (inside the reader's callback).
  const found: { root: string | null } = { root: null };
  const charts = new Map<string, ChartFiles>();
  const templates: TemplateFile[] = [];
  const notRead: string[] = [];
  let keptTemplateBytes = 0;
  let scanned = 0;
  const within = (path: string) => {
    const { root } = found;
    return root !== null && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : null;
  };
  const keep = (path: string, size: number): number => {
    found.root ??= path.split('/')[0] ?? '';
    const inner = within(path);
    if (inner === null) return 0;
    if (METADATA.test(inner)) return limits.metadataBytes;
    if (TEMPLATE.test(inner)) {
      return keptTemplateBytes + size <= limits.templatesTotalBytes ? limits.templateBytes : 0;
    }
    return 0;
  };
  try {
    for await (const entry of readTarEntries(gunzip(gzipped), { keep })) {
      scanned += 512 + entry.size;
      const inner = within(entry.path);
      if (inner !== null && entry.type === 'file') {
        const metadata = METADATA.exec(inner);
        const template = TEMPLATE.exec(inner);
        if (metadata) {
          const scope = scopeOf(metadata[1] ?? '');
          const files = charts.get(scope) ?? { chartYaml: null, valuesYaml: null };
          const body = entry.data ? decoder.decode(entry.data) : null;
          if (entry.tooLarge)
            notRead.push(`${inner} (larger than the ${mib(limits.metadataBytes)} read)`);
          if (metadata[2] === 'Chart.yaml') files.chartYaml = body;
          else files.valuesYaml = body;
          charts.set(scope, files);
        } else if (template) {
          const text = entry.data ? decoder.decode(entry.data) : null;
          if (text !== null) keptTemplateBytes += entry.size;
          else notRead.push(`${inner} (too large to read here)`);
          templates.push({
            path: inner,
            scope: scopeOf(template[1] ?? ''),
            size: entry.size,
            text,
          });
        } else if (/^(?:charts\/[^/]+\/)*charts\/[^/]+\.tgz$/.test(inner)) {
          notRead.push(`${inner} (a packaged subchart inside the chart)`);
        }
      }
      if (scanned > limits.scanBytes) {
        notRead.push(`everything after the first ${mib(limits.scanBytes)} of the archive`);
        break;
      }
    }
  } catch (error) {
    if (error instanceof TarFormatError) {
      return {
        ok: false,
        reason: `The file is gzip-compressed, but what is inside is not a chart archive (${error.message}).`,
        nextStep: NEXT_STEP,
      };
    }
    if (error instanceof GzipError) {
      return {
        ok: false,
        reason:
          'The file is damaged: it could not be decompressed (perhaps an incomplete download or copy).',
        nextStep: NEXT_STEP,
      };
    }
    throw error;
  }
  const { root } = found;
  const own = charts.get('');
  if (root === null || !own?.chartYaml) {
    return {
      ok: false,
      reason: root
        ? `The archive has no Chart.yaml in its top folder "${root}/", so it is not a Helm chart.`
        : 'The archive is empty.',
      nextStep: NEXT_STEP,
    };
  }
  return { ok: true, chart: { root, charts, templates, notRead } };
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 * 1024
    ? `${String(bytes / (1024 * 1024 * 1024))} GiB`
    : `${String(Math.round(bytes / (1024 * 1024)))} MiB`;
}
