export { createKubeHelmClient } from './client';
export { listFetchInWorker } from './list-fetch';
export type { KubeHelmClient, KubeHelmClientOptions } from './client';
export { ApiError, explainApiError, isApiError } from './errors';
export type { ApiErrorKind } from './errors';
export { defaultTimeouts } from './context';
export type { Timeouts } from './context';
export {
  parseProjectCookie,
  projectCookieValue,
  projectFromDocumentCookie,
  PROJECT_COOKIE,
} from './project';
export type { Project, ProjectSource, ProjectTransport } from './project';
export { isMultiInstallable } from './releases';
export { KEYWORDS, MULTI_INSTALL_KEYWORD } from '../contract/keywords';
export type {
  ChartStatusResult,
  InstallOutcome,
  InstallRequest,
  ParamPayloadValue,
  UninstallOutcome,
  UninstallRequest,
} from './releases';
export type { UpdateExtensionsOutcome } from './extensions';
export type { CompleteApplicationOutcome } from './applications';
export type { ImportContainerOutcome, RevertResult, ChunkResult, Chunk } from './uploads';
export { isBareFileName } from './uploads';
export type {
  ChunkFailure,
  UploadOutcome,
  UploadOptions,
  UploadProgress,
  UploadSource,
} from './uploader';
export { classifyChunkFailure, DEFAULT_CHUNK_SIZE, DEFAULT_MAX_RESTARTS } from './uploader';
export * from '../contract/schemas';
export type { ExtensionListRead, UnreadableEntry } from '../contract/extension-list';
export { readableExtensionListSchema } from '../contract/extension-list';
export { describeUnreadable } from './extensions';
