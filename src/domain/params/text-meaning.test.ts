import { describe, expect, it } from 'vitest';
import {
  extensionListSchema,
  type ExtensionParam,
  type ExtensionRow,
} from '../../contract/schemas';
import fixtureJson from '../../mocks/fixtures/extensions.json';
import { defaultValues, paramFields, type ParamField } from './fields';
import { valuesFromPayload } from './from-payload';
import { noneValue, numberProblem, numberRule } from './text-meaning';
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
const param = (over: Partial<ExtensionParam>): ExtensionParam => ({
  type: 'string',
  required: true,
  ...over,
});
const check = (name: string, answers: Record<string, string>) => {
  const f = fields(name);
  return validate(f, { ...defaultValues(f), ...answers });
};

describe('numbers', () => {
  it("recognises minio-sync's user and group ids as numbers (default 1000, label 'User ID')", () => {
    expect(field('minio-sync-chart', 'uid')).toMatchObject({ number: { min: 0, max: null } });
    expect(field('minio-sync-chart', 'gid')).toMatchObject({ number: { min: 0, max: null } });
  });

  it('leaves the other fixture strings free text', () => {
    for (const [name, key] of [
      ['jupyterlab-chart', 'display_name'],
      ['jupyterlab-chart', 'minio_prefix'],
      ['minio-sync-chart', 'host_directory'],
      ['custom-registry-chart', 'custom_registry_url'],
      ['custom-registry-chart', 'test_pull_image'],
      ['hello-world-chart', 'greeting'],
    ] as const) {
      expect(field(name, key), `${name} ${key}`).toMatchObject({ number: null });
    }
  });

  it('reads the key, the label, then the default', () => {
    expect(numberRule('node_port', param({ default: '' }))).toEqual({ min: 1, max: 65_535 });
    expect(numberRule('listen', param({ definition: 'Port to listen on' }))).toEqual({
      min: 1,
      max: 65_535,
    });
    expect(numberRule('owner', param({ definition: 'Group-ID of the owner' }))).toEqual({
      min: 0,
      max: null,
    });
    expect(numberRule('workers', param({ default: 4 }))).toEqual({ min: 0, max: null });
    expect(numberRule('offset', param({ default: '-5' }))).toEqual({ min: null, max: null });
    // A code with a leading zero, a version and words are not numbers.
    expect(numberRule('code', param({ default: '007' }))).toBeNull();
    expect(numberRule('version', param({ default: '1.5' }))).toBeNull();
    expect(numberRule('support', param({ definition: 'Support contact', default: 'x' }))).toBe(
      null,
    );
  });

  it('refuses what is not a fitting whole number, and says what is wanted', () => {
    expect(check('minio-sync-chart', { uid: 'root' }).uid).toBe(
      'A whole number, digits only (for example 1000).',
    );
    expect(check('minio-sync-chart', { uid: '10.5' }).uid).toMatch(/whole number/);
    expect(check('minio-sync-chart', { uid: '-1' }).uid).toBe('At least 0.');
    expect(check('minio-sync-chart', { uid: ' 1001 ', gid: '0' })).toEqual({});
    expect(numberProblem('70000', { min: 1, max: 65_535 })).toBe('A number from 1 to 65535.');
    expect(numberProblem('8080', { min: 1, max: 65_535 })).toBeNull();
  });

  it('still sends a number as the text the chart declares', () => {
    const f = fields('minio-sync-chart');
    expect(payload(f, { ...defaultValues(f), uid: '1001' }).uid).toBe('1001');
  });
});

describe('the chart\'s word for "none"', () => {
  it('knows "-" and markers like __EXCLUDE_NO_FILES__, nothing else', () => {
    expect(noneValue(param({ default: '-' }))).toBe('-');
    expect(noneValue(param({ default: '__EXCLUDE_NO_FILES__' }))).toBe('__EXCLUDE_NO_FILES__');
    expect(noneValue(param({ default: '/' }))).toBeNull();
    expect(noneValue(param({ default: '' }))).toBeNull();
    expect(noneValue(param({ default: '__lower__' }))).toBeNull();
    expect(noneValue(param({ default: '--' }))).toBeNull();
  });

  it('shows it as an empty answer and sends it exactly when the answer stays empty', () => {
    expect(field('jupyterlab-chart', 'display_name')).toMatchObject({ default: '', none: '-' });
    expect(field('jupyterlab-chart', 'exclude_patterns')).toMatchObject({
      default: '',
      none: '__EXCLUDE_NO_FILES__',
    });
    expect(field('custom-registry-chart', 'test_pull_image')).toMatchObject({ none: '-' });
    const f = fields('jupyterlab-chart');
    expect(defaultValues(f)).toEqual({ display_name: '', minio_prefix: '/', exclude_patterns: '' });
    expect(validate(f, defaultValues(f))).toEqual({});
    expect(payload(f, defaultValues(f))).toEqual({
      display_name: '-',
      minio_prefix: '/',
      exclude_patterns: '__EXCLUDE_NO_FILES__',
    });
    expect(
      payload(f, { display_name: ' lung ', minio_prefix: '/', exclude_patterns: '*.tmp' }),
    ).toEqual({ display_name: 'lung', minio_prefix: '/', exclude_patterns: '*.tmp' });
  });

  it('reads a sent "none" back as an empty answer (launch again)', () => {
    const f = fields('jupyterlab-chart');
    expect(
      valuesFromPayload(f, {
        display_name: '-',
        minio_prefix: '/data',
        exclude_patterns: '__EXCLUDE_NO_FILES__',
      }),
    ).toEqual({ display_name: '', minio_prefix: '/data', exclude_patterns: '' });
  });

  it('still checks what is typed instead', () => {
    expect(check('jupyterlab-chart', { display_name: 'my notes' }).display_name).toMatch(
      /removes all spaces/,
    );
  });
});
