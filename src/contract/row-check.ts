import type { ExtensionRow } from './schemas';

/**
 * A quick reading of one `GET /extensions` entry for the common case: an entry exactly as kube-helm
 * sends it, with nothing extra and nothing to convert, is its own reading. It is checked field by
 * field, in place, against the same rules as `extensionRowSchema`, and handed on as it is — no
 * copy, which at 10,000 rows saves both the schema's per-field bookkeeping and the garbage of a
 * second set of objects.
 *
 * `undefined` means "not the common case", not "bad": the entry then goes through the schema,
 * which strips extra keys, converts chart text written as numbers, and says what is wrong.
 * Whatever this accepts, the schema accepts and reads to an equal value
 * (`row-check.test.ts` holds the two together over the fixtures, the captures and mutated lists).
 */
export function quickRow(item: object): ExtensionRow | undefined {
  const row = item as Record<string, unknown>;
  const { successful } = row;
  const ok =
    isRecordOf(row.available_versions, isVersionEntry) &&
    typeof row.chart_name === 'string' &&
    typeof row.name === 'string' &&
    typeof row.releaseName === 'string' &&
    typeof row.description === 'string' &&
    typeof row.display_name === 'string' &&
    isYesNo(row.experimental) &&
    isYesNo(row.multiinstallable) &&
    isYesNo(row.installed) &&
    (row.kind === 'dag' || row.kind === 'application' || row.kind === 'platform') &&
    (row.resourceRequirement === 'cpu' || row.resourceRequirement === 'gpu') &&
    isTexts(row.keywords) &&
    (row.annotations === null || isRecordOf(row.annotations, isText)) &&
    (row.extension_params === null || isRecordOf(row.extension_params, isParam)) &&
    (row.helmStatus === null || typeof row.helmStatus === 'string') &&
    (row.kubeStatus === null || row.kubeStatus === '' || isTexts(row.kubeStatus)) &&
    (successful === undefined ||
      successful === null ||
      successful === 'yes' ||
      successful === 'pending' ||
      successful === '') &&
    isTexts(row.links) &&
    typeof row.version === 'string' &&
    typeof row.latest_version === 'string' &&
    isTexts(row.versions) &&
    ownKeys(row) === ROW_KEYS + (Object.hasOwn(row, 'successful') ? 1 : 0);
  return ok ? (item as ExtensionRow) : undefined;
}

/** The row's keys besides the optional `successful`. */
const ROW_KEYS = 20;

type Check = (value: unknown) => boolean;

const isText: Check = (value) => typeof value === 'string';

const isYesNo: Check = (value) => value === 'yes' || value === 'no';

/** A JSON object: not null, not a list. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTexts(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

/**
 * How many keys an object has, or -1 when one of them is `__proto__` (the schema treats that one
 * specially; leave such an entry to it).
 */
function ownKeys(value: object): number {
  let count = 0;
  for (const key in value) {
    if (key === '__proto__') return -1;
    count++;
  }
  return count;
}

function isRecordOf(value: unknown, check: Check): boolean {
  if (!isObject(value)) return false;
  for (const key in value) {
    if (key === '__proto__' || !check(value[key])) return false;
  }
  return true;
}

function isVersionEntry(value: unknown): boolean {
  if (!isObject(value) || !Array.isArray(value.deployments) || ownKeys(value) !== 1) return false;
  for (const deployment of value.deployments) if (!isDeployment(deployment)) return false;
  return true;
}

function isDeployment(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { kube_status: kubeStatus, kube_info: kubeInfo } = value;
  return (
    typeof value.deployment_id === 'string' &&
    typeof value.helm_status === 'string' &&
    isHelmInfo(value.helm_info) &&
    (kubeStatus === '' || kubeStatus === 'unknown' || isTexts(kubeStatus)) &&
    (kubeInfo === null || isKubeInfo(kubeInfo)) &&
    isTexts(value.links) &&
    typeof value.ready === 'boolean' &&
    ownKeys(value) === 7
  );
}

function isHelmInfo(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.app_version === 'string' &&
    typeof value.chart === 'string' &&
    typeof value.name === 'string' &&
    typeof value.namespace === 'string' &&
    typeof value.revision === 'string' &&
    typeof value.status === 'string' &&
    typeof value.updated === 'string' &&
    ownKeys(value) === 7
  );
}

function isKubeInfo(value: unknown): boolean {
  return (
    isObject(value) &&
    isTexts(value.name) &&
    isTexts(value.ready) &&
    isTexts(value.status) &&
    isTexts(value.restarts) &&
    isTexts(value.age) &&
    isRecordOf(value.annotations, isText) &&
    ownKeys(value) === 6
  );
}

/** Chart text that needs no conversion: absent, or already a string. */
const isPlainText = (value: unknown) => value === undefined || typeof value === 'string';

/** A parameter keeps its extra keys (the schema's is a loose object), so only its own are checked. */
function isParam(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.type === 'string' &&
    typeof value.required === 'boolean' &&
    isPlainText(value.definition) &&
    isPlainText(value.help) &&
    isPlainText(value.title) &&
    isPlainText(value.html) &&
    ownKeys(value) >= 0
  );
}
