import { stringify } from 'yaml';

/**
 * A small renderer for the subset of Helm's Go templates the chart in deploy/ uses, so tests can
 * render it without Helm: actions with `{{-`/`-}}` trimming and comments; `if`/`with` with `else`;
 * pipelines and parentheses; fields of `.` and `$`; string and number literals; and the functions
 * default, required, quote, toYaml, indent, nindent, join, trimSuffix.
 * It is stricter than Helm: a missing value, an unknown function or keyword, or printing a
 * mapping is an error instead of an empty string.
 */

type Value = unknown;
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'output'; pipeline: string }
  | { kind: 'if' | 'with'; pipeline: string; then: Node[]; otherwise: Node[] };

const FUNCTIONS: Record<string, (...args: Value[]) => Value> = {
  default: (fallback, value) => (isEmpty(value) ? fallback : value),
  required: (message, value) => {
    if (value === null || value === undefined || value === '') throw new Error(String(message));
    return value;
  },
  quote: (value) => JSON.stringify(printable(value)),
  toYaml: (value) => stringify(value).replace(/\n$/, ''),
  indent: (width, text) => indent(Number(width), printable(text)),
  nindent: (width, text) => `\n${indent(Number(width), printable(text))}`,
  join: (separator, list) => {
    if (!Array.isArray(list)) throw new Error('join needs a list');
    return list.map(printable).join(printable(separator));
  },
  trimSuffix: (suffix, text) => {
    const s = printable(text);
    const end = printable(suffix);
    return end && s.endsWith(end) ? s.slice(0, -end.length) : s;
  },
};

function indent(width: number, text: string): string {
  const pad = ' '.repeat(width);
  return pad + text.replaceAll('\n', `\n${pad}`);
}

/** Go templates' truth: false, 0, nil and empty strings, lists and maps are false. */
function isEmpty(value: Value): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') {
    return true;
  }
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

function printable(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`cannot print ${JSON.stringify(value)}; use toYaml`);
}

/** Splits the source into text and actions, applying the trim markers. */
function lex(source: string): (Node & { kind: 'text' | 'output' })[] {
  const parts: (Node & { kind: 'text' | 'output' })[] = [];
  const action = /\{\{(- )?\s*([\s\S]*?)\s*( -)?\}\}/g;
  let last = 0;
  let trimNext = false;
  for (const match of source.matchAll(action)) {
    let text = source.slice(last, match.index);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (match[1]) text = text.replace(/\s+$/, '');
    parts.push({ kind: 'text', text });
    const body = match[2] ?? '';
    if (!/^\/\*[\s\S]*\*\/$/.test(body)) parts.push({ kind: 'output', pipeline: body });
    trimNext = Boolean(match[3]);
    last = match.index + match[0].length;
  }
  let rest = source.slice(last);
  if (trimNext) rest = rest.replace(/^\s+/, '');
  parts.push({ kind: 'text', text: rest });
  return parts;
}

/** Builds the tree of if/with blocks. */
function parse(source: string): Node[] {
  const root: Node[] = [];
  const stack: { node: Node & { kind: 'if' | 'with' }; inElse: boolean }[] = [];
  const current = (): Node[] => {
    const top = stack.at(-1);
    if (!top) return root;
    return top.inElse ? top.node.otherwise : top.node.then;
  };
  for (const part of lex(source)) {
    if (part.kind === 'text') {
      if (part.text) current().push(part);
      continue;
    }
    const [, keyword = '', rest = ''] = /^(\w+)\b\s*([\s\S]*)$/.exec(part.pipeline) ?? [];
    if (keyword === 'if' || keyword === 'with') {
      const node: Node = { kind: keyword, pipeline: rest, then: [], otherwise: [] };
      current().push(node);
      stack.push({ node, inElse: false });
    } else if (keyword === 'else') {
      const top = stack.at(-1);
      if (!top || top.inElse || rest)
        throw new Error(`unsupported or misplaced: {{ else ${rest} }}`);
      top.inElse = true;
    } else if (keyword === 'end') {
      if (!stack.pop()) throw new Error('{{ end }} without a block');
    } else if (['range', 'define', 'template', 'block', 'include', 'tpl'].includes(keyword)) {
      throw new Error(`unsupported: ${keyword}`);
    } else {
      current().push(part);
    }
  }
  if (stack.length > 0) throw new Error('a block is not closed with {{ end }}');
  return root;
}

const TOKEN = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\||\(|\)|\$?(?:\.\w+)+|\$|\.|-?\d+(?:\.\d+)?|\w+)/y;

function tokenize(pipeline: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < pipeline.length) {
    if (/^\s*$/.test(pipeline.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(pipeline);
    if (!match?.[1]) throw new Error(`cannot read "${pipeline.slice(start)}"`);
    tokens.push(match[1]);
  }
  return tokens;
}

class Evaluator {
  constructor(
    private readonly root: Value,
    private readonly dot: Value,
  ) {}

  pipeline(tokens: string[]): Value {
    const commands: string[][] = [[]];
    let depth = 0;
    for (const token of tokens) {
      if (token === '(') depth++;
      if (token === ')') depth--;
      if (token === '|' && depth === 0) commands.push([]);
      else commands.at(-1)?.push(token);
    }
    let piped: { value: Value } | null = null;
    for (const command of commands) piped = { value: this.command(command, piped) };
    return piped?.value;
  }

  private command(tokens: string[], piped: { value: Value } | null): Value {
    const operands: Value[] = [];
    let name: string | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? '';
      if (token === '(') {
        let depth = 1;
        let j = i + 1;
        for (; j < tokens.length && depth > 0; j++) {
          if (tokens[j] === '(') depth++;
          if (tokens[j] === ')') depth--;
        }
        if (depth !== 0) throw new Error('unbalanced parentheses');
        operands.push(this.pipeline(tokens.slice(i + 1, j - 1)));
        i = j - 1;
      } else if (i === 0 && /^[A-Za-z_]\w*$/.test(token)) {
        name = token;
      } else {
        operands.push(this.operand(token));
      }
    }
    if (piped) operands.push(piped.value);
    if (name === null) {
      if (operands.length !== 1) throw new Error(`not a function: ${tokens.join(' ')}`);
      return operands[0];
    }
    const fn = FUNCTIONS[name];
    if (!fn) throw new Error(`unknown function: ${name}`);
    return fn(...operands);
  }

  private operand(token: string): Value {
    if (token.startsWith('"')) return JSON.parse(token) as string;
    if (token.startsWith('`')) return token.slice(1, -1);
    if (/^-?\d/.test(token)) return Number(token);
    if (token === '.') return this.dot;
    if (token === '$') return this.root;
    if (token.startsWith('.') || token.startsWith('$.')) {
      const [start, path] = token.startsWith('$')
        ? [this.root, token.slice(2)]
        : [this.dot, token.slice(1)];
      let value = start;
      for (const key of path.split('.')) {
        if (typeof value !== 'object' || value === null || !(key in value)) {
          throw new Error(`${token} is not defined`);
        }
        value = (value as Record<string, Value>)[key];
      }
      return value;
    }
    throw new Error(`cannot use ${token} here`);
  }
}

function run(nodes: Node[], root: Value, dot: Value): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else {
      const value = new Evaluator(root, dot).pipeline(tokenize(node.pipeline));
      if (node.kind === 'output') out += printable(value);
      else if (isEmpty(value)) out += run(node.otherwise, root, dot);
      else out += run(node.then, root, node.kind === 'with' ? value : dot);
    }
  }
  return out;
}

/** Renders one template against `context` (the `.` of Helm: Values, Release, Chart). */
export function renderTemplate(source: string, context: Record<string, Value>): string {
  return run(parse(source), context, context);
}
