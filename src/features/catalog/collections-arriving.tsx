import { useCallback, useEffect, useState } from 'react';

export type Arriving = 'no' | 'waiting' | 'overdue';

/** After "update extensions", charts are on their way; after `patienceMs` they are overdue. */
export function useCollectionsArriving(patienceMs: number): [Arriving, () => void] {
  const [arriving, setArriving] = useState<Arriving>('no');
  useEffect(() => {
    if (arriving !== 'waiting') return undefined;
    const timer = setTimeout(() => {
      setArriving('overdue');
    }, patienceMs);
    return () => {
      clearTimeout(timer);
    };
  }, [arriving, patienceMs]);
  const expect = useCallback(() => {
    setArriving('waiting');
  }, []);
  return [arriving, expect];
}

/**
 * An empty catalog right after "update extensions": the platform copies the collections' charts in
 * the background and lists them at its next full read (seen: about half a minute). Say so, with
 * progress, until they arrive — or, when they don't, what to check.
 */
export function CollectionsArriving({ overdue }: { overdue: boolean }) {
  return (
    <div className="kh-paper kh-paper--outlined kh-empty" role="status">
      <h2 className="kh-h2 kh-empty__title">
        {overdue ? 'No extensions have arrived yet' : 'Fetching the extension collections…'}
      </h2>
      {overdue ? (
        <p className="kh-empty__last kh-secondary">
          The platform accepted the update, but no charts are listed after a minute and a half.
          Pulling a collection can take longer on a slow network; the list keeps refreshing. If
          nothing arrives, ask your administrator whether extension collections are configured and
          can be pulled from the registry.
        </p>
      ) : (
        <>
          <p className="kh-empty__text kh-secondary">
            The charts are being copied onto the platform. They usually appear here within a minute;
            this page refreshes by itself.
          </p>
          <div
            className="kh-progress"
            role="progressbar"
            aria-label="Fetching the extension collections"
          />
        </>
      )}
    </div>
  );
}
