import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectChartFile, NO_CHOICES, preflight, readiness } from '../src/domain/upload/preflight';
import { packageChart } from './package-chart';

const out = mkdtempSync(join(tmpdir(), 'kx-chart-preflight-'));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('the packaged chart and the app’s own upload pre-flight', () => {
  it('passes every check, so it can be uploaded through the app itself', async () => {
    const path = packageChart(out);
    const file = new Blob([readFileSync(path)]);
    const inspected = await inspectChartFile(file);
    if (!inspected.ok) throw new Error(`not readable: ${inspected.reason}`);
    const report = preflight(inspected.inspection, basename(path), {
      catalog: [],
      adminNamespace: 'admin',
    });
    expect(report.summary).toEqual(
      expect.objectContaining({ name: 'extensions-ui-chart', kind: 'application' }),
    );
    expect(report.checks.filter((check) => check.status !== 'ok')).toEqual([]);
    expect(report.checks.map((check) => check.id)).toEqual(
      expect.arrayContaining(['keywords', 'description', 'global', 'file-name', 'admin-namespace']),
    );
    expect(readiness(report, basename(path), NO_CHOICES)).toEqual({
      kind: 'ready',
      uploadName: basename(path),
    });
  });
});
