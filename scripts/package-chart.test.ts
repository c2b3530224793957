import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChartArchive } from '../src/mocks/sim/chart-archive';
import { CHART_DIR } from './chart-render';
import { packageChart } from './package-chart';

const out = mkdtempSync(join(tmpdir(), 'kx-chart-'));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('npm run package:chart', () => {
  let file = '';
  let bytes = Buffer.alloc(0);
  beforeAll(() => {
    file = packageChart(out);
    bytes = readFileSync(file);
  });

  it('writes <name>-<version>.tgz, laid out as helm package lays it out', () => {
    expect(basename(file)).toBe(`extensions-ui-chart-${pkg.version}.tgz`);
    expect([...bytes.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    // Read back by the system's tar, not by our own code.
    const names = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(names).toEqual([
      'extensions-ui-chart/Chart.yaml',
      'extensions-ui-chart/values.yaml',
      'extensions-ui-chart/templates/deployment.yaml',
      'extensions-ui-chart/templates/ingress.yaml',
      'extensions-ui-chart/templates/service.yaml',
    ]);
    for (const name of names) {
      const packed = execFileSync('tar', ['-xzOf', file, name], { encoding: 'utf8' });
      expect(packed, name).toBe(
        readFileSync(join(CHART_DIR, name.replace(/^extensions-ui-chart\//, '')), 'utf8'),
      );
    }
    const listing = execFileSync('tar', ['-tvzf', file], { encoding: 'utf8' });
    expect(
      listing
        .split('\n')
        .filter(Boolean)
        .every((line) => line.startsWith('-rw-r--r--')),
    ).toBe(true);
  });

  it('is read by the simulated kube-helm as a listed, installable application', () => {
    const chart = readChartArchive(new Uint8Array(bytes));
    expect(chart).toEqual(
      expect.objectContaining({
        name: 'extensions-ui-chart',
        version: pkg.version,
        keywords: ['kaapanaapplication'],
        workload: 'deployment',
        adminNamespaceResource: false,
      }),
    );
    expect(chart.description).toBeTruthy();
    expect(chart.globals).not.toBeNull();
  });

  it('refuses a chart whose version is not the app’s', () => {
    const broken = mkdtempSync(join(out, 'broken-'));
    cpSync(CHART_DIR, broken, { recursive: true });
    const chartYaml = join(broken, 'Chart.yaml');
    const text = readFileSync(chartYaml, 'utf8').replace(/^version: .*$/m, 'version: 9.9.9');
    writeFileSync(chartYaml, text);
    expect(() => packageChart(out, broken)).toThrow(/version 9\.9\.9 is not the app's version/);
  });
});
