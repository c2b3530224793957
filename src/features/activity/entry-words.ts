import type { ActivityEntry } from '../../stores/activity';

/** Until an action's release settles, what the log is waiting for, in words. */
export function waitingFor(entry: ActivityEntry): string | null {
  if (!entry.follow) return null;
  return entry.follow.kind === 'install' ? 'Waiting until it is ready' : 'Waiting until it is gone';
}

/** When, as people read it: "12 Mar 2025, 14:03". */
export function when(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The text copied for a bug report: the whole entry, with where and in which browser. */
export function bugReport(entry: ActivityEntry): string {
  return JSON.stringify(
    {
      ...entry,
      at: new Date(entry.at).toISOString(),
      page: window.location.href,
      userAgent: navigator.userAgent,
    },
    null,
    2,
  );
}

/** The entry in a few words, for names of its buttons: "Launch seg-review". */
export const entryLabel = (entry: ActivityEntry) => `${entry.action} ${entry.extension}`.trim();
