import { describe, expect, it } from 'vitest';
import { tarOf, testChart } from '../../test/chart-archives';
import { classifyFile, signatureOf, SIGNATURE_BYTES } from './file-kind';

const head = (bytes: Uint8Array) => bytes.subarray(0, SIGNATURE_BYTES);
const chart = testChart();
const tar = tarOf({ 'manifest.json': '[]' });
const text = new TextEncoder().encode('apiVersion: v2\nname: not-an-archive\n'.repeat(20));
const zip = new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0]);

describe('signatures', () => {
  it('recognises gzip (1f 8b), ustar tar (magic at 257), zip, and nothing else', () => {
    expect(signatureOf(head(chart))).toBe('gzip');
    expect(signatureOf(head(tar))).toBe('tar');
    expect(signatureOf(zip)).toBe('zip');
    expect(signatureOf(head(text))).toBe('unknown');
    expect(signatureOf(new Uint8Array([0x1f]))).toBe('unknown');
  });

  it('reads GNU tar magic ("ustar  ") as tar too', () => {
    const gnu = tar.slice(0, 512);
    gnu.set(new TextEncoder().encode('ustar  \0'), 257);
    expect(signatureOf(gnu)).toBe('tar');
  });
});

describe('classifyFile', () => {
  it('accepts a gzip .tgz as a chart and a tar .tar as an image, whatever the case of the name', () => {
    expect(classifyFile('hello-app-0.1.0.tgz', chart.length, head(chart))).toEqual({
      ok: true,
      kind: 'chart',
    });
    expect(classifyFile('HELLO.TGZ', chart.length, head(chart))).toEqual({
      ok: true,
      kind: 'chart',
    });
    expect(classifyFile('images.tar', tar.length, head(tar))).toEqual({ ok: true, kind: 'image' });
  });

  it('refuses other extensions, with the reason and what to do', () => {
    const verdict = classifyFile('notes.zip', zip.length, zip);
    expect(verdict).toMatchObject({
      ok: false,
      reason: expect.stringContaining('.zip file') as unknown,
    });
    expect(verdict.ok ? '' : verdict.nextStep).toContain('helm package');
    expect(classifyFile('Makefile', 10, text)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no file extension') as unknown,
    });
  });

  it('refuses .tar.gz: the platform only lists .tgz', () => {
    expect(classifyFile('chart.tar.gz', chart.length, head(chart))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('.tar.gz') as unknown,
      nextStep: expect.stringContaining('.tgz') as unknown,
    });
  });

  it('checks the content, not only the name', () => {
    expect(classifyFile('fake.tgz', text.length, head(text))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not gzip-compressed') as unknown,
    });
    expect(classifyFile('plain.tgz', tar.length, head(tar))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('uncompressed tar') as unknown,
    });
    expect(classifyFile('fake.tar', text.length, head(text))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not a tar archive') as unknown,
    });
    expect(classifyFile('zipped.tar', chart.length, head(chart))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('gzip-compressed') as unknown,
      nextStep: expect.stringContaining('gunzip') as unknown,
    });
  });

  it('refuses an empty file', () => {
    expect(classifyFile('empty.tar', 0, new Uint8Array())).toMatchObject({
      ok: false,
      reason: '"empty.tar" is empty.',
    });
  });
});
