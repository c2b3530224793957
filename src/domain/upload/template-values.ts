import { isRecord, scalarText, type ChartFacts, type Subchart, type Yaml } from './inspect';

/**
 * Works out what a line of a Helm template says without rendering it: `{{ .Values.x }}` from
 * values.yaml, `{{ .Chart.Version }}`, literals and a few pipes (quote, default, trim). Values the
 * platform fills in at install time stay marked as such; anything else stays marked as unknown.
 */

export type Part =
  | { kind: 'text'; text: string }
  /** Filled in by the platform when the chart is installed (registry, build version, …). */
  | { kind: 'platform'; key: string; label: string }
  /** Only known when Helm renders the chart. */
  | { kind: 'unknown'; expression: string };

export interface TemplateScope {
  /** values.yaml of the chart the template belongs to. */
  values: Yaml;
  /** `global:` as the chart sees it: the parent chart's global over the subchart's own. */
  globals: Yaml;
  chart: ChartFacts;
}

/** Labels for platform values that appear in image names. */
const PLATFORM_LABELS: Readonly<Record<string, string>> = {
  registry_url: 'registry',
  kaapana_build_version: 'platform version',
  platform_version: 'platform version',
};

function lookup(root: unknown, path: string[]): unknown {
  let at = root;
  for (const key of path) {
    if (!isRecord(at)) return undefined;
    at = at[key];
  }
  return at;
}

const FIELD = /^\$?\.(Values|Chart|Release)((?:\.[A-Za-z_][A-Za-z0-9_-]*)+)$/;
const STRING = /^"((?:[^"\\]|\\.)*)"$|^'([^']*)'$|^`([^`]*)`$/;

/** One operand: a field reference or a literal. */
function operand(token: string, scope: TemplateScope, used: Set<string>): Part {
  const literal = STRING.exec(token);
  if (literal) return { kind: 'text', text: literal[1] ?? literal[2] ?? literal[3] ?? '' };
  if (/^-?\d+(\.\d+)?$/.test(token)) return { kind: 'text', text: token };
  const field = FIELD.exec(token);
  if (!field) return { kind: 'unknown', expression: token };
  const [, object, rest = ''] = field;
  const path = rest.slice(1).split('.');
  if (object === 'Chart') {
    const [key] = path;
    if (key === 'Version') return { kind: 'text', text: scope.chart.version };
    if (key === 'AppVersion') return { kind: 'text', text: scope.chart.appVersion };
    if (key === 'Name') return { kind: 'text', text: scope.chart.name };
    return { kind: 'unknown', expression: token };
  }
  if (object === 'Release') {
    const [key] = path;
    if (key === 'Name') return { kind: 'platform', key: 'release-name', label: 'release name' };
    if (key === 'Namespace') {
      return { kind: 'platform', key: 'release-namespace', label: 'release namespace' };
    }
    return { kind: 'unknown', expression: token };
  }
  if (path[0] === 'global' && path.length === 2) {
    const key = path[1] ?? '';
    const value = scalarText(scope.globals[key]);
    used.add(`global.${key}`);
    // kube-helm passes the platform's global values; a non-empty one in the chart wins.
    if (value !== '') return { kind: 'text', text: value };
    return { kind: 'platform', key, label: PLATFORM_LABELS[key] ?? `global.${key}` };
  }
  const value = lookup(scope.values, path);
  used.add(path.join('.'));
  const text = scalarText(value);
  return text !== '' || value === ''
    ? { kind: 'text', text }
    : { kind: 'unknown', expression: token };
}

/** Splits a pipeline command into tokens, keeping quoted strings whole. */
function tokens(command: string): string[] {
  return command.match(/"(?:[^"\\]|\\.)*"|'[^']*'|`[^`]*`|[^\s]+/g) ?? [];
}

function isEmpty(part: Part): boolean {
  return part.kind === 'text' && part.text === '';
}

/** `{{ … }}` without its braces and trim markers. */
export function resolveExpression(
  expression: string,
  scope: TemplateScope,
  used = new Set<string>(),
): Part {
  const source = expression.trim();
  const commands = source.split('|').map((c) => c.trim());
  let value: Part | null = null;
  for (const command of commands) {
    const [name = '', ...args] = tokens(command);
    if (value === null) {
      if (name === 'default' && args.length === 2) {
        const fallback = operand(args[0] ?? '', scope, used);
        const given = operand(args[1] ?? '', scope, used);
        value = given.kind === 'unknown' || isEmpty(given) ? fallback : given;
      } else if (args.length === 0) value = operand(name, scope, used);
      else return { kind: 'unknown', expression: source };
      continue;
    }
    if (['quote', 'squote', 'trim', 'toString', 'lower', 'upper'].includes(name) && !args.length) {
      if (value.kind === 'text') {
        value = {
          kind: 'text',
          text:
            name === 'trim'
              ? value.text.trim()
              : name === 'lower'
                ? value.text.toLowerCase()
                : name === 'upper'
                  ? value.text.toUpperCase()
                  : value.text,
        };
      }
    } else if (name === 'default' && args.length === 1) {
      if (value.kind === 'unknown' || isEmpty(value)) value = operand(args[0] ?? '', scope, used);
    } else {
      return { kind: 'unknown', expression: source };
    }
  }
  return value ?? { kind: 'unknown', expression: source };
}

/** A value as written in a template, split into literal text, platform values and unknowns. */
export function interpolate(
  written: string,
  scope: TemplateScope,
  used = new Set<string>(),
): Part[] {
  const parts: Part[] = [];
  const push = (part: Part) => {
    const last = parts[parts.length - 1];
    if (part.kind === 'text' && last?.kind === 'text') last.text += part.text;
    else if (!(part.kind === 'text' && part.text === '')) parts.push({ ...part });
  };
  let at = 0;
  for (const match of written.matchAll(/\{\{-?([\s\S]*?)-?\}\}/g)) {
    push({ kind: 'text', text: written.slice(at, match.index) });
    push(resolveExpression(match[1] ?? '', scope, used));
    at = match.index + match[0].length;
  }
  push({ kind: 'text', text: written.slice(at) });
  return parts;
}

/** A YAML scalar as written on a line: without surrounding quotes or a trailing comment. */
export function unquote(raw: string): string {
  const value = raw.trim();
  const quoted = /^"(.*)"$|^'(.*)'$/.exec(value);
  if (quoted) return quoted[1] ?? quoted[2] ?? '';
  return value.replace(/\s+#.*$/, '');
}

/** The scope of a template: its chart's values and the globals it sees. */
export function scopeFor(
  scope: string,
  own: Subchart,
  subcharts: ReadonlyMap<string, Subchart>,
): TemplateScope {
  const ownGlobals = isRecord(own.values.global) ? own.values.global : {};
  if (scope === '') return { values: own.values, globals: ownGlobals, chart: own.chart };
  const sub = subcharts.get(scope) ?? {
    values: {},
    chart: { name: scope.split('/').pop() ?? scope, version: '', appVersion: '' },
  };
  const subGlobals = isRecord(sub.values.global) ? sub.values.global : {};
  return { values: sub.values, globals: { ...subGlobals, ...ownGlobals }, chart: sub.chart };
}
