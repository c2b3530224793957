/** How long things take in the simulated kube-helm. */
export interface Timing {
  /** A full list rebuild happens at most this often (kube-helm's `refresh_delay`). */
  refreshDelayMs: number;
  /** How long an installed/uninstalled release stays "recently updated" (re-read per request). */
  recentWindowMs: number;
  /** Answer time of a cached list. */
  cachedListMs: number;
  /** Answer time of a full rebuild, plus a little per chart. */
  rebuildMs: number;
  rebuildPerChartMs: number;
  /** `helm install` of a normal chart (the release is pending-install meanwhile). */
  installMs: number;
  /** kube-helm's HELM_INSTALL_TIMEOUT: it answers 500 after this, helm goes on. */
  helmTimeoutMs: number;
  /** How long helm really needs for the slow chart. */
  slowInstallMs: number;
  /** Pods are ContainerCreating this long. */
  podCreateMs: number;
  /** A DAG copy job runs this long before it completes. */
  jobRunMs: number;
  /** One crash-loop / image-pull back-off cycle. */
  backoffCycleMs: number;
  /** Pre-delete hooks of workflow charts, and of applications. */
  workflowHookMs: number;
  applicationHookMs: number;
  /** `/update-extensions` answer time, and until the collection's charts land on disk. */
  updateReplyMs: number;
  collectionCopyMs: number;
  importMs: number;
  /** Everything else (status, chunks, applications). */
  smallMs: number;
}

export const realisticTiming: Timing = {
  refreshDelayMs: 30_000,
  recentWindowMs: 30_000,
  cachedListMs: 60,
  rebuildMs: 1_200,
  rebuildPerChartMs: 0.2,
  installMs: 2_200,
  helmTimeoutMs: 15_000,
  slowInstallMs: 25_000,
  podCreateMs: 6_000,
  jobRunMs: 8_000,
  backoffCycleMs: 10_000,
  workflowHookMs: 6_000,
  applicationHookMs: 2_000,
  updateReplyMs: 2_200,
  collectionCopyMs: 8_000,
  importMs: 3_000,
  smallMs: 30,
};

/** The same story, about ten times faster: for e2e tests and impatient demos. */
export const fastTiming: Timing = {
  refreshDelayMs: 3_000,
  recentWindowMs: 3_000,
  cachedListMs: 10,
  rebuildMs: 120,
  rebuildPerChartMs: 0.01,
  installMs: 250,
  helmTimeoutMs: 1_500,
  slowInstallMs: 3_000,
  podCreateMs: 700,
  jobRunMs: 900,
  backoffCycleMs: 1_000,
  workflowHookMs: 700,
  applicationHookMs: 300,
  updateReplyMs: 250,
  collectionCopyMs: 900,
  importMs: 400,
  smallMs: 5,
};

export const timings = { realistic: realisticTiming, fast: fastTiming } as const;
export type TimingName = keyof typeof timings;
