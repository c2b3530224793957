import type { ExtensionRow } from '../contract/schemas';
import { FOLLOW_MS, settlementOf } from '../domain/follow-up';
import { recordObservations, type Observations } from '../domain/observations';
import { openOperations, type PendingOperation } from '../domain/pending';
import { createActivityLog, type ActivityLog } from './activity';
import type { Store } from './external-store';
import { createHiddenNoticesStore } from './hidden-notices';
import { createObservationsStore } from './observations';
import { createPendingStore } from './pending';
import type { KeyValueStorage } from './persisted';

/**
 * The client state of one app: what it asked for and waits to see, since when each release is in
 * its state, and the activity log. Created by the provider that owns it (one per app, one per test).
 */
export interface AppState {
  readonly pending: Store<readonly PendingOperation[]>;
  readonly observations: Store<Observations>;
  readonly activity: ActivityLog;
  /** What the stuck-release notice was hidden for. */
  readonly hiddenNotices: Store<readonly string[]>;
  /** Show an operation at once, until the list shows it (replaces one on the same release). */
  addPending(op: PendingOperation): void;
  /** Watch a logged action's release until it settles, then write how it ended into its entry. */
  follow(entryId: string, kind: 'install' | 'uninstall', at: number): void;
  /** A fresh read of the list: settle operations, note state changes, finish followed actions. */
  onList(rows: readonly ExtensionRow[], now: number): void;
}

export function createAppState(storage: KeyValueStorage | null): AppState {
  const pending = createPendingStore(storage);
  const observations = createObservationsStore(storage);
  const activity = createActivityLog(storage);
  const hiddenNotices = createHiddenNoticesStore(storage);
  // The rows last recorded and what they gave: the identical answer again changes nothing.
  let recorded: { rows: readonly ExtensionRow[]; observations: Observations } | null = null;
  return {
    pending,
    observations,
    activity,
    hiddenNotices,
    addPending(op) {
      pending.set((ops) => [...ops.filter((o) => o.releaseName !== op.releaseName), op]);
    },
    follow(entryId, kind, at) {
      activity.update(entryId, { follow: { kind, until: at + FOLLOW_MS } });
    },
    onList(rows, now) {
      observations.set((before) => {
        if (recorded?.rows === rows && recorded.observations === before) return before;
        const after = recordObservations(before, rows, now);
        recorded = { rows, observations: after };
        return after;
      });
      pending.set((ops) => {
        const open = openOperations(ops, rows, now);
        return open.length === ops.length ? ops : open;
      });
      for (const entry of activity.entries.get()) {
        if (!entry.follow) continue;
        const settled = settlementOf(
          { ...entry.follow, releaseName: entry.releaseName, at: entry.at },
          rows,
          now,
        );
        if (settled) {
          // The first report (e.g. "install requested") stays in the details.
          const details = { ...(entry.details as object | null), firstReport: entry.message };
          activity.update(entry.id, { ...settled, details, follow: undefined });
        }
      }
    },
  };
}
