import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Each probe in probes/ is a file that must (or must not) fail lint under the project's real
 * ESLint configuration, linted as if it stood at the path its first line names. This proves that
 * every boundary of docs/architecture.md is an error that fires, not a rule that a later config
 * block quietly replaced.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const probes = path.join(root, 'eslint-rules', 'probes');

interface Probe {
  file: string;
  lintAs: string;
  expect: { rule: string; message: string } | 'nothing';
  code: string;
}

async function readProbes(): Promise<Probe[]> {
  const names = (await readdir(probes)).filter((name) => name.endsWith('.txt'));
  return Promise.all(
    names.map(async (file) => {
      const code = await readFile(path.join(probes, file), 'utf8');
      const lintAs = /^\/\/ lint-as: (\S+)$/m.exec(code)?.[1];
      const expected = /^\/\/ expect: (\S+)(?: (.+))?$/m.exec(code);
      if (!lintAs || !expected?.[1]) throw new Error(`${file}: needs "lint-as" and "expect" lines`);
      return {
        file,
        lintAs,
        code,
        expect:
          expected[1] === 'nothing' ? 'nothing' : { rule: expected[1], message: expected[2] ?? '' },
      };
    }),
  );
}

const probeList = await readProbes();

/** A cycle needs two files on disk: a folder under src/ that tsconfig.json excludes. */
const cycleDir = path.join(root, 'src', `lint-probe-${String(process.pid)}`);

// Probe paths are not part of TypeScript's project (they do not exist on disk, or tsconfig
// excludes them): let the type-aware rules use a default project for exactly these paths.
// Nothing else of the configuration is changed. (typescript-eslint keeps one project service
// per process, so one ESLint instance serves every probe.)
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            ...probeList.map((probe) => probe.lintAs),
            `${path.relative(root, cycleDir)}/*.ts`,
          ],
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 50,
        },
      },
    },
  },
});

describe('the layer boundaries fire', () => {
  it.each(probeList)('$file', { timeout: 60_000 }, async (probe) => {
    const [result] = await eslint.lintText(probe.code, { filePath: path.join(root, probe.lintAs) });
    const messages = (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parser'}: ${m.message}`);
    if (probe.expect === 'nothing') {
      expect(messages).toEqual([]);
    } else {
      const { rule, message } = probe.expect;
      expect(messages).toContainEqual(expect.stringMatching(`^${rule}: .*${escape(message)}`));
    }
  });

  it('covers every boundary at least once', () => {
    const rules = new Set(
      probeList.flatMap((p) => (p.expect === 'nothing' ? [] : [p.expect.rule])),
    );
    expect([...rules].sort()).toEqual([
      'kaapana/layers',
      'no-restricted-globals',
      'no-restricted-properties',
    ]);
  });
});

describe('import cycles', () => {
  const dir = cycleDir;
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('are an error', { timeout: 60_000 }, async () => {
    await mkdir(dir, { recursive: true });
    for (const name of ['a', 'b']) {
      const code = await readFile(path.join(probes, 'cycle', `${name}.ts.txt`), 'utf8');
      await writeFile(path.join(dir, `${name}.ts`), code);
    }
    const [result] = await eslint.lintFiles([path.join(dir, 'a.ts')]);
    expect(result?.messages.map((m) => `${m.ruleId ?? 'parser'}: ${m.message}`)).toContainEqual(
      expect.stringMatching(/^import-x\/no-cycle: /),
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
