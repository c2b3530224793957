import type { CallOptions, ClientContext } from './context';
import { ApiError } from './errors';
import { isGatewayGiveUp, outcomeOfError, type Failed, type NoAnswer } from './outcomes';
import { projectHeaderValue } from './project';
import { httpError, parseJson, send } from './request';
import { MULTI_INSTALL_KEYWORD, type ParamPayloadValue } from '../contract/keywords';
import { chartStatusSchema, type ChartStatus } from '../contract/schemas';

export type { ParamPayloadValue };

export interface InstallRequest {
  /** Chart name (`row.chart_name`). */
  name: string;
  version: string;
  /** The row's keywords, sent as they are: they decide multi-install handling on the server. */
  keywords: readonly string[];
  /** Already validated answers; keys without an answer are left out, never null. */
  extensionParams?: Readonly<Record<string, ParamPayloadValue>>;
  /** An explicit release name; normally the server picks one. */
  releaseName?: string;
}

export type InstallOutcome =
  /** helm accepted the release; pods may still be starting. */
  | { kind: 'installed'; releaseName: string; message: string }
  /** A release of that name exists in some state; nothing was done. */
  | { kind: 'already-installed'; releaseName: string; message: string }
  /**
   * kube-helm answered "Chart install command failed": helm either failed, or ran past the
   * server's time limit and may still finish. `likelyCause` says which, judged by how long the
   * answer took. Either way the release list tells the truth later.
   */
  | {
      kind: 'outcome-unknown';
      reason: 'helm-timeout' | 'helm-error';
      releaseName: string;
      message: string;
    }
  /** A 2xx whose text we do not recognise. */
  | { kind: 'outcome-unknown'; reason: 'unrecognised-reply'; releaseName: null; message: string }
  | NoAnswer
  | Failed;

export function isMultiInstallable(keywords: readonly string[]): boolean {
  return keywords.includes(MULTI_INSTALL_KEYWORD);
}

/** `POST /helm-install-chart`: installs a chart, or launches one more instance of a multi chart. */
export async function installChart(
  ctx: ClientContext,
  request: InstallRequest,
  options: CallOptions = {},
): Promise<InstallOutcome> {
  const endpoint = 'POST /helm-install-chart';
  const headers: Record<string, string> = {};
  if (isMultiInstallable(request.keywords)) {
    const project = ctx.project.current();
    if (!project) {
      return {
        kind: 'failed',
        error: new ApiError({
          kind: 'invalid-request',
          endpoint,
          status: null,
          serverMessage:
            'Choose a Kaapana project first: an application is launched into a project.',
        }),
      };
    }
    if (ctx.project.transport === 'header') headers.Project = projectHeaderValue(project);
  }
  const body: Record<string, unknown> = {
    name: request.name,
    version: request.version,
    keywords: [...request.keywords],
  };
  if (request.extensionParams) body.extension_params = { ...request.extensionParams };
  if (request.releaseName) body.release_name = request.releaseName;

  const started = ctx.now();
  try {
    const raw = await send(ctx.transport, {
      method: 'POST',
      path: '/helm-install-chart',
      body: { json: body },
      headers,
      timeoutMs: ctx.timeouts.install,
      signal: options.signal,
    });
    const message = raw.text.trim();
    if (raw.ok) {
      const installed = /^Successfully installed:\s*(\S+)$/.exec(message);
      if (installed?.[1]) return { kind: 'installed', releaseName: installed[1], message };
      const already = /^Chart is already installed\s+(\S+)$/.exec(message);
      if (already?.[1]) return { kind: 'already-installed', releaseName: already[1], message };
      return { kind: 'outcome-unknown', reason: 'unrecognised-reply', releaseName: null, message };
    }
    if (isGatewayGiveUp(raw.status)) {
      return { kind: 'outcome-unknown', reason: 'no-answer', error: httpError(raw) };
    }
    const helmFailed = /^Chart install command failed for\s+(\S+)$/.exec(message);
    if (raw.status === 500 && helmFailed?.[1]) {
      const tookTheLimit = ctx.now() - started >= ctx.helmInstallTimeoutMs * 0.9;
      return {
        kind: 'outcome-unknown',
        reason: tookTheLimit ? 'helm-timeout' : 'helm-error',
        releaseName: helmFailed[1],
        message,
      };
    }
    return { kind: 'failed', error: httpError(raw) };
  } catch (error) {
    return outcomeOfError(error);
  }
}

export interface UninstallRequest {
  releaseName: string;
  /** The row's version: lets the server refresh that row sooner. */
  version?: string;
  /** Skip helm hooks (`--no-hooks`): the way out of a release stuck uninstalling. */
  force?: boolean;
  multiinstallable?: boolean;
}

export type UninstallOutcome =
  /** kube-helm started `helm uninstall`; it answers this even for releases that do not exist. */
  { kind: 'requested'; releaseName: string; message: string } | NoAnswer | Failed;

/** `POST /helm-delete-chart`. Only `""` or `"--no-hooks"` ever reach `helm_command_addons`. */
export async function uninstallRelease(
  ctx: ClientContext,
  request: UninstallRequest,
  options: CallOptions = {},
): Promise<UninstallOutcome> {
  const body: Record<string, unknown> = {
    release_name: request.releaseName,
    helm_command_addons: request.force === true ? '--no-hooks' : '',
  };
  if (request.version) body.release_version = request.version;
  // Must be a string: a JSON boolean crashes the server (CONTRACT §2.4).
  if (request.multiinstallable === true) body.multiinstallable = 'yes';
  try {
    const raw = await send(ctx.transport, {
      method: 'POST',
      path: '/helm-delete-chart',
      body: { json: body },
      timeoutMs: ctx.timeouts.uninstall,
      signal: options.signal,
    });
    if (isGatewayGiveUp(raw.status)) {
      return { kind: 'outcome-unknown', reason: 'no-answer', error: httpError(raw) };
    }
    if (!raw.ok) return { kind: 'failed', error: httpError(raw) };
    return { kind: 'requested', releaseName: request.releaseName, message: raw.text.trim() };
  } catch (error) {
    return outcomeOfError(error);
  }
}

export type ChartStatusResult = { found: true; status: ChartStatus } | { found: false };

/** `GET /view-chart-status`: `helm status` of one release; 404 means there is no such release. */
export async function viewChartStatus(
  ctx: ClientContext,
  releaseName: string,
  options: CallOptions = {},
): Promise<ChartStatusResult> {
  const raw = await send(ctx.transport, {
    method: 'GET',
    path: '/view-chart-status',
    query: { release_name: releaseName },
    timeoutMs: ctx.timeouts.other,
    signal: options.signal,
  });
  if (raw.status === 404) return { found: false };
  if (!raw.ok) throw httpError(raw);
  return { found: true, status: parseJson(raw, chartStatusSchema) };
}
