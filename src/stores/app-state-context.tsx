import { createContext, useContext, useMemo } from 'react';
import type { Observations } from '../domain/observations';
import { seenSinceOf } from '../domain/observations';
import type { SeenSince } from '../domain/catalog/attention';
import type { PendingOperation } from '../domain/pending';
import type { AppState } from './app-state';
import { useStore } from './external-store';

export const AppStateContext = createContext<AppState | null>(null);

/** The app's client state (see stores/app-state.ts); provided by `AppStateProvider`. */
export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState outside AppStateProvider');
  return state;
}

export function usePendingOperations(): readonly PendingOperation[] {
  return useStore(useAppState().pending);
}

export function useObservations(): Observations {
  return useStore(useAppState().observations);
}

/** Since when each release is in its state, as the attention rules read it. */
export function useSeenSince(): SeenSince {
  const observations = useObservations();
  return useMemo(() => seenSinceOf(observations), [observations]);
}

/** What the stuck-release notice was hidden for (stores/hidden-notices.ts). */
export function useHiddenNotices() {
  return useAppState().hiddenNotices;
}

export function useActivityLog() {
  return useAppState().activity;
}
