import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useKubeHelmClient } from '../../queries/client-context';
import { extensionsQuery } from '../../queries/extensions';
import { useActivityLog } from '../../stores/app-state-context';
import { browserStorage, STORAGE_PREFIX } from '../../stores/persisted';
import type { QueueDeps, UploadQueue } from './upload-queue';

/**
 * The uploads of this page, above the routes: they go on while the user moves between places.
 * Only this small provider comes with the app; the queue, the chart reader, the YAML parser and
 * the drop zone load on first use (or at once when a reload left uploads to show or watch).
 */

interface Uploads {
  /** Null until loaded. */
  queue: UploadQueue | null;
  /** Why the uploads' code could not be loaded (the network, or the app updated on the server). */
  failed: Error | null;
  /** Loads the queue (once); null when its code could not be loaded. */
  load: () => Promise<UploadQueue | null>;
}

const UploadsContext = createContext<Uploads | null>(null);

export function useUploads(): Uploads {
  const uploads = useContext(UploadsContext);
  if (!uploads) throw new Error('useUploads outside UploadsProvider');
  return uploads;
}

/** The loaded queue (for the Uploads place's parts, rendered once it is loaded). */
export function useUploadQueue(): UploadQueue {
  const { queue } = useUploads();
  if (!queue) throw new Error('the upload queue is not loaded yet');
  return queue;
}

const loadRuntime = () => import('./upload-runtime');
type Runtime = Awaited<ReturnType<typeof loadRuntime>>;

export function UploadsProvider({
  children,
  options,
}: {
  children: ReactNode;
  /** Tests: upload options (chunk size, restart pauses) and a clock. */
  options?: Pick<QueueDeps, 'uploadOptions' | 'now'>;
}) {
  const client = useKubeHelmClient();
  const queryClient = useQueryClient();
  const activity = useActivityLog();
  const [loaded, setLoaded] = useState<{ queue: UploadQueue; runtime: Runtime } | null>(null);
  const [failed, setFailed] = useState<Error | null>(null);
  const loading = useRef<Promise<UploadQueue | null> | null>(null);
  const load = useCallback(() => {
    loading.current ??= loadRuntime().then((runtime) => {
      const storage = browserStorage();
      const queue = runtime.createQueue({
        client,
        storage,
        catalog: async () => {
          try {
            return await queryClient.query({ ...extensionsQuery(client), staleTime: 10_000 });
          } catch {
            return null;
          }
        },
        record: (entry) => activity.record(entry),
        uploadOptions: { chunkSize: runtime.chunkSizeSetting(storage) },
        ...options,
      });
      setLoaded({ queue, runtime });
      setFailed(null);
      return queue;
    }, onLoadFailure);
    return loading.current;
  }, [client, queryClient, activity, options]);
  useEffect(() => {
    // A reload left uploads to show, revert or watch for in the catalog.
    const stored = browserStorage()?.getItem(`${STORAGE_PREFIX}uploads`) ?? '[]';
    if (stored !== '[]') void load();
  }, [load]);
  function onLoadFailure(error: unknown): null {
    // The next use asks again.
    loading.current = null;
    setFailed(error instanceof Error ? error : new Error(String(error)));
    return null;
  }
  const value = useMemo(
    () => ({ queue: loaded?.queue ?? null, failed, load }),
    [loaded, failed, load],
  );
  const Effects = loaded?.runtime.QueueEffects;
  return (
    <UploadsContext.Provider value={value}>
      {children}
      {loaded && Effects ? <Effects queue={loaded.queue} /> : null}
    </UploadsContext.Provider>
  );
}
