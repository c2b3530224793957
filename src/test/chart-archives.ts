import { gzipSync } from 'fflate';
import { stringify } from 'yaml';
import { writeTar } from '../mocks/sim/tar';

/** Builds chart archives (and other files) in tests, byte by byte, like `helm package` would. */

export function tgzOf(files: Record<string, string | Uint8Array>): Uint8Array<ArrayBuffer> {
  return new Uint8Array(gzipSync(writeTar(files), { level: 6 }));
}

export function tarOf(files: Record<string, string | Uint8Array>): Uint8Array<ArrayBuffer> {
  return new Uint8Array(writeTar(files));
}

/**
 * A stream of `bytes` in chunks of `chunk` bytes, each after `delayMs` (like a disk read);
 * `pulled` counts what was read from it.
 */
export function chunkedStream(bytes: Uint8Array, chunk = 64 * 1024, delayMs = 0) {
  const stats = { pulled: 0, cancelled: false };
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      const part = bytes.slice(at, at + chunk);
      at += part.length;
      stats.pulled += part.length;
      controller.enqueue(part);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

export interface TestChart {
  name?: string;
  version?: string;
  /** Extra or replaced Chart.yaml keys; `undefined` removes a key. */
  chart?: Record<string, unknown>;
  /** values.yaml as an object, raw text, or null for none. */
  values?: Record<string, unknown> | string | null;
  templates?: Record<string, string>;
  /** Other files, by path inside the chart folder (e.g. subcharts). */
  files?: Record<string, string | Uint8Array>;
  /** Raw Chart.yaml text instead of the generated one. */
  chartYaml?: string;
}

/** A small valid Kaapana application chart unless told otherwise. */
export function testChart(spec: TestChart = {}): Uint8Array<ArrayBuffer> {
  const name = spec.name ?? 'hello-app';
  const chart = Object.fromEntries(
    Object.entries<unknown>({
      apiVersion: 'v2',
      name,
      version: spec.version ?? '0.1.0',
      description: 'Says hello',
      keywords: ['kaapanaapplication'],
      ...spec.chart,
    }).filter(([, value]) => value !== undefined),
  );
  const files: Record<string, string | Uint8Array> = {
    [`${name}/Chart.yaml`]: spec.chartYaml ?? stringify(chart),
  };
  const values = spec.values === undefined ? { global: {} } : spec.values;
  if (values !== null) {
    files[`${name}/values.yaml`] = typeof values === 'string' ? values : stringify(values);
  }
  for (const [file, text] of Object.entries(spec.templates ?? {})) {
    files[`${name}/templates/${file}`] = text;
  }
  for (const [file, body] of Object.entries(spec.files ?? {})) files[`${name}/${file}`] = body;
  return tgzOf(files);
}
