import { describe, expect, it } from 'vitest';
import { testChart, type TestChart } from '../../test/chart-archives';
import type { CheckId, PreflightCheck } from './checks';
import type { CatalogEntry } from './platform-checks';
import {
  inspectChartFile,
  NO_CHOICES,
  preflight,
  readiness,
  type PreflightReport,
} from './preflight';

async function report(
  spec: TestChart = {},
  fileName = 'hello-app-0.1.0.tgz',
  catalog: CatalogEntry[] | null = [],
): Promise<PreflightReport> {
  const read = await inspectChartFile(new Blob([testChart(spec)]));
  if (!read.ok) throw new Error(read.reason);
  return preflight(read.inspection, fileName, { catalog });
}

const find = (r: PreflightReport, id: CheckId): PreflightCheck => {
  const found = r.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} check`);
  return found;
};
const status = (r: PreflightReport, id: CheckId) => find(r, id).status;

describe('pre-flight of a chart', () => {
  it('passes a well-formed application chart and says what it is', async () => {
    const r = await report({
      chart: {
        keywords: [
          'kaapanaapplication',
          'kaapanaexperimental',
          'gpurequired',
          'kaapanamultiinstallable',
        ],
        annotations: { 'ui-visible-name': 'Hello App' },
      },
      values: {
        global: { display_name: '' },
        extension_params: {
          display_name: { type: 'string', definition: 'Name of the instance', default: '-' },
          tasks: { type: 'list_multi', value: ['a', 'b'], default: ['a', 'b'] },
        },
      },
      templates: {
        'deployment.yaml':
          'kind: Deployment\nmetadata:\n  namespace: "{{ .Values.global.services_namespace }}"\n',
      },
    });
    expect(r.checks.map((c) => [c.id, c.status])).toEqual([
      ['keywords', 'ok'],
      ['description', 'ok'],
      ['global', 'ok'],
      ['file-name', 'ok'],
      ['admin-namespace', 'ok'],
      ['catalog', 'ok'],
      ['params', 'ok'],
    ]);
    expect(r.summary).toMatchObject({
      name: 'hello-app',
      version: '0.1.0',
      displayName: 'Hello App',
      kind: 'application',
      experimental: true,
      gpu: true,
      multiInstallable: true,
      params: [
        { key: 'display_name', type: 'string', label: 'Name of the instance', defaultText: '-' },
        { key: 'tasks', type: 'list_multi', label: 'tasks', defaultText: 'a, b' },
      ],
    });
    expect(readiness(r, 'hello-app-0.1.0.tgz', NO_CHOICES)).toEqual({
      kind: 'ready',
      uploadName: 'hello-app-0.1.0.tgz',
    });
  });

  it('knows a workflow by its keyword', async () => {
    const r = await report({ chart: { keywords: ['kaapanaworkflow'] } });
    expect(r.summary?.kind).toBe('workflow');
    expect(find(r, 'keywords').summary).toContain('a workflow');
  });

  it('stops a chart without an extension keyword: it would never be listed', async () => {
    const r = await report({ chart: { keywords: ['something'] } });
    expect(find(r, 'keywords')).toMatchObject({
      status: 'blocking',
      details: [
        expect.stringContaining('never lists it') as unknown,
        expect.any(String) as unknown,
      ],
    });
    expect(readiness(r, 'hello-app-0.1.0.tgz', NO_CHOICES).kind).toBe('blocked');
    const platform = await report({ chart: { keywords: ['kaapanaplatform'] } });
    expect(status(platform, 'keywords')).toBe('warning');
  });

  it('stops a chart without a description: it would break the whole catalog', async () => {
    const r = await report({ chart: { description: undefined } });
    expect(find(r, 'description')).toMatchObject({
      status: 'blocking',
      summary: 'Chart.yaml has no description.',
    });
    expect(find(r, 'description').details[0]).toContain('whole catalog stops loading');
    expect(
      readiness(r, 'hello-app-0.1.0.tgz', { rename: true, existing: 'replace' }),
    ).toMatchObject({ kind: 'blocked' });
    expect(status(await report({ chart: { description: null } }), 'description')).toBe('blocking');
    expect(status(await report({ chart: { description: '  ' } }), 'description')).toBe('warning');
  });

  it('stops a chart without a global: section in values.yaml', async () => {
    expect(find(await report({ values: { other: 1 } }), 'global')).toMatchObject({
      status: 'blocking',
      summary: 'values.yaml has no top-level `global:` section.',
    });
    expect(find(await report({ values: null }), 'global')).toMatchObject({
      status: 'blocking',
      summary: 'The chart has no values.yaml.',
    });
    expect(find(await report({ values: 'global:\n' }), 'global')).toMatchObject({
      status: 'blocking',
      summary: '`global:` in values.yaml is not a section of keys.',
    });
    expect(find(await report({ values: 'global: {\n' }), 'global').summary).toContain(
      'values.yaml cannot be read',
    );
  });

  it('offers the right file name, and uploads under it once accepted', async () => {
    const r = await report({}, 'hello-app.tgz');
    expect(find(r, 'file-name')).toMatchObject({
      status: 'decision',
      summary: 'The file is named “hello-app.tgz”, but the platform needs “hello-app-0.1.0.tgz”.',
      fix: { kind: 'rename', to: 'hello-app-0.1.0.tgz' },
    });
    expect(readiness(r, 'hello-app.tgz', NO_CHOICES)).toMatchObject({ kind: 'needs-choice' });
    expect(readiness(r, 'hello-app.tgz', { rename: true, existing: null })).toEqual({
      kind: 'ready',
      uploadName: 'hello-app-0.1.0.tgz',
    });
  });

  it('offers to keep or replace a version already in the catalog', async () => {
    const catalog = [{ chart_name: 'hello-app', versions: ['0.2.0', '0.1.0'] }];
    const r = await report({}, 'hello-app-0.1.0.tgz', catalog);
    expect(find(r, 'catalog')).toMatchObject({
      status: 'decision',
      summary: 'hello-app 0.1.0 is already in the catalog.',
      fix: { kind: 'keep-or-replace' },
    });
    expect(find(r, 'catalog').details[0]).toContain(
      'Releases already installed from it keep running unchanged',
    );
    expect(readiness(r, 'hello-app-0.1.0.tgz', NO_CHOICES).kind).toBe('needs-choice');
    expect(readiness(r, 'hello-app-0.1.0.tgz', { rename: false, existing: 'keep' })).toEqual({
      kind: 'kept',
    });
    expect(readiness(r, 'hello-app-0.1.0.tgz', { rename: false, existing: 'replace' }).kind).toBe(
      'ready',
    );
    const newer = await report({ version: '0.3.0' }, 'hello-app-0.3.0.tgz', catalog);
    expect(find(newer, 'catalog')).toMatchObject({
      status: 'ok',
      summary: 'hello-app is in the catalog with 0.2.0, 0.1.0; 0.3.0 will be added.',
    });
    expect(status(await report({}, 'hello-app-0.1.0.tgz', null), 'catalog')).toBe('warning');
  });

  it('refuses what Helm cannot load: broken Chart.yaml, numbers for text, odd versions', async () => {
    const broken = await report({ chartYaml: 'name: [unclosed\n' });
    expect(broken.summary).toBeNull();
    expect(broken.checks).toMatchObject([{ id: 'chart', status: 'blocking' }]);
    const numeric = await report({
      chartYaml: 'apiVersion: v2\nname: hello-app\nversion: 1.0\ndescription: x\n',
    });
    expect(numeric.checks[0]).toMatchObject({
      id: 'chart',
      status: 'blocking',
      summary: expect.stringContaining('as a number (1)') as unknown,
    });
    expect((await report({ chart: { version: undefined } })).checks[0]?.summary).toBe(
      'Chart.yaml has no version.',
    );
    expect(
      find(await report({ version: 'latest' }, 'hello-app-latest.tgz'), 'version').status,
    ).toBe('blocking');
    expect(
      (await report({ version: '0.6.0-latest' }, 'hello-app-0.6.0-latest.tgz')).checks.some(
        (c) => c.id === 'version',
      ),
    ).toBe(false);
  });
});

describe('the admin namespace, as far as the templates tell', () => {
  const ns = async (template: string, values: Record<string, unknown> = { global: {} }) =>
    find(await report({ values, templates: { 'x.yaml': template } }), 'admin-namespace');

  it('stops a literal admin namespace and the admin_namespace value', async () => {
    const literal = await ns(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: admin\n',
    );
    expect(literal.status).toBe('blocking');
    expect(literal.details[0]).toBe('templates/x.yaml, line 5: `namespace: admin`');
    expect(literal.details).toContainEqual(expect.stringContaining('keeps the file') as unknown);
    expect(
      (await ns('kind: Secret\nmetadata:\n  namespace: {{ .Values.global.admin_namespace }}\n'))
        .status,
    ).toBe('blocking');
    expect(
      (await ns('kind: Secret\nmetadata:\n  namespace: "{{- .Values.global.admin_namespace -}}"\n'))
        .status,
    ).toBe('blocking');
  });

  it('follows values.yaml, and reads each document of a file on its own', async () => {
    expect(
      (await ns('kind: A\nmetadata:\n  namespace: {{ .Values.ns }}\n', { global: {}, ns: 'admin' }))
        .status,
    ).toBe('blocking');
    expect(
      (
        await ns('kind: A\nmetadata:\n  namespace: {{ .Values.ns }}\n', {
          global: {},
          ns: 'services',
        })
      ).status,
    ).toBe('ok');
    const second = await ns(
      'kind: A\nmetadata:\n  namespace: services\n---\nkind: B\nmetadata:\n  labels: {}\n  namespace: admin\n',
    );
    expect(second.details[0]).toBe('templates/x.yaml, line 8: `namespace: admin`');
  });

  it('leaves hooks and non-metadata namespaces alone, as the platform does', async () => {
    const hook =
      'kind: Job\nmetadata:\n  namespace: admin\n  annotations:\n    "helm.sh/hook": pre-install\n';
    expect((await ns(hook)).status).toBe('ok');
    const binding =
      'kind: RoleBinding\nmetadata:\n  namespace: services\nsubjects:\n  - kind: ServiceAccount\n    namespace: admin\n';
    expect((await ns(binding)).status).toBe('ok');
    const conditional =
      'kind: A\nmetadata:\n  name: a\n{{- if .Values.x }}\n  namespace: services\n{{- end }}\n';
    expect((await ns(conditional)).status).toBe('ok');
  });

  it('is honest about namespaces only rendering can tell', async () => {
    const unknown = await ns('kind: A\nmetadata:\n  namespace: {{ include "ns" . }}\n');
    expect(unknown).toMatchObject({
      status: 'warning',
      summary: 'The namespace of 1 resource is only known when the chart is rendered.',
    });
    expect((await ns('kind: A\nmetadata:\n  namespace: {{ .Release.Namespace }}\n')).status).toBe(
      'warning',
    );
    const fine = await ns('kind: A\nmetadata:\n  name: a\n');
    expect(fine.details[0]).toContain('renders the chart after the upload and checks again');
  });
});

describe('install parameters and coverage', () => {
  it('warns about parameters the chart itself overrides, or that have no usable type', async () => {
    const r = await report({
      values: {
        global: { service_type: 'ClusterIP' },
        extension_params: {
          service_type: { type: 'list_single', value: ['ClusterIP', 'NodePort'] },
          odd: { type: 'single_selectable' },
          bare: { default: 'x' },
        },
      },
    });
    const params = find(r, 'params');
    expect(params.status).toBe('warning');
    expect(params.details).toEqual([
      expect.stringContaining(
        '“service_type” will never take effect: values.yaml sets `global.service_type` to “ClusterIP”',
      ) as unknown,
      expect.stringContaining('“odd” has the type “single_selectable”') as unknown,
      '“bare” has no type; the install form cannot offer it.',
    ]);
  });

  it('says which parts of the archive were not read', async () => {
    const r = await report({ files: { 'charts/sub-0.1.0.tgz': new Uint8Array(4) } });
    expect(find(r, 'coverage')).toMatchObject({
      status: 'warning',
      details: ['charts/sub-0.1.0.tgz (a packaged subchart inside the chart)'],
    });
  });
});
