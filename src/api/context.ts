import type { ProjectSource } from './project';
import type { Transport } from './request';

/** Per-endpoint time limits in ms (CONTRACT §1.6, "suggested for the new client"). */
export interface Timeouts {
  extensions: number;
  install: number;
  uninstall: number;
  updateExtensions: number;
  importContainer: number;
  uploadChunk: number;
  /** Everything else: status, applications, upload init and revert, health check. */
  other: number;
}

export const defaultTimeouts: Timeouts = {
  extensions: 60_000,
  install: 30_000,
  uninstall: 15_000,
  updateExtensions: 120_000,
  importContainer: 200_000,
  uploadChunk: 120_000,
  other: 15_000,
};

export interface ClientContext {
  transport: Transport;
  /** How `/extensions` is read: `transport`, or the same through a worker (`off-thread.ts`). */
  listTransport: Transport;
  timeouts: Timeouts;
  project: ProjectSource;
  /** The backend's helm install limit (CONTRACT §1.6), used to read its 500 replies. */
  helmInstallTimeoutMs: number;
  now: () => number;
}

export interface CallOptions {
  signal?: AbortSignal;
}
