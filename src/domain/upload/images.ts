import {
  isManifestTemplate,
  isRecord,
  rootChart,
  scalarText,
  type ChartInspection,
} from './inspect';
import { interpolate, scopeFor, unquote, type Part } from './template-values';

/**
 * The container images a chart refers to, from its templates (`image:` lines, with values
 * filled in from values.yaml) and from image settings in values.yaml that no template uses.
 */

export interface ImageRef {
  parts: Part[];
  /** One line of text: platform parts as ‹label›, unknown ones as ‹…›. */
  display: string;
  /** Where it was found, e.g. `templates/job.yaml` or `values.yaml: global.image`. */
  sources: string[];
  /** No part is left to the platform or to rendering. */
  complete: boolean;
}

export function displayParts(parts: readonly Part[]): string {
  return parts
    .map((part) =>
      part.kind === 'text'
        ? part.text
        : part.kind === 'platform'
          ? `‹${part.label}›`
          : `‹${part.expression}›`,
    )
    .join('');
}

const IMAGE_LINE = /^\s*(?:-\s+)?image:[ \t]*(\S.*?)\s*$/;
const IMAGE_KEY = /image$/i;
const MAX_DEPTH = 8;

export function imagesOf(inspection: ChartInspection): ImageRef[] {
  const found = new Map<string, ImageRef>();
  const add = (parts: Part[], source: string) => {
    if (parts.length === 0) return;
    const display = displayParts(parts);
    const existing = found.get(display);
    if (existing) {
      if (!existing.sources.includes(source)) existing.sources.push(source);
      return;
    }
    found.set(display, {
      parts,
      display,
      sources: [source],
      complete: parts.every((p) => p.kind === 'text'),
    });
  };

  const own = rootChart(inspection);
  // Values paths (by scope) that a template turned into an image already.
  const usedByScope = new Map<string, Set<string>>();
  for (const template of inspection.archive.templates) {
    if (template.text === null || !isManifestTemplate(template.path)) continue;
    const scope = scopeFor(template.scope, own, inspection.subcharts);
    const used = usedByScope.get(template.scope) ?? new Set<string>();
    usedByScope.set(template.scope, used);
    for (const line of template.text.split('\n')) {
      const match = IMAGE_LINE.exec(line);
      if (!match?.[1] || line.trimStart().startsWith('#')) continue;
      const written = unquote(match[1]);
      if (written === '' || written === '|' || written === '>') continue;
      add(interpolate(written, scope, used), template.path);
    }
  }

  const globalsUsed = new Set(
    [...usedByScope.values()].flatMap((set) => [...set].filter((p) => p.startsWith('global.'))),
  );
  const fromValues = (values: unknown, scope: string, file: string) => {
    const used = usedByScope.get(scope) ?? new Set<string>();
    const walk = (node: unknown, path: string[]) => {
      if (!isRecord(node) || path.length > MAX_DEPTH) return;
      for (const [key, value] of Object.entries(node)) {
        if (path.length === 0 && key === 'extension_params') continue;
        const at = [...path, key];
        const dotted = at.join('.');
        const taken = used.has(dotted) || globalsUsed.has(dotted);
        if (IMAGE_KEY.test(key) && typeof value === 'string' && value.trim() && !taken) {
          add([{ kind: 'text', text: value.trim() }], `${file}: ${dotted}`);
        } else if (IMAGE_KEY.test(key) && isRecord(value) && typeof value.repository === 'string') {
          if (used.has(`${dotted}.repository`)) continue;
          const registry = scalarText(value.registry);
          const tag = scalarText(value.tag);
          const text = `${registry ? `${registry}/` : ''}${value.repository}${tag ? `:${tag}` : ''}`;
          add([{ kind: 'text', text }], `${file}: ${dotted}`);
        } else {
          walk(value, at);
        }
      }
    };
    walk(values, []);
  };
  fromValues(own.values, '', 'values.yaml');
  for (const [scope, sub] of inspection.subcharts) {
    fromValues(sub.values, scope, `${scope}/values.yaml`);
  }
  return [...found.values()];
}
