import { gunzipSync, gzipSync } from 'fflate';
import { parse, stringify } from 'yaml';
import type { Behaviour, ChartFile, RawParam } from './model';
import { readTar, writeTar } from './tar';

const BEHAVIOURS: Behaviour[] = [
  'normal',
  'crashloop',
  'image-pull-error',
  'slow-install',
  'install-fails',
  'hook-hangs',
];
/** A Chart.yaml annotation only the simulator reads, to make an uploaded chart misbehave. */
export const SIM_BEHAVIOUR_ANNOTATION = 'kaapana-sim/behaviour';

const decoder = new TextDecoder();

const scalar = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringRecord(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scalar(v)]));
}

/** Turns Go templating we understand into the simulator's placeholders; null if some is left. */
function untemplate(text: string): string | null {
  const out = text
    .replace(/\{\{-?\s*\.Release\.Name\s*-?\}\}/g, '{release}')
    .replace(/\{\{-?\s*\.Values\.global\.project_id\s*-?\}\}/g, '{project_id}');
  return out.includes('{{') ? null : out;
}

/**
 * Opens a packaged chart the way helm would (gzip, tar, Chart.yaml, values.yaml, templates).
 * Throws when it is not a readable chart.
 */
export function readChartArchive(bytes: Uint8Array): ChartFile {
  const files = readTar(gunzipSync(bytes));
  const find = (suffix: string) =>
    [...files.entries()].find(([path]) => path.split('/').length === 2 && path.endsWith(suffix));
  const chartEntry = find('/Chart.yaml');
  if (!chartEntry) throw new Error('Chart.yaml not found');
  const chartYaml: unknown = parse(decoder.decode(chartEntry[1]));
  if (!isRecord(chartYaml) || !scalar(chartYaml.name) || !scalar(chartYaml.version)) {
    throw new Error('Chart.yaml lacks name or version');
  }
  const root = chartEntry[0].split('/')[0] ?? '';
  const valuesEntry = find('/values.yaml');
  const values: unknown = valuesEntry ? parse(decoder.decode(valuesEntry[1])) : null;
  const valuesRecord = isRecord(values) ? values : {};
  const globals = isRecord(valuesRecord.global) ? valuesRecord.global : null;
  const params = isRecord(valuesRecord.extension_params)
    ? (Object.fromEntries(
        Object.entries(valuesRecord.extension_params).filter(
          ([, p]) => isRecord(p) && typeof p.type === 'string',
        ),
      ) as Record<string, RawParam>)
    : null;

  const templates = [...files.entries()]
    .filter(([path]) => path.startsWith(`${root}/templates/`))
    .map(([, body]) => decoder.decode(body));
  const nonHook = templates.filter((t) => !t.includes('helm.sh/hook'));
  const links: string[] = [];
  const globalLinks = globals?.links;
  if (Array.isArray(globalLinks)) {
    links.push(...globalLinks.map(scalar).filter(Boolean));
  } else {
    for (const template of templates) {
      if (/^kind:\s*Ingress\b/m.test(template)) {
        const path = /\bpath:\s*["']?([^"'\s]+)/.exec(template)?.[1];
        const link = path ? untemplate(path) : null;
        if (link) links.push(link);
      }
      const nodePort = /\bnodePort:\s*(\d+)/.exec(template)?.[1];
      if (nodePort) links.push(`:${nodePort}`);
    }
  }
  const ingressType = /kaapana\.ai\/type:\s*["']?(application|triggered)/.exec(
    templates.join('\n'),
  )?.[1];
  const keywords = Array.isArray(chartYaml.keywords) ? chartYaml.keywords.map(scalar) : [];
  const annotations = stringRecord(chartYaml.annotations);
  const behaviour = annotations?.[SIM_BEHAVIOUR_ANNOTATION] as Behaviour | undefined;
  return {
    name: scalar(chartYaml.name),
    version: scalar(chartYaml.version),
    description: typeof chartYaml.description === 'string' ? chartYaml.description : undefined,
    keywords,
    annotations,
    appVersion: scalar(chartYaml.appVersion),
    extensionParams: params,
    globals,
    behaviour: behaviour && BEHAVIOURS.includes(behaviour) ? behaviour : 'normal',
    workload: templates.some((t) => /^kind:\s*Deployment\b/m.test(t))
      ? 'deployment'
      : templates.some((t) => /^kind:\s*Job\b/m.test(t))
        ? 'job'
        : 'none',
    linkTemplates: links,
    ingressType: ingressType === 'application' || ingressType === 'triggered' ? ingressType : null,
    adminNamespaceResource: nonHook.some((t) =>
      /^\s*namespace:\s*["']?(admin|\{\{\s*\.Values\.global\.admin_namespace\s*\}\})["']?\s*$/m.test(
        t,
      ),
    ),
  };
}

export interface ChartSpec {
  name: string;
  version: string;
  /** Leave out to make a chart that breaks kube-helm's list. */
  description?: string;
  keywords?: string[];
  annotations?: Record<string, string>;
  appVersion?: string;
  /** values.yaml content; `global: {}` is added unless `omitGlobal`. */
  values?: Record<string, unknown>;
  omitGlobal?: boolean;
  /** templates/<name> → YAML text. */
  templates?: Record<string, string>;
  /** Pad the archive (uncompressed) to roughly this many bytes, for upload tests. */
  padToBytes?: number;
}

/** Packages a chart like `helm package` would: `<name>/Chart.yaml`, values.yaml, templates. */
export function packChart(spec: ChartSpec): Uint8Array {
  const chartYaml: Record<string, unknown> = {
    apiVersion: 'v2',
    name: spec.name,
    version: spec.version,
    appVersion: spec.appVersion ?? spec.version,
  };
  if (spec.description !== undefined) chartYaml.description = spec.description;
  chartYaml.keywords = spec.keywords ?? ['kaapanaapplication'];
  if (spec.annotations) chartYaml.annotations = spec.annotations;
  const values = { ...(spec.omitGlobal ? {} : { global: {} }), ...spec.values };
  const files: Record<string, string | Uint8Array> = {
    [`${spec.name}/Chart.yaml`]: stringify(chartYaml),
    [`${spec.name}/values.yaml`]: stringify(values),
  };
  for (const [file, text] of Object.entries(spec.templates ?? {})) {
    files[`${spec.name}/templates/${file}`] = text;
  }
  if (spec.padToBytes) {
    // Incompressible filler, so the .tgz really is about this large.
    const filler = new Uint8Array(spec.padToBytes);
    let x = 2463534242;
    for (let i = 0; i < filler.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      filler[i] = x & 0xff;
    }
    files[`${spec.name}/files/filler.bin`] = filler;
  }
  return gzipSync(writeTar(files), { level: 6 });
}
