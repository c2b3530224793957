import { ByteReader } from './byte-reader';

/**
 * A streaming reader of tar archives (POSIX ustar, PAX and GNU long names): entries come one by
 * one, bodies are kept only when the caller asks (and only up to a limit), everything else is
 * skipped as it streams past.
 */

const BLOCK = 512;
const decoder = new TextDecoder();

export interface TarEntry {
  /** The path without a leading `./`. */
  path: string;
  size: number;
  type: 'file' | 'directory' | 'other';
  /** The body, when `keep` asked for it and it fit; null otherwise. */
  data: Uint8Array | null;
  /** The caller wanted the body but it was larger than allowed. */
  tooLarge: boolean;
}

export class TarFormatError extends Error {
  override readonly name = 'TarFormatError';
}

export interface TarReadOptions {
  /** How many bytes of this entry's body to keep (0: none). Larger bodies are not kept. */
  keep?: (path: string, size: number) => number;
}

function text(bytes: Uint8Array, start: number, length: number): string {
  const raw = bytes.subarray(start, start + length);
  const end = raw.indexOf(0);
  return decoder.decode(end < 0 ? raw : raw.subarray(0, end));
}

/** Octal, or GNU base-256 (first byte 0x80) for sizes of 8 GiB and more. */
function numeric(bytes: Uint8Array, start: number, length: number): number {
  const first = bytes[start] ?? 0;
  if (first & 0x80) {
    let value = first & 0x7f;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + (bytes[i] ?? 0);
    return value;
  }
  const raw = text(bytes, start, length).trim();
  if (raw === '') return 0;
  if (!/^[0-7]+$/.test(raw)) return Number.NaN;
  return parseInt(raw, 8);
}

/** A header is valid when its checksum (the sum of its bytes, the field itself read as spaces) fits. */
export function isTarHeader(block: Uint8Array): boolean {
  if (block.length < BLOCK) return false;
  const stored = numeric(block, 148, 8);
  if (Number.isNaN(stored)) return false;
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (block[i] ?? 0);
  return sum === stored;
}

/** PAX extended header records: "<length> <key>=<value>\n", the length counting the whole record. */
function paxRecords(body: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    let space = at;
    while (space < body.length && body[space] !== 0x20) space++;
    const length = Number(decoder.decode(body.subarray(at, space)));
    if (!Number.isInteger(length) || length <= 0 || at + length > body.length) break;
    const record = decoder.decode(body.subarray(space + 1, at + length - 1));
    const eq = record.indexOf('=');
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return records;
}

const padding = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;
/** Long names and PAX headers are metadata: a generous bound keeps a hostile one out of memory. */
const METADATA_LIMIT = 1024 * 1024;

/**
 * Yields the archive's entries as they stream past. Breaking out of the loop stops reading (the
 * stream is cancelled). Throws TarFormatError when the bytes are not a tar archive or it ends early.
 */
export async function* readTarEntries(
  stream: ReadableStream<Uint8Array>,
  options: TarReadOptions = {},
): AsyncGenerator<TarEntry, void, undefined> {
  const input = new ByteReader(stream.getReader());
  let longName: string | null = null;
  let paxPath: string | null = null;
  let paxSize: number | null = null;
  let first = true;
  try {
    for (;;) {
      const header = await input.read(BLOCK);
      if (header.length === 0) {
        if (first) throw new TarFormatError('the archive is empty');
        // No end-of-archive marker: some tools leave it out.
        return;
      }
      if (header.length < BLOCK) throw new TarFormatError('the archive ends in the middle');
      // The end-of-archive marker: nothing after it matters.
      if (header.every((b) => b === 0)) return;
      if (!isTarHeader(header)) {
        throw new TarFormatError(first ? 'not a tar archive' : 'a damaged entry header');
      }
      first = false;
      const flag = String.fromCharCode(header[156] ?? 0);
      const headerSize = numeric(header, 124, 12);
      const size = paxSize ?? headerSize;
      if (Number.isNaN(size)) throw new TarFormatError('a damaged entry size');

      if (flag === 'L' || flag === 'x' || flag === 'g' || flag === 'K') {
        if (headerSize > METADATA_LIMIT) throw new TarFormatError('an oversized extended header');
        const body = await input.read(headerSize);
        if (body.length < headerSize) throw new TarFormatError('the archive ends in the middle');
        await input.skip(padding(headerSize));
        if (flag === 'L') longName = text(body, 0, body.length);
        if (flag === 'x') {
          const records = paxRecords(body);
          paxPath = records.get('path') ?? paxPath;
          const recordSize = records.get('size');
          if (recordSize !== undefined && /^\d+$/.test(recordSize)) paxSize = Number(recordSize);
        }
        continue;
      }

      const prefix = text(header, 345, 155);
      const short = text(header, 0, 100);
      const rawPath = paxPath ?? longName ?? (prefix ? `${prefix}/${short}` : short);
      longName = null;
      paxPath = null;
      paxSize = null;
      const path = rawPath.replace(/^(\.\/)+/, '');
      const type =
        flag === '0' || flag === '\0' || flag === '7'
          ? 'file'
          : flag === '5'
            ? 'directory'
            : 'other';
      const wanted = type === 'file' ? (options.keep?.(path, size) ?? 0) : 0;
      let data: Uint8Array | null = null;
      const tooLarge = wanted > 0 && size > wanted;
      if (wanted > 0 && !tooLarge) {
        data = await input.read(size);
        if (data.length < size) throw new TarFormatError('the archive ends in the middle');
      } else if (!(await input.skip(size))) {
        throw new TarFormatError('the archive ends in the middle');
      }
      await input.skip(padding(size));
      yield { path, size, type, data, tooLarge };
    }
  } finally {
    await input.cancel();
  }
}
