import { z } from '../../contract/zod';

/** One file in the uploads list, as kept across reloads (validated when read back). */

export const STAGES = [
  /** Reading the file: its signature, and for a chart the pre-flight. */
  'checking',
  /** Not a chart or an image archive. */
  'refused',
  /** A chart that failed a blocking check: not uploaded. */
  'blocked',
  /** The user has to choose (right file name, keep or replace). */
  'needs-choice',
  /** The user kept the catalog's version: nothing uploaded. */
  'kept',
  'queued',
  'uploading',
  /** An image archive being imported into the container runtime. */
  'importing',
  /** A chart stored on the platform, not yet in the catalog. */
  'waiting-catalog',
  /** Imported, or listed in the catalog. */
  'available',
  /** A chart stored but not listed within the time the catalog needs. */
  'not-listed',
  'failed',
  'cancelled',
  /** Cut off by a reload of the page. */
  'interrupted',
] as const;

export type Stage = (typeof STAGES)[number];

/** Stages in which the file is being worked on: leaving the page asks first. */
export const BUSY_STAGES: readonly Stage[] = ['checking', 'queued', 'uploading', 'importing'];
/** Stages that need the file itself (lost when the page reloads). */
export const NEEDS_FILE: readonly Stage[] = ['checking', 'needs-choice', 'queued', 'uploading'];
export const FINISHED_STAGES: readonly Stage[] = [
  'refused',
  'blocked',
  'kept',
  'available',
  'not-listed',
  'failed',
  'cancelled',
  'interrupted',
];

const partSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('platform'), key: z.string(), label: z.string() }),
  z.object({ kind: z.literal('unknown'), expression: z.string() }),
]);

const checkSchema = z.object({
  id: z.enum([
    'chart',
    'version',
    'keywords',
    'description',
    'global',
    'file-name',
    'admin-namespace',
    'catalog',
    'params',
    'coverage',
  ]),
  status: z.enum(['ok', 'blocking', 'warning', 'decision']),
  title: z.string(),
  summary: z.string(),
  details: z.array(z.string()),
  fix: z.optional(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('rename'), to: z.string() }),
      z.object({ kind: z.literal('keep-or-replace') }),
    ]),
  ),
});

const summarySchema = z.object({
  name: z.string(),
  version: z.string(),
  appVersion: z.string(),
  description: z.nullable(z.string()),
  displayName: z.nullable(z.string()),
  keywords: z.array(z.string()),
  kind: z.nullable(z.enum(['workflow', 'application', 'platform'])),
  experimental: z.boolean(),
  gpu: z.boolean(),
  multiInstallable: z.boolean(),
  params: z.array(
    z.object({ key: z.string(), type: z.string(), label: z.string(), defaultText: z.string() }),
  ),
});

export const reportSchema = z.object({
  summary: z.nullable(summarySchema),
  checks: z.array(checkSchema),
  images: z.array(
    z.object({
      parts: z.array(partSchema),
      display: z.string(),
      sources: z.array(z.string()),
      complete: z.boolean(),
    }),
  ),
});

export const entrySchema = z.object({
  id: z.string(),
  fileName: z.string(),
  size: z.number(),
  kind: z.nullable(z.enum(['chart', 'image'])),
  stage: z.enum(STAGES),
  addedAt: z.number(),
  updatedAt: z.number(),
  /** The name on the server (the file's own, or the one the chart needs). */
  uploadName: z.nullable(z.string()),
  report: z.nullable(reportSchema),
  choices: z.object({ rename: z.boolean(), existing: z.nullable(z.enum(['keep', 'replace'])) }),
  /** What happened, in plain words (the server's message where there is one). */
  message: z.nullable(z.string()),
  /** What to do next. */
  nextStep: z.nullable(z.string()),
  restarts: z.number(),
  /** The server's id of a running transfer: reverted if the page reloads mid-way. */
  transferId: z.nullable(z.string()),
  /** The file is on the platform (so an image can be imported again without uploading). */
  stored: z.boolean(),
  /** Waiting for the catalog until then (ms since epoch). */
  deadline: z.nullable(z.number()),
});

export type UploadEntry = z.output<typeof entrySchema>;

/** Entries that still read as entries; a damaged one is dropped, not the list. */
export const storedEntriesSchema = z.pipe(
  z.array(z.unknown()),
  z.transform((items) => items.flatMap((item) => entrySchema.safeParse(item).data ?? [])),
);

export const UPLOADS_KEY = 'uploads';
/** How many entries the list keeps (newest first). */
export const UPLOADS_LIMIT = 50;

/**
 * What a reload leaves of an entry: work that needed the file in memory, or a request that was
 * under way, is interrupted, with what to do next.
 */
export function afterReload(entry: UploadEntry, now: number): UploadEntry {
  const interrupted = (message: string, nextStep: string): UploadEntry => ({
    ...entry,
    stage: 'interrupted',
    message,
    nextStep,
    updatedAt: now,
    transferId: null,
  });
  switch (entry.stage) {
    case 'checking':
    case 'needs-choice':
    case 'queued':
      return interrupted(
        'The page was reloaded before this file was uploaded; nothing was sent.',
        'Add the file again to upload it.',
      );
    case 'uploading':
      return interrupted(
        'The page was reloaded while this file was uploading, so the upload stopped. What had arrived was discarded on the platform.',
        'Add the file again: it uploads from the start.',
      );
    case 'importing':
      return interrupted(
        'The page was reloaded while the images were being imported. The platform may have finished the import anyway.',
        'Import again to be sure; importing the same archive twice does no harm.',
      );
    default:
      return entry;
  }
}
