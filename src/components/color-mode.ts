import { useSyncExternalStore } from 'react';
import { browserStorage } from '../stores/persisted';

export type ColorMode = 'light' | 'dark' | 'system';
type ColorScheme = 'light' | 'dark';

/**
 * The key MUI's ThemeProvider used, as plain text (not `writeStored`'s JSON under its prefix): a
 * choice saved before keeps holding.
 */
const KEY = 'kaapana-extensions-mode';
const DARK_QUERY = '(prefers-color-scheme: dark)';

const listeners = new Set<() => void>();
let mode: ColorMode = 'system';
let started = false;

function readMode(): ColorMode {
  try {
    const saved = browserStorage()?.getItem(KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

function systemScheme(): ColorScheme {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches
    ? 'dark'
    : 'light';
}

function schemeOf(chosen: ColorMode): ColorScheme {
  return chosen === 'system' ? systemScheme() : chosen;
}

/** The scheme goes on `<html>` as a class (`light` / `dark`): theme-vars.css keys on it. */
function apply() {
  const scheme = schemeOf(mode);
  const html = document.documentElement;
  html.classList.remove(scheme === 'dark' ? 'light' : 'dark');
  html.classList.add(scheme);
  for (const listener of listeners) listener();
}

/**
 * Reads the saved choice and puts its scheme on the page before anything renders; then follows
 * the system (while the choice is "system") and other tabs (their choice is saved).
 */
export function startColorMode(): void {
  mode = readMode();
  apply();
  if (started) return;
  started = true;
  if (typeof window.matchMedia === 'function') {
    window.matchMedia(DARK_QUERY).addEventListener('change', () => {
      if (mode === 'system') apply();
    });
  }
  window.addEventListener('storage', (event) => {
    if (event.key !== KEY && event.key !== null) return;
    mode = readMode();
    apply();
  });
}

export function setColorMode(next: ColorMode): void {
  mode = next;
  try {
    browserStorage()?.setItem(KEY, next);
  } catch {
    // Not saved (private mode, storage full): it still holds in this tab.
  }
  apply();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The user's choice (light, dark or following the system). */
export function useColorMode(): ColorMode {
  return useSyncExternalStore(subscribe, () => mode);
}
