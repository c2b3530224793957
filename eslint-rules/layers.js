// @ts-check
import path from 'node:path';

/**
 * The layers of src/ and what each may import (docs/architecture.md). One table, one rule, so no
 * later config block can silently replace part of it.
 *
 * A file's layer is the first folder under src/ (`features/<name>` counts as its own layer per
 * feature); files directly in src/ belong to `app`. Tests (`*.test.ts(x)`) and src/test/ may also
 * import the simulator and the test helpers.
 */
export const LAYERS = {
  contract: [],
  domain: ['contract'],
  api: ['contract', 'domain'],
  stores: ['contract', 'domain', 'api'],
  queries: ['contract', 'domain', 'api', 'stores'],
  components: ['contract', 'domain', 'api', 'stores', 'queries'],
  feature: ['contract', 'domain', 'api', 'stores', 'queries', 'components'],
  app: ['contract', 'domain', 'api', 'stores', 'queries', 'components', 'feature'],
  mocks: ['contract', 'domain', 'api', 'mocks', 'app'],
  test: [
    'contract',
    'domain',
    'api',
    'stores',
    'queries',
    'components',
    'feature',
    'app',
    'mocks',
    'test',
  ],
};

/** Packages a layer must not import (the domain and the contract stay free of UI and HTTP). */
export const FORBIDDEN_PACKAGES = {
  contract: ['react', 'react-dom', '@mui/', '@emotion/', '@tanstack/', 'react-router', 'msw'],
  domain: ['react', 'react-dom', '@mui/', '@emotion/', '@tanstack/', 'react-router', 'msw'],
};

const TEST_FILE = /(\.test|test-helpers)\.tsx?$/;

/** @param {string} file absolute path @param {string} srcDir */
export function layerOf(file, srcDir) {
  const relative = path.relative(srcDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const parts = relative.split(path.sep);
  // `../api` names the folder (its index), `main.tsx` a file of the app itself.
  if (parts.length === 1 && !(parts[0] && parts[0] in LAYERS))
    return { layer: 'app', feature: null };
  const [top, second] = parts;
  if (top === 'features') return { layer: 'feature', feature: second ?? null };
  if (top && top in LAYERS)
    return { layer: /** @type {keyof typeof LAYERS} */ (top), feature: null };
  return { layer: 'app', feature: null };
}

function packageForbidden(layer, specifier) {
  const banned = FORBIDDEN_PACKAGES[layer] ?? [];
  return banned.find((name) =>
    name.endsWith('/')
      ? specifier.startsWith(name)
      : specifier === name || specifier.startsWith(`${name}/`),
  );
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers of docs/architecture.md.' },
    schema: [],
    messages: {
      layer:
        '{{from}} may not import {{to}} ({{specifier}}). Allowed: {{allowed}}. See docs/architecture.md.',
      feature:
        'Features do not import each other ({{specifier}}): move shared code to src/components.',
      simulator:
        'The simulator and the test helpers are for tests and dev servers only ({{specifier}}).',
      pkg: '{{from}} stays pure: no {{pkg}} ({{specifier}}).',
    },
  },
  create(context) {
    const file = context.filename;
    const srcDir = path.join(context.cwd, 'src');
    const source = layerOf(file, srcDir);
    if (!source) return {};
    const isTest = TEST_FILE.test(file) || source.layer === 'test';

    /** @param {import('estree').Node} node @param {unknown} value */
    function check(node, value) {
      if (typeof value !== 'string') return;
      if (!value.startsWith('.')) {
        const pkg = packageForbidden(source.layer, value);
        if (pkg)
          context.report({
            node,
            messageId: 'pkg',
            data: { from: source.layer, pkg, specifier: value },
          });
        return;
      }
      const target = layerOf(path.resolve(path.dirname(file), value), srcDir);
      if (!target) return;
      if (target.layer === 'mocks' || target.layer === 'test') {
        if (!isTest && source.layer !== 'mocks' && source.layer !== 'test') {
          context.report({ node, messageId: 'simulator', data: { specifier: value } });
        } else if (source.layer === 'mocks' && target.layer === 'test' && !isTest) {
          context.report({ node, messageId: 'simulator', data: { specifier: value } });
        }
        return;
      }
      if (target.layer === source.layer) {
        if (source.layer === 'feature' && target.feature !== source.feature) {
          context.report({ node, messageId: 'feature', data: { specifier: value } });
        }
        return;
      }
      const allowed = LAYERS[source.layer];
      if (!allowed.includes(target.layer)) {
        context.report({
          node,
          messageId: 'layer',
          data: {
            from: source.layer,
            to: target.layer,
            specifier: value,
            allowed: allowed.length > 0 ? allowed.join(', ') : 'nothing in src/',
          },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export const kaapanaPlugin = { rules: { layers: layersRule } };
