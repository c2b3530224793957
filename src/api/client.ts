import {
  completeActiveApplication,
  listActiveApplications,
  type CompleteApplicationOutcome,
} from './applications';
import { defaultTimeouts, type CallOptions, type ClientContext, type Timeouts } from './context';
import {
  healthCheck,
  listPlatforms,
  readExtensionList,
  rememberingListReader,
  updateExtensions,
  type UpdateExtensionsOutcome,
} from './extensions';
import { projectFromDocumentCookie, type ProjectSource } from './project';
import type { FetchLike } from './request';
import {
  installChart,
  uninstallRelease,
  viewChartStatus,
  type ChartStatusResult,
  type InstallOutcome,
  type InstallRequest,
  type UninstallOutcome,
  type UninstallRequest,
} from './releases';
import type { ActiveApplication, ExtensionRow } from '../contract/schemas';
import type { ExtensionListRead } from '../contract/extension-list';
import { singleFlight } from './single-flight';
import { uploadFile, type UploadOptions, type UploadOutcome, type UploadSource } from './uploader';
import {
  importContainer,
  revertUpload,
  sendChunk,
  startUpload,
  type Chunk,
  type ChunkResult,
  type ImportContainerOutcome,
  type RevertResult,
} from './uploads';

export interface KubeHelmClientOptions {
  /** Where kube-helm is: `/kube-helm-api` on the platform origin, or any absolute URL. */
  baseUrl: string;
  /** Defaults to the global `fetch` (browser or Node 20). */
  fetch?: FetchLike;
  /**
   * How the `/extensions` list is fetched; defaults to `fetch`. The page passes one that reads
   * it in a worker (`listFetchInWorker()`), so its megabytes are received off the main thread.
   */
  listFetch?: FetchLike;
  /** Where multi-install launches take their project from. Default: the `Project` cookie. */
  project?: ProjectSource;
  timeouts?: Partial<Timeouts>;
  /** kube-helm's `HELM_INSTALL_TIMEOUT` (default 15 s), to tell its time-outs from failures. */
  helmInstallTimeoutMs?: number;
  /** Clock for measuring how long answers take (tests). */
  now?: () => number;
}

export interface KubeHelmClient {
  /**
   * The catalog rows that can be read (entries that cannot are left out). Concurrent calls share
   * one request with each other and with `readExtensions`: the backend has a single worker.
   */
  listExtensions(options?: CallOptions): Promise<ExtensionRow[]>;
  /** The catalog: the rows that can be read, and the entries that cannot (the same request). */
  readExtensions(options?: CallOptions): Promise<ExtensionListRead>;
  listPlatforms(options?: CallOptions): Promise<ExtensionRow[]>;
  install(request: InstallRequest, options?: CallOptions): Promise<InstallOutcome>;
  uninstall(request: UninstallRequest, options?: CallOptions): Promise<UninstallOutcome>;
  updateExtensions(options?: CallOptions): Promise<UpdateExtensionsOutcome>;
  viewChartStatus(releaseName: string, options?: CallOptions): Promise<ChartStatusResult>;
  listActiveApplications(options?: CallOptions): Promise<ActiveApplication[]>;
  completeActiveApplication(
    releaseName: string,
    options?: CallOptions,
  ): Promise<CompleteApplicationOutcome>;
  healthCheck(options?: CallOptions): Promise<string>;
  /** The FilePond steps, one by one. */
  upload: {
    start(file: { name: string; size: number }, options?: CallOptions): Promise<string>;
    sendChunk(chunk: Chunk, options?: CallOptions): Promise<ChunkResult>;
    revert(id: string, options?: CallOptions): Promise<RevertResult>;
    /** All steps for one file, with progress. */
    file(file: UploadSource, options?: UploadOptions): Promise<UploadOutcome>;
  };
  importContainer(fileName: string, options?: CallOptions): Promise<ImportContainerOutcome>;
  /** The project a launch would use now, and how it is sent. */
  readonly project: ProjectSource;
}

export function createKubeHelmClient(options: KubeHelmClientOptions): KubeHelmClient {
  const fetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const ctx: ClientContext = {
    transport: { baseUrl: options.baseUrl, fetch },
    listTransport: { baseUrl: options.baseUrl, fetch: options.listFetch ?? fetch },
    timeouts: { ...defaultTimeouts, ...options.timeouts },
    project: options.project ?? { transport: 'cookie', current: projectFromDocumentCookie },
    helmInstallTimeoutMs: options.helmInstallTimeoutMs ?? 15_000,
    now: options.now ?? (() => Date.now()),
  };
  // An answer identical to the last one is recognised before it is parsed (the same read again).
  const readBody = rememberingListReader();
  const sharedList = singleFlight((signal) => readExtensionList(ctx, signal, readBody));

  return {
    listExtensions: async (call = {}) => (await sharedList(call.signal)).rows,
    readExtensions: (call = {}) => sharedList(call.signal),
    listPlatforms: (call) => listPlatforms(ctx, call),
    install: (request, call) => installChart(ctx, request, call),
    uninstall: (request, call) => uninstallRelease(ctx, request, call),
    updateExtensions: (call) => updateExtensions(ctx, call),
    viewChartStatus: (releaseName, call) => viewChartStatus(ctx, releaseName, call),
    listActiveApplications: (call) => listActiveApplications(ctx, call),
    completeActiveApplication: (releaseName, call) =>
      completeActiveApplication(ctx, releaseName, call),
    healthCheck: (call) => healthCheck(ctx, call),
    upload: {
      start: (file, call) => startUpload(ctx, file, call),
      sendChunk: (chunk, call) => sendChunk(ctx, chunk, call),
      revert: (id, call) => revertUpload(ctx, id, call),
      file: (file, uploadOptions) => uploadFile(ctx, file, uploadOptions),
    },
    importContainer: (fileName, call) => importContainer(ctx, fileName, call),
    project: ctx.project,
  };
}
