import { describe, expect, it } from 'vitest';
import { writeTar } from '../../mocks/sim/tar';
import { chunkedStream, tarOf } from '../../test/chart-archives';
import { isTarHeader, readTarEntries, TarFormatError, type TarEntry } from './tar-stream';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function entries(bytes: Uint8Array, chunk: number, keep = () => 1024 * 1024) {
  const out: TarEntry[] = [];
  for await (const entry of readTarEntries(chunkedStream(bytes, chunk).stream, { keep })) {
    out.push(entry);
  }
  return out;
}

/** A header of type `flag` with this body, as a tar writer puts it before the entry it describes. */
function extendedHeader(flag: string, body: string): Uint8Array {
  const tar = writeTar({ '././@LongLink': body });
  const header = tar.slice(0, 512);
  header[156] = flag.charCodeAt(0);
  header.fill(0x20, 148, 156);
  const sum = header.reduce((n, b) => n + b, 0);
  header.set(encoder.encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
  const padded = Math.ceil(body.length / 512) * 512;
  const out = new Uint8Array(512 + padded);
  out.set(header);
  out.set(encoder.encode(body), 512);
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

describe('the streaming tar reader', () => {
  const archive = tarOf({
    'chart/Chart.yaml': 'name: chart\n',
    'chart/files/big.bin': new Uint8Array(3000).fill(7),
    'chart/values.yaml': 'global: {}\n',
  });

  it.each([1, 7, 512, 100_000])(
    'reads the same entries whatever the chunk size (%i bytes)',
    async (chunk) => {
      const read = await entries(archive, chunk);
      expect(read.map((e) => [e.path, e.size, e.type])).toEqual([
        ['chart/Chart.yaml', 12, 'file'],
        ['chart/files/big.bin', 3000, 'file'],
        ['chart/values.yaml', 11, 'file'],
      ]);
      expect(decoder.decode(read[0]?.data ?? new Uint8Array())).toBe('name: chart\n');
      expect(decoder.decode(read[2]?.data ?? new Uint8Array())).toBe('global: {}\n');
    },
  );

  it('keeps only the bodies asked for, and never one above its limit', async () => {
    const read = await entries(archive, 100, () => 100);
    expect(read.map((e) => [e.path, e.data?.length ?? null, e.tooLarge])).toEqual([
      ['chart/Chart.yaml', 12, false],
      ['chart/files/big.bin', null, true],
      ['chart/values.yaml', 11, false],
    ]);
    const none = await entries(archive, 100, () => 0);
    expect(none.every((e) => e.data === null && !e.tooLarge)).toBe(true);
  });

  it('stops pulling bytes when the caller stops, and cancels the source', async () => {
    const big = tarOf({ 'a/Chart.yaml': 'name: a\n', 'a/blob': new Uint8Array(1_000_000) });
    const { stream, stats } = chunkedStream(big, 1024);
    for await (const entry of readTarEntries(stream)) {
      expect(entry.path).toBe('a/Chart.yaml');
      break;
    }
    expect(stats.cancelled).toBe(true);
    expect(stats.pulled).toBeLessThan(4096);
  });

  it('stops at the end-of-archive marker without reading what follows', async () => {
    const trailing = concat(tarOf({ 'x/a': 'a' }), new Uint8Array(50_000).fill(1));
    const { stream, stats } = chunkedStream(trailing, 512);
    const read: string[] = [];
    for await (const entry of readTarEntries(stream)) read.push(entry.path);
    expect(read).toEqual(['x/a']);
    expect(stats.pulled).toBeLessThan(4096);
  });

  it('takes long names from GNU (L) and PAX (x) headers', async () => {
    const long = `chart/templates/${'very-long-directory-name/'.repeat(6)}deployment.yaml`;
    const file = tarOf({ 'short-name': 'kind: Deployment\n' });
    const withoutEnd = file.subarray(0, file.length - 1024);
    const gnu = concat(extendedHeader('L', `${long}\0`), withoutEnd, new Uint8Array(1024));
    expect((await entries(gnu, 300)).map((e) => e.path)).toEqual([long]);
    const record = (key: string, value: string) => {
      const body = ` ${key}=${value}\n`;
      let length = body.length + 2;
      if (String(length).length + body.length !== length) length += 1;
      return `${String(length)}${body}`;
    };
    const pax = concat(extendedHeader('x', record('path', long)), withoutEnd, new Uint8Array(1024));
    expect((await entries(pax, 300)).map((e) => e.path)).toEqual([long]);
  });

  it('reads GNU base-256 sizes', async () => {
    const tar = tarOf({ 'x/five': 'hello' });
    const header = tar.subarray(0, 512);
    header.fill(0, 124, 136);
    header[124] = 0x80;
    header[135] = 5;
    header.fill(0x20, 148, 156);
    const sum = header.reduce((n, b) => n + b, 0);
    header.set(encoder.encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
    expect(isTarHeader(header)).toBe(true);
    const [entry] = await entries(tar, 64);
    expect(entry?.size).toBe(5);
    expect(decoder.decode(entry?.data ?? new Uint8Array())).toBe('hello');
  });

  it('refuses bytes that are not a tar archive, and one cut short', async () => {
    await expect(entries(encoder.encode('x'.repeat(2048)), 100)).rejects.toThrow(TarFormatError);
    await expect(entries(new Uint8Array(), 100)).rejects.toThrow('the archive is empty');
    const cut = archive.subarray(0, 512 + 1000 + 512 + 100);
    await expect(entries(cut, 100)).rejects.toThrow('the archive ends in the middle');
  });
});
