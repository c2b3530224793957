import { readChartArchive } from './chart-archive';
import type { StoredFile } from './model';
import { detail, missingQuery, text, type SimReply } from './reply';
import type { Rng } from './rng';
import { isTar } from './tar';
import type { World } from './world';

/** An incremental hash of received bytes (sha-256 in Node; none in the browser demo). */
export interface Hasher {
  update(bytes: Uint8Array): void;
  digest(): string;
}
export type HasherFactory = () => Hasher;

interface Transfer {
  size: number;
  /** A chart's bytes are kept (it is read when complete); of other files only the first block. */
  parts: Uint8Array[] | null;
  head: Uint8Array;
  hasher: Hasher | null;
}

/** A completed upload, as the simulator's control interface reports it. */
export interface ReceivedFile {
  name: string;
  size: number;
  sha256: string | null;
}

const HEAD_BYTES = 512;

/**
 * kube-helm's FilePond endpoint (CONTRACT §2.9): ids map to file paths, every PATCH appends to
 * `<id>.tmp` whatever its offset, and the upload completes when the size equals Upload-Length.
 * Image archives are not kept in memory (only their size, first block and hash): the simulator
 * can take files of many GB.
 */
export class FilePondUploads {
  private readonly paths = new Map<string, string>();
  private readonly partial = new Map<string, Transfer>();
  /** Completed uploads, newest last. */
  readonly received: ReceivedFile[] = [];

  constructor(
    private readonly world: World,
    private readonly rng: Rng,
    private readonly hasher: HasherFactory | null = null,
  ) {}

  init(form: FormData | null): SimReply {
    const field = form?.get('filepond');
    let filepath: unknown;
    try {
      filepath =
        typeof field === 'string'
          ? (JSON.parse(field) as { filepath?: unknown }).filepath
          : undefined;
    } catch {
      filepath = undefined;
    }
    if (typeof filepath !== 'string') return detail(500, 'Filepond Upload Initialization failed');
    const id = this.rng.uuid();
    this.paths.set(id, filepath);
    return text(200, id);
  }

  private append(id: string, body: Uint8Array): Transfer {
    let transfer = this.partial.get(id);
    if (!transfer) {
      const keep = this.paths.get(id)?.endsWith('tgz') ?? false;
      transfer = {
        size: 0,
        parts: keep ? [] : null,
        head: new Uint8Array(0),
        hasher: this.hasher?.() ?? null,
      };
      this.partial.set(id, transfer);
    }
    if (transfer.head.length < HEAD_BYTES) {
      const head = new Uint8Array(Math.min(HEAD_BYTES, transfer.head.length + body.length));
      head.set(transfer.head);
      head.set(body.subarray(0, head.length - transfer.head.length), transfer.head.length);
      transfer.head = head;
    }
    transfer.parts?.push(body);
    transfer.hasher?.update(body);
    transfer.size += body.length;
    return transfer;
  }

  /** One PATCH: its body (in the pieces it arrived in) is appended, whatever its offset. */
  patch(
    id: string | null,
    uploadLength: string | null,
    body: Uint8Array | readonly Uint8Array[],
  ): SimReply {
    if (id === null) return missingQuery('patch');
    let transfer: Transfer | undefined;
    for (const piece of body instanceof Uint8Array ? [body] : body) {
      transfer = this.append(id, piece);
    }
    transfer ??= this.append(id, new Uint8Array());
    if (uploadLength === null) return text(500, "Filepond upload failed: 'upload-length'");
    if (transfer.size !== Number(uploadLength)) return text(200, id);
    const filepath = this.paths.get(id);
    if (filepath === undefined) return text(500, `Filepond upload failed: '${id}'`);
    this.partial.delete(id);
    const name = filepath.replace(/^\/+|\/+$/g, '');
    const stored = transfer.parts
      ? storedFile(name, concat(transfer.parts, transfer.size))
      : name.endsWith('.tar')
        ? ({ kind: 'archive', size: transfer.size, isTar: isTar(transfer.head) } as const)
        : ({ kind: 'other', size: transfer.size } as const);
    this.world.files.set(name, stored);
    this.received.push({ name, size: transfer.size, sha256: transfer.hasher?.digest() ?? null });
    if (name.endsWith('tgz')) {
      // kube-helm checks the chart after moving it into place, and leaves it there on failure.
      if (stored.kind !== 'chart') {
        return text(500, 'Filepond upload failed: Failed to check chart namespace');
      }
      if (stored.chart.adminNamespaceResource) {
        return text(
          500,
          'Filepond upload failed: Chart files can not contain resources under admin_namespace',
        );
      }
    }
    return text(200, `${filepath} uploaded succesfully`);
  }

  head(id: string | null, uploadLength: string | null): SimReply {
    if (id === null) return missingQuery('patch');
    if (this.partial.has(id) && uploadLength === null) {
      return detail(500, "HEAD /filepond-upload failed 'upload-length'");
    }
    // The remaining byte count goes into a body HEAD never carries: useless for resuming.
    return text(200, '');
  }

  revert(body: string): SimReply {
    const id = body.trim();
    if (this.partial.has(id)) {
      this.partial.delete(id);
      return text(200, `Deleted ${this.paths.get(id) ?? id} succesfully.`);
    }
    return text(
      200,
      'Only removing the file in frontend, the file in the target location was already successfully uploaded',
    );
  }

  /** Transfers not completed (nor reverted): their temporary files on the server. */
  partials(): { id: string; name: string | null; size: number }[] {
    return [...this.partial].map(([id, t]) => ({
      id,
      name: this.paths.get(id) ?? null,
      size: t.size,
    }));
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

export function storedFile(name: string, bytes: Uint8Array): StoredFile {
  if (name.endsWith('tgz')) {
    try {
      return { kind: 'chart', chart: readChartArchive(bytes) };
    } catch (error) {
      return {
        kind: 'unreadable-chart',
        reason: error instanceof Error ? error.message : String(error),
      };
    }
  }
  if (name.endsWith('.tar')) return { kind: 'archive', size: bytes.length, isTar: isTar(bytes) };
  return { kind: 'other', size: bytes.length };
}
