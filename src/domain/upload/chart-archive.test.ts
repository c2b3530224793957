import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chunkedStream, tarOf, testChart, tgzOf } from '../../test/chart-archives';
import { DEFAULT_CHART_LIMITS, readChartArchive } from './chart-archive';

const read = (bytes: Uint8Array, limits = DEFAULT_CHART_LIMITS) =>
  readChartArchive(chunkedStream(bytes, 4096).stream, limits);

describe('reading a packaged chart as a stream', () => {
  it('keeps Chart.yaml, values.yaml and the templates of the chart and its subcharts', async () => {
    const bytes = testChart({
      templates: { 'deployment.yaml': 'kind: Deployment\n', '_helpers.tpl': '{{/* */}}' },
      files: {
        'charts/dag-installer/Chart.yaml': 'name: dag-installer\nversion: 0.1.0\n',
        'charts/dag-installer/values.yaml': 'global: {}\n',
        'charts/dag-installer/templates/job.yaml': 'kind: Job\n',
        'charts/packaged-0.1.0.tgz': new Uint8Array(10),
        'files/readme.md': '# hello',
      },
    });
    const result = await read(bytes);
    if (!result.ok) throw new Error(result.reason);
    const { chart } = result;
    expect(chart.root).toBe('hello-app');
    expect(chart.charts.get('')?.chartYaml).toContain('name: hello-app');
    expect(chart.charts.get('')?.valuesYaml).toBe('global: {}\n');
    expect(chart.charts.get('charts/dag-installer')).toEqual({
      chartYaml: 'name: dag-installer\nversion: 0.1.0\n',
      valuesYaml: 'global: {}\n',
    });
    expect(chart.templates.map((t) => [t.path, t.scope, t.text])).toEqual([
      ['templates/deployment.yaml', '', 'kind: Deployment\n'],
      ['templates/_helpers.tpl', '', '{{/* */}}'],
      ['charts/dag-installer/templates/job.yaml', 'charts/dag-installer', 'kind: Job\n'],
    ]);
    expect(chart.notRead).toEqual([
      'charts/packaged-0.1.0.tgz (a packaged subchart inside the chart)',
    ]);
  });

  it('lists a template too large to keep without its text, and says so', async () => {
    const bytes = testChart({
      templates: { 'big.yaml': 'x'.repeat(5000), 'small.yaml': 'kind: Service\n' },
    });
    const result = await read(bytes, { ...DEFAULT_CHART_LIMITS, templateBytes: 1000 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.chart.templates.map((t) => [t.path, t.size, t.text])).toEqual([
      ['templates/big.yaml', 5000, null],
      ['templates/small.yaml', 14, 'kind: Service\n'],
    ]);
    expect(result.chart.notRead).toEqual(['templates/big.yaml (too large to read here)']);
  });

  it('never holds the archive: it stops after the scan limit and says what it did not read', async () => {
    // Incompressible filler after the templates, as `helm package` orders files: 12 MB.
    const filler = new Uint8Array(1_000_000);
    let x = 2463534242;
    for (let i = 0; i < filler.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      filler[i] = x & 0xff;
    }
    const bytes = testChart({
      templates: { 'a.yaml': 'kind: Job\n' },
      files: Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => [`files/z${String(i)}.bin`, filler]),
      ),
    });
    const { stream, stats } = chunkedStream(bytes, 64 * 1024, 2);
    const result = await readChartArchive(stream, {
      ...DEFAULT_CHART_LIMITS,
      scanBytes: 1_000_000,
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.chart.templates).toHaveLength(1);
    expect(result.chart.notRead).toEqual(['everything after the first 1 MiB of the archive']);
    // The cancel travels back through the decompressor to the file.
    for (let i = 0; i < 100 && !stats.cancelled; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(stats.cancelled).toBe(true);
    // Node's DecompressionStream reads a few MB ahead; the rest of the file is never read.
    expect(stats.pulled).toBeLessThan(bytes.length / 2);
  }, 30_000);

  it('says when the file is damaged, not a tar inside, or not a chart', async () => {
    const damaged = testChart().slice(0, 200);
    expect(await read(damaged)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('damaged') as unknown,
    });
    const gzippedText = new Uint8Array(
      gzipSync(new TextEncoder().encode('just text\n'.repeat(100))),
    );
    expect(await read(gzippedText)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not a chart archive') as unknown,
    });
    const noChart = tgzOf({ 'stuff/readme.md': 'hi' });
    expect(await read(noChart)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no Chart.yaml') as unknown,
    });
    const image = new Uint8Array(gzipSync(tarOf({ 'manifest.json': '[]' })));
    expect(await read(image)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no Chart.yaml') as unknown,
    });
  });

  it('reads from a File as the browser gives it', async () => {
    const file = new File([testChart({ name: 'from-file' })], 'from-file-0.1.0.tgz');
    const result = await readChartArchive(file.stream());
    expect(result.ok && result.chart.root).toBe('from-file');
  });
});
