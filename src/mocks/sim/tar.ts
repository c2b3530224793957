/** Minimal ustar reading and writing, enough for Helm chart archives and image tarballs. */

const BLOCK = 512;
const decoder = new TextDecoder();
const encoder = new TextEncoder();

function field(bytes: Uint8Array, start: number, length: number): string {
  const raw = bytes.subarray(start, start + length);
  const end = raw.indexOf(0);
  return decoder.decode(end < 0 ? raw : raw.subarray(0, end));
}

export function isTar(bytes: Uint8Array): boolean {
  return bytes.length >= BLOCK && field(bytes, 257, 5) === 'ustar';
}

/** Regular files of a tar archive, by path. */
export function readTar(bytes: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  let offset = 0;
  let longName: string | null = null;
  while (offset + BLOCK <= bytes.length) {
    const header = bytes.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    if (Number.isNaN(size)) throw new Error('corrupt tar header');
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = field(header, 257, 5) === 'ustar' ? field(header, 345, 155) : '';
    let name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = null;
    const body = bytes.subarray(offset + BLOCK, offset + BLOCK + size);
    if (body.length < size) throw new Error('truncated tar archive');
    if (type === 'L') {
      longName = decoder.decode(body).replace(/\0.*$/s, '');
    } else if (type === 'x') {
      const path = /\d+ path=([^\n]*)\n/.exec(decoder.decode(body));
      if (path?.[1]) longName = path[1];
    } else if (type === '0' || type === '\0') {
      name = name.replace(/^\.\//, '');
      files.set(name, body);
    }
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return files;
}

function writeString(target: Uint8Array, text: string, start: number, length: number): void {
  target.set(encoder.encode(text).subarray(0, length), start);
}

function octal(value: number, length: number): string {
  return `${value.toString(8).padStart(length - 1, '0')}\0`;
}

/** A ustar archive of the given files (paths up to 100 bytes). */
export function writeTar(
  files: Record<string, Uint8Array | string>,
  mtime = 1_700_000_000,
): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const [path, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? encoder.encode(content) : content;
    const header = new Uint8Array(BLOCK);
    writeString(header, path, 0, 100);
    writeString(header, octal(0o644, 8), 100, 8);
    writeString(header, octal(0, 8), 108, 8);
    writeString(header, octal(0, 8), 116, 8);
    writeString(header, octal(data.length, 12), 124, 12);
    writeString(header, octal(mtime, 12), 136, 12);
    writeString(header, '        ', 148, 8);
    header[156] = '0'.charCodeAt(0);
    writeString(header, 'ustar\u000000', 257, 8);
    const sum = header.reduce((total, b) => total + b, 0);
    writeString(header, `${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
    parts.push(header, data, new Uint8Array((BLOCK - (data.length % BLOCK)) % BLOCK));
  }
  parts.push(new Uint8Array(BLOCK * 2));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
