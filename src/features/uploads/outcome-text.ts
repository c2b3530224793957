import {
  explainApiError,
  type ApiError,
  type ImportContainerOutcome,
  type UploadOutcome,
} from '../../api';
import type { UploadEntry } from './upload-entry';

/** What an upload or an import ended in, in plain words for the list and the activity log. */

export interface EntryChange {
  stage: UploadEntry['stage'];
  message: string;
  nextStep: string | null;
  stored?: boolean;
}

export interface LogWords {
  outcome: string;
  severity: 'success' | 'info' | 'warning' | 'error';
}

const times = (n: number) => (n === 1 ? 'once' : `${String(n)} times`);

function failure(error: ApiError, restarts: number): Pick<EntryChange, 'message' | 'nextStep'> {
  const { title, nextStep } = explainApiError(error);
  if (error.kind === 'http' && error.status === 413) {
    return {
      message: 'The platform refused a piece of the file as too large.',
      nextStep:
        'Ask the administrator to allow larger requests to the extension service, or use smaller upload pieces (see the README).',
    };
  }
  const said =
    error.kind === 'http'
      ? `The platform answered ${String(error.status)}${error.serverMessage ? ` (${error.serverMessage})` : ''}.`
      : title;
  const gateway = error.kind === 'http' && error.status !== null && error.status >= 500;
  return {
    message:
      restarts > 0 ? `${said} It was started over ${times(restarts)} and failed each time.` : said,
    nextStep: gateway
      ? 'Try again in a moment. If it keeps failing, the extension service may be restarting or overloaded: ask an administrator.'
      : nextStep || 'Try again. If it keeps failing, check the connection to the platform.',
  };
}

export function afterUpload(outcome: UploadOutcome, entry: UploadEntry): EntryChange {
  switch (outcome.kind) {
    case 'stored':
      return entry.kind === 'image'
        ? {
            stage: 'importing',
            message: 'Uploaded. Importing the images into the platform…',
            nextStep: null,
            stored: true,
          }
        : {
            stage: 'waiting-catalog',
            message: 'Uploaded. Waiting for the catalog to list it…',
            nextStep: null,
            stored: true,
          };
    case 'rejected':
      return {
        stage: 'failed',
        message: `The platform refused the file: ${outcome.error.serverMessage.replace(/^Filepond upload failed:\s*/, '')}.`,
        nextStep:
          'The platform keeps a refused file, so it may still appear in the catalog and fail to install. Fix the chart and upload it again (that replaces the file), or ask an administrator to remove it.',
        stored: true,
      };
    case 'failed':
      return { stage: 'failed', ...failure(outcome.error, outcome.restarts) };
    case 'cancelled':
      return {
        stage: 'cancelled',
        message: outcome.mayBeStored
          ? 'Cancelled at the very end: the whole file may have arrived, and then it stays on the platform.'
          : 'Cancelled. What had arrived was discarded on the platform.',
        nextStep: null,
        stored: outcome.mayBeStored,
      };
  }
}

export function afterImport(outcome: ImportContainerOutcome): EntryChange {
  switch (outcome.kind) {
    case 'imported':
      return {
        stage: 'available',
        message: `Imported: ${outcome.message}. Charts that use these images can now start on this platform.`,
        nextStep: null,
      };
    case 'outcome-unknown':
      return {
        stage: 'failed',
        message:
          'The import got no answer in time. The platform may still be importing the images.',
        nextStep:
          'Wait a few minutes and import again; importing the same archive twice does no harm.',
      };
    case 'failed':
      return {
        stage: 'failed',
        message: `The import failed: ${outcome.error.serverMessage || explainApiError(outcome.error).title}`,
        nextStep:
          'Check that the file is what `docker save` wrote (a plain .tar of images, tagged with the registry and version the charts use), then upload it again.',
      };
  }
}

export const notListed = (name: string, version: string): EntryChange => ({
  stage: 'not-listed',
  message: `The chart was uploaded, but ${name} ${version} did not appear in the catalog.`,
  nextStep:
    'The catalog can lag behind by half a minute: look again shortly. If it stays missing, check Chart.yaml (an extension keyword, a description) and values.yaml (a global: section), and whether the platform lists its charts at all.',
});

export const listed = (name: string, version: string): EntryChange => ({
  stage: 'available',
  message: `${name} ${version} is in the catalog.`,
  nextStep: null,
});

/** The activity log's words for an entry that reached the end. */
export function logWords(entry: UploadEntry): LogWords {
  switch (entry.stage) {
    case 'available':
      return { outcome: entry.kind === 'image' ? 'Imported' : 'Listed', severity: 'success' };
    case 'not-listed':
      return { outcome: 'Uploaded, not listed', severity: 'warning' };
    case 'cancelled':
      return { outcome: 'Cancelled', severity: 'info' };
    default:
      if (!entry.stored) return { outcome: 'Failed', severity: 'error' };
      return { outcome: entry.kind === 'image' ? 'Import failed' : 'Refused', severity: 'error' };
  }
}
