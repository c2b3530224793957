import { z } from '../contract/zod';
import { createStore, type Store } from './external-store';
import { readStored, writeStored, type KeyValueStorage } from './persisted';

const severitySchema = z.enum(['success', 'info', 'warning', 'error']);

/** Watching a release after an action, until it settles (ready, failed, gone). */
const followSchema = z.object({
  kind: z.enum(['install', 'uninstall']),
  /** Give up watching after this time (ms since epoch). */
  until: z.number(),
});

const activityEntrySchema = z.object({
  id: z.string(),
  at: z.number(),
  /** What was done, in words: "Install", "Launch", "Uninstall", "Update extensions", … */
  action: z.string(),
  /** What the user sees it as: the display name of the extension, of a launched instance, or the file. */
  extension: z.string(),
  /** For a launched instance: the display name of the extension it is an instance of. */
  instanceOf: z.optional(z.string()),
  version: z.string(),
  releaseName: z.string(),
  /** How it ended, in words: "Requested", "Ready", "Failed", "Removed", … */
  outcome: z.string(),
  severity: severitySchema,
  message: z.string(),
  /** What was sent and what came back, for a bug report. */
  details: z.unknown(),
  follow: z.optional(followSchema),
});

export type ActivityEntry = z.output<typeof activityEntrySchema>;
export type ActivitySeverity = z.output<typeof severitySchema>;
export type NewActivity = Omit<ActivityEntry, 'id' | 'at'>;

/** Entries that still read as entries; a damaged one is dropped, not the whole log. */
const storedLogSchema = z.pipe(
  z.array(z.unknown()),
  z.transform((items) => items.flatMap((item) => activityEntrySchema.safeParse(item).data ?? [])),
);

export const ACTIVITY_KEY = 'activity';
const LIMIT = 200;

export interface ActivityLog {
  /** Newest first. */
  readonly entries: Store<readonly ActivityEntry[]>;
  /** Adds an entry; returns its id. */
  record(entry: NewActivity): string;
  update(id: string, change: Partial<NewActivity>): void;
  clear(): void;
  /** Reads the log again (another tab of the app wrote it). */
  reload(): void;
}

export function createActivityLog(
  storage: KeyValueStorage | null,
  now: () => number = Date.now,
): ActivityLog {
  const load = () => readStored(storage, ACTIVITY_KEY, storedLogSchema, []).slice(0, LIMIT);
  const entries = createStore<readonly ActivityEntry[]>(load(), (value) => {
    writeStored(storage, ACTIVITY_KEY, value);
  });
  let sequence = 0;
  return {
    entries,
    record(entry) {
      sequence += 1;
      const at = now();
      const id = `${String(at)}-${String(sequence)}-${Math.random().toString(36).slice(2, 8)}`;
      entries.set((list) => [{ ...entry, id, at }, ...list].slice(0, LIMIT));
      return id;
    },
    update(id, change) {
      entries.set((list) =>
        list.some((e) => e.id === id)
          ? list.map((e) => (e.id === id ? { ...e, ...change } : e))
          : list,
      );
    },
    clear() {
      entries.set(() => []);
    },
    reload() {
      entries.set(() => load());
    },
  };
}
