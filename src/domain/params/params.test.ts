import { describe, expect, it } from 'vitest';
import { extensionListSchema, type ExtensionRow } from '../../contract/schemas';
import fixtureJson from '../../mocks/fixtures/extensions.json';
import { defaultValues, isChanged, isEditable, paramFields, type ParamField } from './fields';
import { payload, validate } from './validate';

const rows = extensionListSchema.parse(fixtureJson);
const row = (name: string): ExtensionRow => {
  const found = rows.find((r) => r.releaseName === name);
  if (!found) throw new Error(name);
  return found;
};
const fields = (name: string) => paramFields(row(name));
const field = (name: string, key: string): ParamField => {
  const found = fields(name).find((f) => f.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('paramFields', () => {
  it('reads every type in values.yaml order', () => {
    expect(fields('hello-world-chart').map((f) => [f.key, f.kind])).toEqual([
      ['section_network', 'heading'],
      ['greeting', 'string'],
      ['enable_metrics', 'bool'],
      ['log_level', 'single'],
    ]);
    expect(fields('minio-sync-chart').map((f) => f.kind)).toEqual([
      'doc',
      'doc',
      'string',
      'string',
      'single',
      'string',
      'string',
    ]);
    expect(field('mitk-workbench-chart', 'gpu_container')).toMatchObject({
      kind: 'bool',
      default: false,
    });
    expect(field('total-segmentator-v2-workflow', 'task_ids')).toMatchObject({ kind: 'multi' });
  });

  it('takes the heading text of group_name from its default', () => {
    expect(field('hello-world-chart', 'section_network')).toEqual({
      kind: 'heading',
      key: 'section_network',
      text: 'Network settings',
    });
  });

  it('keeps an unknown type read-only', () => {
    const custom: ExtensionRow = {
      ...row('hello-world-chart'),
      extension_params: {
        pick: { type: 'single_selectable', default: 'a', value: ['a', 'b'], required: true },
      },
    };
    const [only] = paramFields(custom);
    expect(only).toMatchObject({ kind: 'unknown', type: 'single_selectable', shown: '"a"' });
    expect(only && isEditable(only)).toBe(false);
    expect(payload(paramFields(custom), { pick: 'b' })).toEqual({});
  });

  it('knows the length limits: stated ones, display names, and release-name params', () => {
    expect(field('jupyterlab-chart', 'display_name')).toMatchObject({ maxLength: 20 });
    expect(field('custom-registry-chart', 'custom_registry_name')).toMatchObject({
      maxLength: 20,
      releaseNamePart: true,
    });
    expect(field('jupyterlab-chart', 'minio_prefix')).toMatchObject({ maxLength: null });
  });
});

describe('validate', () => {
  const check = (name: string, answers: Record<string, string | boolean | string[]>) => {
    const f = fields(name);
    return validate(f, { ...defaultValues(f), ...answers });
  };

  it('accepts the chart defaults', () => {
    for (const name of [
      'jupyterlab-chart',
      'mitk-workbench-chart',
      'minio-sync-chart',
      'total-segmentator-v2-workflow',
    ]) {
      expect(check(name, {}), name).toEqual({});
    }
  });

  it('flags even a chart default that kube-helm would change', () => {
    // hello-world's greeting defaults to "Hello Kaapana": helm would get "HelloKaapana".
    expect(check('hello-world-chart', {})).toEqual({
      greeting: expect.stringMatching(/removes all spaces/) as unknown,
    });
  });

  it('requires answers, and says why', () => {
    expect(check('custom-registry-chart', {})).toMatchObject({
      custom_registry_name: 'Required.',
      custom_registry_url: 'Required.',
    });
    expect(check('total-segmentator-v2-workflow', { task_ids: [] })).toEqual({
      task_ids: 'Choose at least one.',
    });
    expect(check('mitk-workbench-chart', { service_type: '' })).toEqual({
      service_type: 'Choose one.',
    });
  });

  it('refuses what kube-helm would silently drop or change', () => {
    expect(check('jupyterlab-chart', { display_name: "Bob's" }).display_name).toMatch(
      /drops values/,
    );
    expect(check('jupyterlab-chart', { display_name: 'a;b' }).display_name).toMatch(/drops values/);
    expect(check('jupyterlab-chart', { display_name: 'my notebook' }).display_name).toMatch(
      /removes all spaces/,
    );
    expect(check('jupyterlab-chart', { display_name: 'x'.repeat(21) }).display_name).toBe(
      'At most 20 characters (now 21).',
    );
    expect(
      check('custom-registry-chart', { custom_registry_name: 'Lab', custom_registry_url: 'r' })
        .custom_registry_name,
    ).toMatch(/lower-case letters/);
  });

  it('does not require what the platform already sets', () => {
    const relaxed: ExtensionRow = {
      ...row('jupyterlab-chart'),
      extension_params: { minio_prefix: { type: 'string', default: '', required: false } },
    };
    const f = paramFields(relaxed);
    expect(validate(f, defaultValues(f))).toEqual({});
    expect(payload(f, defaultValues(f))).toEqual({});
  });
});

describe('payload', () => {
  it('string: trimmed, empty left out', () => {
    const f = fields('jupyterlab-chart');
    expect(
      payload(f, { display_name: ' lung ', minio_prefix: '', exclude_patterns: '__X__' }),
    ).toEqual({
      display_name: 'lung',
      exclude_patterns: '__X__',
    });
  });

  it('bool and boolean: JSON booleans, never strings', () => {
    expect(
      payload(fields('mitk-workbench-chart'), {
        service_type: 'NodePort',
        gpu_container: true,
        display_name: '-',
      }),
    ).toEqual({
      service_type: 'NodePort',
      gpu_container: true,
      display_name: '-',
    });
    expect(
      payload(fields('hello-world-chart'), {
        greeting: 'hi',
        enable_metrics: false,
        log_level: 'info',
      }).enable_metrics,
    ).toBe(false);
  });

  it('list_multi: one comma-joined string in option order', () => {
    const f = fields('total-segmentator-v2-workflow');
    const options = f[0]?.kind === 'multi' ? f[0].options : [];
    expect(payload(f, { task_ids: [options[2] ?? '', options[0] ?? ''] })).toEqual({
      task_ids: `${options[0] ?? ''},${options[2] ?? ''}`,
    });
  });

  it('doc and group_name: never sent', () => {
    const sent = payload(fields('minio-sync-chart'), defaultValues(fields('minio-sync-chart')));
    expect(Object.keys(sent)).not.toContain('doc');
    expect(Object.keys(sent)).not.toContain('separator_configuration');
    expect(
      Object.keys(payload(fields('hello-world-chart'), defaultValues(fields('hello-world-chart')))),
    ).toEqual(['greeting', 'enable_metrics', 'log_level']);
  });

  it("only this chart's params", () => {
    expect(
      payload(fields('jupyterlab-chart'), {
        display_name: 'x',
        service_type: 'NodePort',
        gpu_container: true,
      }),
      // exclude_patterns was not answered: the chart's word for "none" goes out.
    ).toEqual({ display_name: 'x', exclude_patterns: '__EXCLUDE_NO_FILES__' });
  });
});

describe('isChanged', () => {
  it('marks answers that differ from the default', () => {
    const [, greeting, metrics] = fields('hello-world-chart');
    if (!greeting || !metrics || !isEditable(greeting) || !isEditable(metrics))
      throw new Error('fixture');
    expect(isChanged(greeting, 'Hello Kaapana')).toBe(false);
    expect(isChanged(greeting, 'Hi')).toBe(true);
    expect(isChanged(metrics, false)).toBe(true);
    const multi = fields('total-segmentator-v2-workflow')[0];
    if (!multi || !isEditable(multi) || !Array.isArray(multi.default)) throw new Error('fixture');
    expect(isChanged(multi, [...multi.default].reverse())).toBe(false);
  });
});
