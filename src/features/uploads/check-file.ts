import { classifyFile, SIGNATURE_BYTES } from '../../domain/upload/file-kind';
import type { CatalogEntry } from '../../domain/upload/platform-checks';
import type { UploadEntry } from './upload-entry';

/**
 * The first look at a dropped file: its kind by name and content, and for a chart the whole
 * pre-flight (its reader and YAML parser load only now, never with the app).
 */

export type CheckResult = Pick<
  UploadEntry,
  'kind' | 'stage' | 'report' | 'uploadName' | 'message' | 'nextStep'
>;

const loadPreflight = () => import('../../domain/upload/preflight');

export async function checkFile(
  file: File,
  catalog: () => Promise<readonly CatalogEntry[] | null>,
  choices: UploadEntry['choices'],
): Promise<CheckResult> {
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer());
  } catch {
    return unreadable(file.name);
  }
  const verdict = classifyFile(file.name, file.size, head);
  if (!verdict.ok) {
    return {
      kind: null,
      stage: 'refused',
      report: null,
      uploadName: null,
      message: verdict.reason,
      nextStep: verdict.nextStep,
    };
  }
  if (verdict.kind === 'image') {
    return {
      kind: 'image',
      stage: 'queued',
      report: null,
      uploadName: file.name,
      message: null,
      nextStep: null,
    };
  }
  const { inspectChartFile, preflight } = await loadPreflight();
  let read: Awaited<ReturnType<typeof inspectChartFile>>;
  try {
    read = await inspectChartFile(file);
  } catch {
    return unreadable(file.name);
  }
  if (!read.ok) {
    return {
      kind: 'chart',
      stage: 'blocked',
      report: null,
      uploadName: null,
      message: read.reason,
      nextStep: read.nextStep,
    };
  }
  const report = preflight(read.inspection, file.name, { catalog: await catalog() });
  return { kind: 'chart', report, ...(await decide(report, file.name, choices)) };
}

/** Where a checked chart stands given the user's choices. */
export async function decide(
  report: NonNullable<UploadEntry['report']>,
  fileName: string,
  choices: UploadEntry['choices'],
): Promise<Pick<UploadEntry, 'stage' | 'uploadName' | 'message' | 'nextStep'>> {
  const { readiness } = await loadPreflight();
  const ready = readiness(report, fileName, choices);
  switch (ready.kind) {
    case 'ready':
      return { stage: 'queued', uploadName: ready.uploadName, message: null, nextStep: null };
    case 'kept':
      return {
        stage: 'kept',
        uploadName: null,
        message: 'Kept the chart that is in the catalog; this file was not uploaded.',
        nextStep: null,
      };
    case 'needs-choice':
      return { stage: 'needs-choice', uploadName: null, message: null, nextStep: null };
    case 'blocked':
      return {
        stage: 'blocked',
        uploadName: null,
        message: `Not uploaded: ${ready.checks.map((c) => c.summary).join(' ')}`,
        nextStep: 'Fix the chart as described below, package it again and add the new file.',
      };
  }
}

function unreadable(name: string): CheckResult {
  return {
    kind: null,
    stage: 'refused',
    report: null,
    uploadName: null,
    message: `"${name}" could not be read. It may have been moved or changed while it was being added.`,
    nextStep: 'Add the file again.',
  };
}
