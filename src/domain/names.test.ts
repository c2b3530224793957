import { describe, expect, it } from 'vitest';
import { extensionListSchema, type ExtensionRow } from '../contract/schemas';
import fixtureJson from '../mocks/fixtures/extensions.json';
import { displayName, documentationLink } from './names';

const rows = extensionListSchema.parse(fixtureJson);
const row = (name: string): ExtensionRow => {
  const found = rows.find((r) => r.releaseName === name);
  if (!found) throw new Error(`no fixture row ${name}`);
  return found;
};

describe('displayName', () => {
  it('prefers an instance display name, then the ui-visible-name, then the release name', () => {
    expect(displayName(row('jupyterlab-chart-3f9a1c7e52b04d8a6e1f'))).toBe('lung-study');
    expect(displayName(row('jupyterlab-chart'))).toBe('Jupyterlab Notebook');
    expect(displayName(row('otsus-method-workflow'))).toBe('otsus-method-workflow');
  });

  it('skips "-" and blank display names', () => {
    expect(displayName({ ...row('jupyterlab-chart'), display_name: '-' })).toBe(
      'Jupyterlab Notebook',
    );
    expect(displayName({ ...row('jupyterlab-chart'), display_name: '   ' })).toBe(
      'Jupyterlab Notebook',
    );
  });
});

describe('documentationLink', () => {
  it('points into /docs/ when the chart names its documentation', () => {
    expect(documentationLink(row('jupyterlab-chart'))).toBe(
      '/docs/user_guide/extensions.html#jupyterlab',
    );
  });

  it('gives no link without the annotation (never /docs/null)', () => {
    expect(documentationLink(row('otsus-method-workflow'))).toBeNull();
    expect(documentationLink(row('wsiconv-workflow'))).toBeNull();
  });

  it('stays on this origin', () => {
    const evil = { ...row('edk'), annotations: { documentation: '//evil.example/x' } };
    expect(documentationLink(evil)).toBe('/docs/evil.example/x');
  });

  it('never points into the API, however the annotation climbs out of /docs/', () => {
    const climbing = {
      ...row('edk'),
      annotations: { documentation: '../kube-helm-api/update-extensions' },
    };
    expect(documentationLink(climbing)).toBeNull();
  });
});
