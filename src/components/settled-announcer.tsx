import { useEffect, useRef, useState } from 'react';
import { useActivityLog } from '../stores/app-state-context';

/**
 * Tells screen readers, politely, when a release someone acted on has settled ("Extension
 * Development Kit: Ready. It is up and running."): the moment a followed activity entry ends.
 */
export function SettledAnnouncer() {
  const log = useActivityLog();
  const [message, setMessage] = useState('');
  const following = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const update = () => {
      const entries = log.entries.get();
      const settled = entries.filter((e) => following.current.has(e.id) && !e.follow);
      following.current = new Set(entries.filter((e) => e.follow).map((e) => e.id));
      const latest = settled[0];
      if (latest) setMessage(`${latest.extension}: ${latest.outcome}. ${latest.message}`);
    };
    update();
    return log.entries.subscribe(update);
  }, [log]);
  return (
    <div className="kh-visually-hidden" aria-live="polite">
      {message}
    </div>
  );
}
