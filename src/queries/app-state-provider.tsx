import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { createAppState } from '../stores/app-state';
import { AppStateContext } from '../stores/app-state-context';
import { ACTIVITY_KEY } from '../stores/activity';
import { STORAGE_PREFIX, type KeyValueStorage } from '../stores/persisted';
import { useKubeHelmClient } from './client-context';
import { extensionsQuery } from './extensions';

/**
 * Owns the app's client state and keeps it in step with what kube-helm says: every successful read
 * of the extension list settles pending operations, notes state changes and finishes followed
 * actions (a subscription to the query cache, so the query itself has no side effects).
 */
export function AppStateProvider({
  storage,
  children,
}: {
  storage: KeyValueStorage | null;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const client = useKubeHelmClient();
  const [state] = useState(() => createAppState(storage));

  useEffect(() => {
    const { queryKey } = extensionsQuery(client);
    const hash = hashKey(queryKey);
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      if (event.query.queryHash !== hash) return;
      const rows = queryClient.getQueryData(queryKey);
      if (rows) state.onList(rows, event.query.state.dataUpdatedAt);
    });
  }, [client, queryClient, state]);

  // Another tab of the app wrote the activity log: show what it wrote.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_PREFIX + ACTIVITY_KEY) state.activity.reload();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('storage', onStorage);
    };
  }, [state]);

  return <AppStateContext.Provider value={state}>{children}</AppStateContext.Provider>;
}
