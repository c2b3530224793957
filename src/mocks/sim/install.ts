import { MULTI_INSTALL_KEYWORD } from '../../contract/keywords';
import type { ChartFile, Project, Release } from './model';
import { detail, isRecord, parseJsonBody, text, type SimReply } from './reply';

/** A parsed, checked `POST /helm-install-chart` body, or kube-helm's answer to a bad one. */
export interface InstallPlan {
  name: string;
  version: string;
  keywords: string[];
  /** The keywords came in the payload (only then is the Project header read). */
  keywordsSent: boolean;
  params: Record<string, unknown>;
  releaseName: string | null;
  project: Project | null;
}

export function planInstall(
  body: string,
  projectHeader: string | null,
  chartKeywords: (name: string, version: string) => string[] | null,
): InstallPlan | SimReply {
  const parsed = parseJsonBody(body);
  if (!parsed.ok) return detail(500, `Chart install failed ${parsed.message}`);
  const payload = parsed.value;
  if (!isRecord(payload))
    return detail(500, "Chart install failed 'list' object has no attribute 'get'");
  for (const key of ['name', 'version']) {
    if (!(key in payload)) {
      return text(
        400,
        `Chart install failed, bad request Required key '${key}' not found in payload`,
      );
    }
  }
  const name = String(payload.name);
  const version = String(payload.version);
  const keywordsSent = Array.isArray(payload.keywords);
  const keywords = keywordsSent
    ? (payload.keywords as unknown[]).map(String)
    : (chartKeywords(name, version) ?? []);
  if (payload.extension_params === null) {
    return detail(500, "Chart install failed 'NoneType' object has no attribute 'items'");
  }
  const params = payload.extension_params ?? {};
  if (!isRecord(params))
    return detail(500, "Chart install failed 'list' object has no attribute 'items'");

  let project: Project | null = null;
  if (keywordsSent && keywords.includes(MULTI_INSTALL_KEYWORD)) {
    if (projectHeader === null) {
      return detail(
        500,
        'Chart install failed the JSON object must be str, bytes or bytearray, not NoneType',
      );
    }
    const header = parseJsonBody(projectHeader);
    if (!header.ok) return detail(500, `Chart install failed ${header.message}`);
    if (!isRecord(header.value))
      return detail(500, 'Chart install failed string indices must be integers');
    for (const key of ['id', 'name']) {
      if (!(key in header.value)) return detail(500, `Chart install failed '${key}'`);
    }
    project = { id: String(header.value.id), name: String(header.value.name) };
  }
  const releaseName = typeof payload.release_name === 'string' ? payload.release_name : null;
  return { name, version, keywords, keywordsSent, params, releaseName, project };
}

export function isPlan(value: InstallPlan | SimReply): value is InstallPlan {
  return 'keywords' in value;
}

/** The release name kube-helm picks (CONTRACT §2.3). */
export function releaseNameFor(
  plan: InstallPlan,
  chart: ChartFile | null,
  randomHex: () => string,
): string {
  if (plan.releaseName) return plan.releaseName;
  if (!plan.keywords.includes(MULTI_INSTALL_KEYWORD)) return plan.name;
  const suffixKey = chart?.globals?.suffix_param_key;
  const suffix = typeof suffixKey === 'string' ? plan.params[suffixKey] : undefined;
  return typeof suffix === 'string' || typeof suffix === 'number' || typeof suffix === 'boolean'
    ? `${plan.name}-${String(suffix).slice(0, 20)}`
    : `${plan.name}-${randomHex()}`;
}

/** Helm's rule for release names. */
export function isValidReleaseName(name: string): boolean {
  return (
    name.length <= 53 &&
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name)
  );
}

/**
 * What helm gets from the params (CONTRACT §4.4): anything with `;` dropped (and HTML escaping put
 * one in every `& < > " '`), spaces removed from strings, null as "None", and the chart's own
 * non-empty global strings win; multi-install launches get the project forced in.
 */
export function helmValues(plan: InstallPlan, chart: ChartFile): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(plan.params)) {
    if (key.includes(';')) continue;
    if (typeof value === 'string') {
      if (!value.includes(';')) values[key] = value.replace(/ /g, '');
    } else if (Array.isArray(value)) {
      if (!value.some((v) => String(v).includes(';'))) values[key] = value.map(String);
    } else if (value === null) {
      values[key] = 'None';
    } else {
      values[key] = value;
    }
  }
  for (const [key, value] of Object.entries(chart.globals ?? {})) {
    if (typeof value === 'string' && value !== '') values[key] = value;
  }
  if (plan.project) {
    values.project_id = plan.project.id;
    values.project_name = plan.project.name;
  }
  return values;
}

export function resolveLinks(
  templates: string[],
  release: string,
  project: Project | null,
): string[] {
  return templates.map((t) =>
    t.replace(/\{release\}/g, release).replace(/\{project_id\}/g, project?.id ?? ''),
  );
}

export function newRelease(
  name: string,
  plan: InstallPlan,
  chart: ChartFile,
  now: number,
  helmMs: number,
): Release {
  return {
    name,
    chart: chart.name,
    version: chart.version,
    namespace: 'admin',
    revision: 1,
    createdAt: now,
    appVersion: chart.appVersion,
    installDoneAt: now + helmMs,
    outcome: chart.behaviour === 'install-fails' ? 'failed' : 'deployed',
    behaviour: chart.behaviour,
    workload: chart.workload,
    params: helmValues(plan, chart),
    project: plan.project,
    links: resolveLinks(chart.linkTemplates, name, plan.project),
    ingressType: chart.ingressType,
    objectNamespace: 'services',
    uninstall: null,
    frozen: null,
    kaapanaint: chart.keywords.includes('kaapanaint'),
    ingress: null,
  };
}
