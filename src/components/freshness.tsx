import { memo, useEffect, useState, type ReactNode } from 'react';
import { PlainIcon } from './plain-icon';
import './plain.css';
import './plain-page.css';

/** The time now, updated every `everyMs` (for "12 s ago" texts). */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, everyMs);
    return () => {
      clearInterval(timer);
    };
  }, [everyMs]);
  return now;
}

export function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 5) return 'just now';
  if (s < 60) return `${String(s)} s ago`;
  const m = Math.round(s / 60);
  if (m < 60) return `${String(m)} min ago`;
  return `${String(Math.round(m / 60))} h ago`;
}

function updatedWords(updatedAt: number, now: number): string {
  // Before the first answer, the page itself says "Loading…" or why it failed.
  return updatedAt > 0 ? `Updated ${ago(now - updatedAt)}` : '';
}

/**
 * "Updated 12 s ago". It re-renders when those words change, not on every tick of its clock
 * and not when anything else on the page does.
 */
export const UpdatedAgo = memo(function UpdatedAgo({ updatedAt }: { updatedAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      const next = Date.now();
      setNow((shown) =>
        updatedWords(updatedAt, shown) === updatedWords(updatedAt, next) ? shown : next,
      );
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, [updatedAt]);
  return <Words text={updatedWords(updatedAt, Math.max(now, updatedAt))} />;
});

/** The words themselves: a read that leaves them as they were ("just now") renders nothing here. */
const Words = memo(function Words({ text }: { text: string }) {
  return <p className="kh-body2 kh-secondary kh-nowrap">{text}</p>;
});

/**
 * Reads again now. The icon turns until the reads the user asked for have ended (`onRefresh`'s
 * promise); the polls that run by themselves do not make it move, so an unchanged poll renders
 * nothing here. It is never disabled (that would drop the keyboard's focus): a press during a read
 * starts the read again, so that what comes is read after the press.
 */
export const RefreshButton = memo(function RefreshButton({
  onRefresh,
}: {
  onRefresh: () => unknown;
}) {
  const [asked, setAsked] = useState(0);
  return (
    <button
      type="button"
      className="kh-icon-btn"
      aria-label="Refresh now"
      data-tip="label"
      aria-busy={asked > 0}
      onClick={() => {
        setAsked((n) => n + 1);
        void Promise.resolve(onRefresh())
          .catch(() => undefined)
          .finally(() => {
            setAsked((n) => n - 1);
          });
      }}
    >
      <span className={asked > 0 ? 'kh-turning' : undefined}>
        <PlainIcon name="refresh" size="small" />
      </span>
    </button>
  );
});

/** Lays out "Updated … ago" and its refresh button. */
export function FreshnessRow({ children }: { children: ReactNode }) {
  return <div className="kh-freshness">{children}</div>;
}

/** "Updated 12 s ago", and a way to look again now. */
export function Freshness({
  updatedAt,
  onRefresh,
}: {
  updatedAt: number;
  /** Reads again; the promise (if any) ends with the read. */
  onRefresh: () => unknown;
}) {
  return (
    <FreshnessRow>
      <UpdatedAgo updatedAt={updatedAt} />
      <RefreshButton onRefresh={onRefresh} />
    </FreshnessRow>
  );
}
