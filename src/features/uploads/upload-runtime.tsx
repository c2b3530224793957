import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useKubeHelmClient } from '../../queries/client-context';
import { extensionsQuery } from '../../queries/extensions';
import { useStore } from '../../stores/external-store';
import { BUSY_STAGES } from './upload-entry';
import { UploadQueue, type QueueDeps } from './upload-queue';

/**
 * The part of the uploads that loads on first use (the Uploads place, or stored uploads after a
 * reload): the queue itself, and what runs beside the routes while it works.
 */

export function createQueue(deps: QueueDeps): UploadQueue {
  return new UploadQueue(deps);
}

/** Asks before the page is left mid-upload, and watches the catalog for uploaded charts. */
export function QueueEffects({ queue }: { queue: UploadQueue }) {
  const entries = useStore(queue.entries);
  const busy = entries.some((e) => BUSY_STAGES.includes(e.stage));
  const waiting = entries.some((e) => e.stage === 'waiting-catalog');
  useEffect(() => {
    queue.start();
  }, [queue]);
  useEffect(() => {
    if (!busy) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => {
      window.removeEventListener('beforeunload', ask);
    };
  }, [busy]);
  return waiting ? <CatalogWatcher queue={queue} /> : null;
}

/** Reads the catalog every few seconds while an uploaded chart is expected in it. */
function CatalogWatcher({ queue }: { queue: UploadQueue }) {
  const client = useKubeHelmClient();
  const { data, dataUpdatedAt, errorUpdatedAt } = useQuery({
    ...extensionsQuery(client),
    refetchInterval: 3_000,
  });
  useEffect(() => {
    queue.catalogRead(data ?? null, Math.max(dataUpdatedAt, errorUpdatedAt));
  }, [queue, data, dataUpdatedAt, errorUpdatedAt]);
  return null;
}
export { chunkSizeSetting } from './upload-settings';
