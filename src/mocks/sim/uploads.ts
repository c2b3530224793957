import { readChartArchive } from './chart-archive';
import type { StoredFile } from './model';
import { detail, missingQuery, text, type SimReply } from './reply';
import type { Rng } from './rng';
import { isTar } from './tar';
import type { World } from './world';

/**
 * kube-helm's FilePond endpoint (CONTRACT §2.9): ids map to file paths, every PATCH appends to
 * `<id>.tmp` whatever its offset, and the upload completes when the size equals Upload-Length.
 */
export class FilePondUploads {
  private readonly paths = new Map<string, string>();
  private readonly partial = new Map<string, Uint8Array[]>();

  constructor(
    private readonly world: World,
    private readonly rng: Rng,
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

  private size(id: string): number {
    return (this.partial.get(id) ?? []).reduce((n, part) => n + part.length, 0);
  }

  patch(id: string | null, uploadLength: string | null, body: Uint8Array): SimReply {
    if (id === null) return missingQuery('patch');
    const parts = this.partial.get(id) ?? [];
    parts.push(body);
    this.partial.set(id, parts);
    if (uploadLength === null) return text(500, "Filepond upload failed: 'upload-length'");
    const size = this.size(id);
    if (size !== Number(uploadLength)) return text(200, id);
    const filepath = this.paths.get(id);
    if (filepath === undefined) return text(500, `Filepond upload failed: '${id}'`);
    this.partial.delete(id);
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    const name = filepath.replace(/^\/+|\/+$/g, '');
    const stored = storedFile(name, bytes);
    this.world.files.set(name, stored);
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
