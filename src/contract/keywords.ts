/**
 * Chart keywords kube-helm reads (CONTRACT §3.2): they decide a chart's kind, whether it is
 * listed at all, and how it is installed.
 */
export const KEYWORDS = {
  workflow: 'kaapanaworkflow',
  application: 'kaapanaapplication',
  platform: 'kaapanaplatform',
  experimental: 'kaapanaexperimental',
  multiInstallable: 'kaapanamultiinstallable',
  gpu: 'gpurequired',
  /** Releases installed from workflows ("triggered"); only these can be completed. */
  internal: 'kaapanaint',
} as const;

export const MULTI_INSTALL_KEYWORD = KEYWORDS.multiInstallable;

/** One answer to a parameter, as kube-helm wants it in `extension_params` (CONTRACT §4.3). */
export type ParamPayloadValue = string | boolean | number;
