/**
 * A part of the app that loads on demand (a dialog, a menu, a page) could not be fetched: the
 * network failed, or the app was updated on the server since this page was opened (its old parts
 * are gone). Browsers word it differently; all of them mean the same.
 */
export function isLoadFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS|Failed to load module script/i.test(
    error.message,
  );
}

const WHY =
  'The network failed, or Kaapana Extensions was updated on the server since this page was opened. ' +
  'Nothing was changed on the platform.';

/** What to tell the user about a part of the app that could not be loaded. */
export const LOAD_FAILURE_HELP = `${WHY} Reload the page to continue.`;

/** The same, for a file whose checks could not be loaded (it has to be added again). */
export const LOAD_FAILURE_HELP_FOR_FILE = `${WHY} Reload the page to add the file again.`;
