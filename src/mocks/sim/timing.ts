/** How long things take in the simulated kube-helm. */
export interface Timing {
  /** A full list rebuild happens at most this often (kube-helm's `refresh_delay`). */
  refreshDelayMs: number;
  /** How long an installed/uninstalled release stays "recently updated" (re-read per request). */
  recentWindowMs: number;
  /** Answer time of a cached list. */
  cachedListMs: number;
  /**
   * Answer time of a full rebuild: a base, plus the helm and kubectl calls per release (up to
   * `rebuildMaxMs`), plus a little per chart file.
   */
  rebuildMs: number;
  rebuildPerReleaseMs: number;
  rebuildMaxMs: number;
  rebuildPerChartMs: number;
  /**
   * `helm install` of a normal chart (the release is pending-install meanwhile): `installMs` plus
   * a share of `installJitterMs` that depends on the release name.
   */
  installMs: number;
  installJitterMs: number;
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
  /**
   * Right after a launch, the chart's template row is re-read without any deployment (helmStatus
   * null) for this long, before it shows the new instance (seen on a real platform).
   */
  launchGapMs: number;
  /**
   * The last moments of an instance's uninstall: a list read that re-reads the instance fails
   * with 500 "Failed to get extensions" (seen on a real platform in 2 of 3 deletions).
   */
  deleteGlitchMs: number;
}

/**
 * Close to a real platform: an install answers after 10–14 s, a full list rebuild takes 3–10 s
 * (more with more releases) and blocks every other request meanwhile.
 */
export const realisticTiming: Timing = {
  refreshDelayMs: 30_000,
  recentWindowMs: 30_000,
  cachedListMs: 150,
  rebuildMs: 3_000,
  rebuildPerReleaseMs: 400,
  rebuildMaxMs: 10_000,
  rebuildPerChartMs: 0.2,
  installMs: 10_000,
  installJitterMs: 4_000,
  helmTimeoutMs: 15_000,
  slowInstallMs: 25_000,
  podCreateMs: 6_000,
  jobRunMs: 8_000,
  backoffCycleMs: 10_000,
  workflowHookMs: 6_000,
  applicationHookMs: 4_000,
  updateReplyMs: 2_200,
  collectionCopyMs: 8_000,
  importMs: 3_000,
  smallMs: 30,
  launchGapMs: 3_000,
  deleteGlitchMs: 1_000,
};

/** The same story, about ten times faster: for e2e tests and impatient demos. */
export const fastTiming: Timing = {
  refreshDelayMs: 3_000,
  recentWindowMs: 3_000,
  cachedListMs: 10,
  rebuildMs: 120,
  rebuildPerReleaseMs: 0,
  rebuildMaxMs: 120,
  rebuildPerChartMs: 0.01,
  installMs: 250,
  installJitterMs: 0,
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
  launchGapMs: 200,
  deleteGlitchMs: 100,
};

export const timings = { realistic: realisticTiming, fast: fastTiming } as const;
export type TimingName = keyof typeof timings;
