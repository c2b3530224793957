import { isManifestTemplate, rootChart, type ChartInspection } from './inspect';
import { interpolate, scopeFor, unquote, type Part } from './template-values';

/**
 * Which resources a chart puts into a namespace, read from the templates as written
 * (CONTRACT §5.2: the backend refuses resources in the admin namespace, hooks excluded, after
 * rendering). Only `metadata.namespace` counts; what Helm would compute is marked unknown.
 */

export interface NamespaceFinding {
  /** Template path inside the chart. */
  file: string;
  /** 1-based line in the template. */
  line: number;
  /** As written, e.g. `{{ .Values.global.admin_namespace }}`. */
  written: string;
  verdict: 'admin' | 'other' | 'unknown';
  /** What it resolves to where it can be told (a name, or the platform value). */
  resolved: string;
}

/** Platform namespaces that are never the admin namespace (Kaapana's deploy configuration). */
const OTHER_PLATFORM_NAMESPACES = new Set([
  'services_namespace',
  'jobs_namespace',
  'extensions_namespace',
  'helm_namespace',
]);

function verdictOf(
  parts: Part[],
  adminNamespace: string,
): Pick<NamespaceFinding, 'verdict' | 'resolved'> {
  const [only] = parts;
  if (parts.length === 1 && only?.kind === 'platform') {
    if (only.key === 'admin_namespace') return { verdict: 'admin', resolved: adminNamespace };
    if (OTHER_PLATFORM_NAMESPACES.has(only.key)) {
      return { verdict: 'other', resolved: `the platform's ${only.key.replace('_', ' ')}` };
    }
  }
  if (parts.every((p) => p.kind === 'text')) {
    const name = parts.map((p) => p.text).join('');
    return { verdict: name === adminNamespace ? 'admin' : 'other', resolved: name };
  }
  return { verdict: 'unknown', resolved: '' };
}

/** Template directives alone on a line (`{{- if … }}`, `{{ end }}`) do not end a YAML block. */
const DIRECTIVE_ONLY = /^\s*\{\{[\s\S]*\}\}\s*$/;

export function namespaceFindings(
  inspection: ChartInspection,
  adminNamespace = 'admin',
): NamespaceFinding[] {
  const findings: NamespaceFinding[] = [];
  const own = rootChart(inspection);
  for (const template of inspection.archive.templates) {
    if (template.text === null || !isManifestTemplate(template.path)) continue;
    const scope = scopeFor(template.scope, own, inspection.subcharts);
    const lines = template.text.split('\n');
    let documentStart = 0;
    const flush = (end: number) => {
      const document = lines.slice(documentStart, end);
      // Hooks are not checked by the backend.
      if (!document.some((l) => l.includes('helm.sh/hook'))) {
        let inMetadata = false;
        let childIndent: number | null = null;
        document.forEach((raw, i) => {
          const line = raw.replace(/\r$/, '');
          const trimmed = line.trim();
          if (trimmed === '' || trimmed.startsWith('#') || DIRECTIVE_ONLY.test(line)) return;
          const indent = line.length - line.trimStart().length;
          if (indent === 0) {
            inMetadata = /^metadata:\s*$/.test(line);
            childIndent = null;
            return;
          }
          if (!inMetadata) return;
          childIndent ??= indent;
          const match = /^\s*namespace:[ \t]*(.*)$/.exec(line);
          if (indent !== childIndent || !match) return;
          const written = unquote(match[1] ?? '');
          findings.push({
            file: template.path,
            line: documentStart + i + 1,
            written,
            ...verdictOf(interpolate(written, scope), adminNamespace),
          });
        });
      }
      documentStart = end + 1;
    };
    lines.forEach((line, i) => {
      if (/^---\s*$/.test(line)) flush(i);
    });
    flush(lines.length);
  }
  return findings;
}
