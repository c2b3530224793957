import { createStore } from './external-store';

/** One thing the user did, and how it ended. */
export interface ActivityEntry {
  id: string;
  at: number;
  action: string;
  /** Display name of the extension. */
  extension: string;
  version: string;
  releaseName: string;
  outcome: string;
  severity: 'success' | 'info' | 'warning' | 'error';
  message: string;
  /** What was sent and what came back, for a bug report. */
  details: unknown;
}

const KEY = 'kaapana-extensions.activity';
const LIMIT = 200;

function load(): ActivityEntry[] {
  try {
    if (typeof localStorage === 'undefined') return [];
    const raw = localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as ActivityEntry[]).slice(0, LIMIT) : [];
  } catch {
    return [];
  }
}

function save(entries: readonly ActivityEntry[]): void {
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Storage full or denied: the log still works for this page.
  }
}

/** The activity log, newest first, kept in this browser across reloads. */
export const activityLog = createStore<readonly ActivityEntry[]>(load(), save);

export function recordActivity(entry: Omit<ActivityEntry, 'id' | 'at'>): void {
  const full: ActivityEntry = {
    ...entry,
    id: `${String(Date.now())}-${Math.random().toString(36).slice(2, 8)}`,
    at: Date.now(),
  };
  activityLog.set((entries) => [full, ...entries].slice(0, LIMIT));
}

export function clearActivity(): void {
  activityLog.set(() => []);
}

// Another tab of the app wrote the log: show what it wrote.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === KEY) activityLog.set(() => load());
  });
}
