import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { testChart, type TestChart } from '../../test/chart-archives';
import { imagesOf } from './images';
import { inspectChartFile } from './preflight';

async function images(spec: TestChart) {
  const read = await inspectChartFile(new Blob([testChart(spec)]));
  if (!read.ok) throw new Error(read.reason);
  return imagesOf(read.inspection);
}

describe('the images a chart needs', () => {
  it('marks the parts the platform fills in: registry and platform version', async () => {
    const [image, ...rest] = await images({
      templates: {
        'deployment.yaml':
          'spec:\n  containers:\n    - name: app\n      image: {{ .Values.global.registry_url }}/hello-app:{{ .Values.global.kaapana_build_version }}\n      imagePullPolicy: IfNotPresent\n',
      },
    });
    expect(rest).toEqual([]);
    expect(image).toEqual({
      parts: [
        { kind: 'platform', key: 'registry_url', label: 'registry' },
        { kind: 'text', text: '/hello-app:' },
        { kind: 'platform', key: 'kaapana_build_version', label: 'platform version' },
      ],
      display: '‹registry›/hello-app:‹platform version›',
      sources: ['templates/deployment.yaml'],
      complete: false,
    });
  });

  it('fills values in from values.yaml, with quote and default pipes', async () => {
    const list = await images({
      chart: { appVersion: '2.4.1' },
      values: { global: {}, image: { repository: 'docker.io/library/nginx', tag: '' } },
      templates: {
        'a.yaml':
          'containers:\n  - image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"\n',
        'b.yaml':
          "containers:\n  - image: '{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}'\n",
      },
    });
    // Found twice, listed once; the values entry it came from is not listed again.
    expect(list.map((i) => [i.display, i.sources, i.complete])).toEqual([
      ['docker.io/library/nginx:2.4.1', ['templates/a.yaml', 'templates/b.yaml'], true],
    ]);
  });

  it('follows a workflow chart into its DAG installer subchart, with the parent globals', async () => {
    const list = await images({
      chart: { keywords: ['kaapanaworkflow'] },
      values: { global: { image: 'dag-otsus-method', action: 'copy' } },
      files: {
        'charts/dag-installer/Chart.yaml': 'name: dag-installer\nversion: 0.1.0\n',
        'charts/dag-installer/values.yaml': stringify({ global: { image: '' } }),
        'charts/dag-installer/templates/job.yaml':
          'kind: Job\nspec:\n  template:\n    spec:\n      containers:\n        - image: {{ .Values.global.registry_url }}/{{ .Values.global.image }}:{{ .Values.global.kaapana_build_version }}\n',
      },
    });
    expect(list.map((i) => [i.display, i.sources])).toEqual([
      [
        '‹registry›/dag-otsus-method:‹platform version›',
        ['charts/dag-installer/templates/job.yaml'],
      ],
    ]);
  });

  it('lists image settings in values.yaml that no template uses', async () => {
    const list = await images({
      values: {
        global: { registry_url: 'registry.example.org/kaapana' },
        sidecar: { image: { registry: 'ghcr.io', repository: 'acme/sidecar', tag: '1.2' } },
        init_image: 'busybox:1.36',
        extension_params: { image: { type: 'string', default: 'not-an-image-setting' } },
      },
      templates: {
        'a.yaml': 'containers:\n  - image: {{ .Values.global.registry_url }}/app:1.0\n',
      },
    });
    expect(list.map((i) => [i.display, i.sources, i.complete])).toEqual([
      // A registry set in the chart itself wins over the platform's.
      ['registry.example.org/kaapana/app:1.0', ['templates/a.yaml'], true],
      ['ghcr.io/acme/sidecar:1.2', ['values.yaml: sidecar.image'], true],
      ['busybox:1.36', ['values.yaml: init_image'], true],
    ]);
  });

  it('keeps what only rendering can tell as unknown, and skips helper partials', async () => {
    const list = await images({
      templates: {
        'a.yaml':
          'containers:\n  - image: {{ include "app.image" . }}\n  # image: commented/out:1\n',
        '_helpers.tpl': '{{- define "app.image" -}}\nimage: secret/image:1\n{{- end }}\n',
      },
    });
    expect(list.map((i) => [i.display, i.complete])).toEqual([['‹include "app.image" .›', false]]);
  });
});
