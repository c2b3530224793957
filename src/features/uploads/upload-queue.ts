import type { KubeHelmClient, UploadOptions, UploadProgress } from '../../api';
import type { CatalogEntry } from '../../domain/upload/platform-checks';
import { addSample, type ProgressSample } from '../../domain/upload/transfer';
import type { NewActivity } from '../../stores/activity';
import { createStore, type Store } from '../../stores/external-store';
import { readStored, writeStored, type KeyValueStorage } from '../../stores/persisted';
import { isLoadFailure, LOAD_FAILURE_HELP_FOR_FILE } from '../../components/load-failure';
import { checkFile, decide } from './check-file';
import { afterImport, afterUpload, listed, logWords, notListed } from './outcome-text';
import {
  afterReload,
  BUSY_STAGES,
  FINISHED_STAGES,
  storedEntriesSchema,
  UPLOADS_KEY,
  UPLOADS_LIMIT,
  type UploadEntry,
} from './upload-entry';

/**
 * The uploads of this page: checked as they are added, uploaded one after another (the backend
 * has a single worker), imported or watched for in the catalog, and kept across reloads.
 * Lives above the routes, so uploads go on while the user moves between places.
 */

export interface LiveProgress {
  total: number;
  samples: ProgressSample[];
  restarts: number;
  restartReason: string | null;
}

export interface QueueDeps {
  client: KubeHelmClient;
  storage: KeyValueStorage | null;
  /** The catalog's rows now, or null when they cannot be read. */
  catalog: () => Promise<readonly CatalogEntry[] | null>;
  record: (entry: NewActivity) => void;
  now?: () => number;
  /** Chunk size, restarts … (tests make restarts immediate). */
  uploadOptions?: Omit<UploadOptions, 'onProgress' | 'signal' | 'uploadName'>;
}

/** How long a chart may take to appear in the catalog (its full rebuilds are ~30 s apart). */
export const CATALOG_WAIT_MS = 35_000;
const PROGRESS_EVERY_MS = 100;
/** What an upload says between its cancel and the revert's answer. */
export const CANCELLING =
  'Cancelling: the piece already on its way arrives first (at most a few seconds), then what arrived is discarded on the platform…';

let sequence = 0;

export class UploadQueue {
  readonly entries: Store<readonly UploadEntry[]>;
  readonly progress = createStore<ReadonlyMap<string, LiveProgress>>(new Map());
  private readonly files = new Map<string, File>();
  private running: { id: string; abort: AbortController | null } | null = null;
  private started = false;
  private readonly now: () => number;
  /** Transfers a reload cut off; reverted once the app runs (`start`). */
  private readonly orphans: string[];

  constructor(private readonly deps: QueueDeps) {
    this.now = deps.now ?? Date.now;
    const stored = readStored(deps.storage, UPLOADS_KEY, storedEntriesSchema, []);
    this.orphans = stored
      .filter((e) => e.stage === 'uploading' && e.transferId)
      .map((e) => e.transferId ?? '');
    const now = this.now();
    this.entries = createStore<readonly UploadEntry[]>(
      stored.map((e) => afterReload(e, now)),
      (entries) => {
        writeStored(deps.storage, UPLOADS_KEY, entries.slice(0, UPLOADS_LIMIT));
      },
    );
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    for (const id of this.orphans) void this.deps.client.upload.revert(id).catch(() => undefined);
  }

  get(id: string): UploadEntry | undefined {
    return this.entries.get().find((e) => e.id === id);
  }

  isBusy(): boolean {
    return this.entries.get().some((e) => BUSY_STAGES.includes(e.stage));
  }

  hasFile(id: string): boolean {
    return this.files.has(id);
  }

  private update(id: string, change: Partial<UploadEntry>): void {
    const at = this.now();
    this.entries.set((list) =>
      list.map((e) => (e.id === id ? { ...e, ...change, updatedAt: at } : e)),
    );
  }

  add(files: readonly File[]): void {
    // Added in reverse so that, newest first, a batch reads in the order it was given.
    for (const file of [...files].reverse()) {
      sequence += 1;
      const at = this.now();
      const entry: UploadEntry = {
        id: `${String(at)}-${String(sequence)}`,
        fileName: file.name,
        size: file.size,
        kind: null,
        stage: 'checking',
        addedAt: at,
        updatedAt: at,
        uploadName: null,
        report: null,
        choices: { rename: false, existing: null },
        message: null,
        nextStep: null,
        restarts: 0,
        transferId: null,
        stored: false,
        deadline: null,
      };
      const twin = this.entries
        .get()
        .find((e) => e.fileName === file.name && !FINISHED_STAGES.includes(e.stage));
      if (twin) {
        entry.stage = 'refused';
        entry.message = `"${file.name}" is already in the list and not finished.`;
        entry.nextStep = 'Wait until it is done, or cancel it, then add the file again.';
      }
      this.entries.set((list) => [entry, ...list].slice(0, UPLOADS_LIMIT));
      if (!twin) {
        this.files.set(entry.id, file);
        void this.check(entry.id, file);
      }
    }
  }

  private async check(id: string, file: File): Promise<void> {
    const entry = this.get(id);
    if (!entry) return;
    let result: Awaited<ReturnType<typeof checkFile>>;
    try {
      result = await checkFile(file, this.deps.catalog, entry.choices);
    } catch (error) {
      // The chart reader is loaded on first use: without it nothing is checked, nothing is sent.
      result = {
        kind: null,
        stage: 'failed',
        report: null,
        uploadName: null,
        message: isLoadFailure(error)
          ? 'The chart reader could not be loaded, so the file was neither checked nor sent.'
          : `The file could not be checked: ${error instanceof Error ? error.message : String(error)}`,
        nextStep: isLoadFailure(error)
          ? LOAD_FAILURE_HELP_FOR_FILE
          : 'Add the file again; if it happens again, please report it with the message above.',
      };
    }
    if (this.get(id)?.stage !== 'checking') return;
    this.update(id, result);
    if (result.stage !== 'queued' && result.stage !== 'needs-choice') this.files.delete(id);
    this.pump();
  }

  /** The user's answer to a pre-flight question (upload under the right name; keep or replace). */
  async choose(id: string, change: Partial<UploadEntry['choices']>): Promise<void> {
    const entry = this.get(id);
    if (entry?.stage !== 'needs-choice' || !entry.report) return;
    const choices = { ...entry.choices, ...change };
    const next = await decide(entry.report, entry.fileName, choices);
    if (this.get(id)?.stage !== 'needs-choice') return;
    this.update(id, { choices, ...next });
    if (next.stage === 'kept') this.files.delete(id);
    this.pump();
  }

  cancel(id: string): void {
    const entry = this.get(id);
    if (!entry) return;
    if (entry.stage === 'uploading' && this.running?.id === id) {
      if (this.isCancelling(id)) return;
      this.running.abort?.abort();
      this.update(id, { message: CANCELLING });
      return;
    }
    if (['checking', 'needs-choice', 'queued'].includes(entry.stage)) {
      this.update(id, {
        stage: 'cancelled',
        message: 'Cancelled before anything was sent.',
        nextStep: null,
      });
    }
  }

  /** The file's upload was cancelled and is winding down (the piece under way, then the revert). */
  isCancelling(id: string): boolean {
    return (
      this.get(id)?.stage === 'uploading' &&
      this.running?.id === id &&
      this.running.abort?.signal.aborted === true
    );
  }

  /** Starts a failed or cancelled upload again (while the page still has the file). */
  retry(id: string): void {
    const entry = this.get(id);
    const file = this.files.get(id);
    if (!entry || !file || !['failed', 'cancelled'].includes(entry.stage)) return;
    this.update(id, { stage: 'checking', message: null, nextStep: null, restarts: 0 });
    void this.check(id, file);
  }

  /** Imports an archive that is on the platform already (after a failed or interrupted import). */
  importAgain(id: string): void {
    const entry = this.get(id);
    if (entry?.kind !== 'image' || !entry.stored || !entry.uploadName || this.running) return;
    if (!['failed', 'interrupted'].includes(entry.stage)) return;
    this.running = { id, abort: null };
    void this.importImage(id, entry.uploadName).finally(() => {
      this.running = null;
      this.pump();
    });
  }

  remove(id: string): void {
    const entry = this.get(id);
    if (!entry || !FINISHED_STAGES.includes(entry.stage)) return;
    this.files.delete(id);
    this.entries.set((list) => list.filter((e) => e.id !== id));
  }

  clearFinished(): void {
    for (const e of this.entries.get())
      if (FINISHED_STAGES.includes(e.stage)) this.files.delete(e.id);
    this.entries.set((list) => list.filter((e) => !FINISHED_STAGES.includes(e.stage)));
  }

  /** A fresh read of the catalog: charts waiting for it are listed, or have waited long enough. */
  catalogRead(rows: readonly CatalogEntry[] | null, at: number): void {
    for (const entry of this.entries.get()) {
      const summary = entry.report?.summary;
      if (entry.stage !== 'waiting-catalog' || !summary) continue;
      const { name, version } = summary;
      const found = rows?.some((r) => r.chart_name === name && r.versions.includes(version));
      if (found) {
        const change = listed(name, version);
        if (entry.choices.existing === 'replace') {
          change.message = `${name} ${version} was replaced. The catalog shows the new chart's details after its next refresh (within half a minute).`;
        }
        this.finish(entry.id, change);
      } else if (entry.deadline !== null && at >= entry.deadline) {
        this.finish(entry.id, notListed(name, version));
      }
    }
  }

  private finish(id: string, change: Partial<UploadEntry>): void {
    this.update(id, change);
    const entry = this.get(id);
    if (!entry) return;
    const summary = entry.report?.summary;
    const words = logWords(entry);
    this.deps.record({
      action: entry.kind === 'image' ? 'Upload image' : 'Upload chart',
      extension: summary?.displayName ?? summary?.name ?? entry.fileName,
      version: summary?.version ?? '',
      releaseName: '',
      outcome: words.outcome,
      severity: words.severity,
      message: entry.message ?? '',
      details: {
        file: entry.fileName,
        uploadedAs: entry.uploadName,
        bytes: entry.size,
        restarts: entry.restarts,
        nextStep: entry.nextStep,
      },
    });
  }

  private pump(): void {
    if (this.running) return;
    const next = [...this.entries.get()].reverse().find((e) => e.stage === 'queued');
    const file = next && this.files.get(next.id);
    if (!next || !file || !next.uploadName) return;
    const abort = new AbortController();
    this.running = { id: next.id, abort };
    void this.upload(next, file, next.uploadName, abort.signal).finally(() => {
      this.running = null;
      this.setProgress(next.id, null);
      this.pump();
    });
  }

  private setProgress(id: string, progress: LiveProgress | null): void {
    this.progress.set((map) => {
      const next = new Map(map);
      if (progress) next.set(id, progress);
      else next.delete(id);
      return next;
    });
  }

  private async upload(entry: UploadEntry, file: File, uploadName: string, signal: AbortSignal) {
    const { id } = entry;
    this.update(id, { stage: 'uploading', message: null, nextStep: null, restarts: 0 });
    let live: LiveProgress = {
      total: file.size,
      samples: [{ at: this.now(), bytes: 0 }],
      restarts: 0,
      restartReason: null,
    };
    this.setProgress(id, live);
    let transferId: string | null = null;
    let shownAt = 0;
    const onProgress = (p: UploadProgress) => {
      const at = this.now();
      if (p.transferId !== transferId) {
        transferId = p.transferId;
        this.update(id, { transferId, restarts: p.restarts });
      }
      const samples = p.restarts !== live.restarts ? [] : live.samples;
      live = {
        total: p.total,
        samples: addSample(samples, { at, bytes: p.sent }),
        restarts: p.restarts,
        restartReason: p.restartReason,
      };
      if (at - shownAt >= PROGRESS_EVERY_MS || p.restarts !== 0) {
        shownAt = at;
        this.setProgress(id, live);
      }
    };
    const outcome = await this.deps.client.upload.file(file, {
      ...this.deps.uploadOptions,
      uploadName,
      signal,
      onProgress,
    });
    const change = afterUpload(outcome, entry);
    const restarts = 'restarts' in outcome ? outcome.restarts : live.restarts;
    this.update(id, { ...change, transferId: null, restarts });
    if (change.stored) this.files.delete(id);
    if (change.stage === 'importing') await this.importImage(id, uploadName);
    else if (change.stage === 'waiting-catalog')
      this.update(id, { deadline: this.now() + CATALOG_WAIT_MS });
    else this.finish(id, {});
  }

  private async importImage(id: string, uploadName: string): Promise<void> {
    this.update(id, {
      stage: 'importing',
      message: 'Importing the images into the platform…',
      nextStep: null,
    });
    const outcome = await this.deps.client.importContainer(uploadName);
    this.finish(id, afterImport(outcome));
  }
}
