import { z } from './zod';

/**
 * Schemas for every JSON body kube-helm sends (CONTRACT §2, §3). They accept what the real backend
 * sends, quirks included, and reject what it never sends. Types are inferred from them.
 */

const yesNo = z.enum(['yes', 'no']);

export const helmInfoSchema = z.object({
  app_version: z.string(),
  chart: z.string(),
  name: z.string(),
  namespace: z.string(),
  /** A decimal number, as a string. */
  revision: z.string(),
  status: z.string(),
  updated: z.string(),
});

export const kubeInfoSchema = z.object({
  name: z.array(z.string()),
  ready: z.array(z.string()),
  status: z.array(z.string()),
  restarts: z.array(z.string()),
  age: z.array(z.string()),
  annotations: z.record(z.string(), z.string()),
});

export const deploymentSchema = z.object({
  /** The Helm release name. */
  deployment_id: z.string(),
  /** Lower-case helm status: deployed, failed, uninstalling, pending-install, … */
  helm_status: z.string(),
  helm_info: helmInfoSchema,
  /** One status per pod when deployed; '' when failed; 'unknown' otherwise. */
  kube_status: z.union([z.array(z.string()), z.literal(''), z.literal('unknown')]),
  kube_info: z.nullable(kubeInfoSchema),
  links: z.array(z.string()),
  ready: z.boolean(),
});

/**
 * Text a chart author wrote in values.yaml; YAML may make it a number or a boolean. Anything else
 * (a mapping, a list) is not text and reads as absent.
 */
const chartText = z.pipe(
  z.unknown(),
  z.transform((v) =>
    typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : undefined,
  ),
);

/**
 * One entry of a chart's `extension_params` (CONTRACT §4.1). kube-helm passes values.yaml through,
 * so `default` and `value` can be anything YAML can say; domain/params reads what it understands.
 * One odd uploaded chart must not take the whole catalog down.
 */
export const extensionParamSchema = z.looseObject({
  type: z.string(),
  default: z.optional(z.unknown()),
  definition: z.optional(chartText),
  value: z.optional(z.unknown()),
  help: z.optional(chartText),
  title: z.optional(chartText),
  html: z.optional(chartText),
  /** Added by the server to every entry; not enforced by it. */
  required: z.boolean(),
});

export const extensionRowSchema = z.object({
  available_versions: z.record(z.string(), z.object({ deployments: z.array(deploymentSchema) })),
  chart_name: z.string(),
  name: z.string(),
  releaseName: z.string(),
  description: z.string(),
  display_name: z.string(),
  experimental: yesNo,
  multiinstallable: yesNo,
  installed: yesNo,
  kind: z.enum(['dag', 'application', 'platform']),
  resourceRequirement: z.enum(['cpu', 'gpu']),
  keywords: z.array(z.string()),
  annotations: z.nullable(z.record(z.string(), z.string())),
  extension_params: z.nullable(z.record(z.string(), extensionParamSchema)),
  /** Capitalised helm status, '' or null. Unreliable: use the deployments. */
  helmStatus: z.nullable(z.string()),
  /** READY strings (single rows), capitalised statuses (instances), '' or null. Unreliable. */
  kubeStatus: z.union([z.array(z.string()), z.literal(''), z.null()]),
  /** Often missing; never 'no'. */
  successful: z.nullish(z.enum(['yes', 'pending', ''])),
  links: z.array(z.string()),
  version: z.string(),
  latest_version: z.string(),
  versions: z.array(z.string()),
});

/**
 * `GET /extensions` and `GET /platforms`: an array of rows. A bare string inside the array is a
 * known server corruption (CONTRACT §10.23); such items are dropped, every object must be a row.
 */
export const extensionListSchema = z.pipe(
  z.pipe(
    z.array(z.unknown()),
    z.transform((items) => items.filter((item) => typeof item === 'object' && item !== null)),
  ),
  z.array(extensionRowSchema),
);

export const activeApplicationSchema = z.object({
  name: z.string(),
  namespace: z.string(),
  created_at: z.string(),
  /** The project id (not its name) from the ingress path; '' when none matches. */
  project: z.string(),
  paths: z.array(z.string()),
  annotations: z.record(z.string(), z.string()),
  release_name: z.string(),
  from_workflow_run: z.boolean(),
  ready: z.boolean(),
});

export const activeApplicationListSchema = z.array(activeApplicationSchema);

/** `GET /view-chart-status`: `helm status` parsed as YAML, upper-case keys with spaces. */
export const chartStatusSchema = z.looseObject({
  NAME: z.string(),
  'LAST DEPLOYED': z.string(),
  NAMESPACE: z.string(),
  STATUS: z.string(),
  REVISION: z.number(),
  'TEST SUITE': z.optional(z.string()),
});

export const availablePlatformsSchema = z.array(z.string());

export type HelmInfo = z.output<typeof helmInfoSchema>;
export type KubeInfo = z.output<typeof kubeInfoSchema>;
export type Deployment = z.output<typeof deploymentSchema>;
export type ExtensionParam = z.output<typeof extensionParamSchema>;
export type ExtensionRow = z.output<typeof extensionRowSchema>;
export type ActiveApplication = z.output<typeof activeApplicationSchema>;
export type ChartStatus = z.output<typeof chartStatusSchema>;
