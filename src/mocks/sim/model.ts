import type { Deployment } from '../../contract/schemas';

/** How a chart behaves once installed (the simulator's knobs; kube-helm knows nothing of this). */
export type Behaviour =
  | 'normal'
  /** Pods crash-loop. */
  | 'crashloop'
  /** The image cannot be pulled. */
  | 'image-pull-error'
  /** helm needs longer than kube-helm's 15 s limit: 500, yet the release appears later. */
  | 'slow-install'
  /** helm install fails quickly: the release ends up `failed`. */
  | 'install-fails'
  /** The pre-delete hook never finishes: only a forced uninstall (`--no-hooks`) removes it. */
  | 'hook-hangs';

export type RawParam = Record<string, unknown> & { type: string };

/** One packaged chart file (`<name>-<version>.tgz`) in the extensions directory. */
export interface ChartFile {
  name: string;
  version: string;
  /** Missing descriptions break `GET /extensions` (CONTRACT §10.22). */
  description: string | undefined;
  keywords: string[];
  annotations: Record<string, string> | null;
  appVersion: string;
  /** values.yaml `extension_params`, without the server-added `required`. */
  extensionParams: Record<string, RawParam> | null;
  /** values.yaml `global:`; null when the section is missing. */
  globals: Record<string, unknown> | null;
  behaviour: Behaviour;
  /** What the chart runs: a Deployment (applications), a Job (workflow DAG copy), or nothing. */
  workload: 'deployment' | 'job' | 'none';
  /** Links from the manifest: `{release}` and `{project_id}` are filled in at install. */
  linkTemplates: string[];
  /** `kaapana.ai/type` of its Ingress, for `/active-applications`. */
  ingressType: 'application' | 'triggered' | null;
  /** Renders a resource into the admin namespace (refused by the upload check). */
  adminNamespaceResource: boolean;
}

export type StoredFile =
  | { kind: 'chart'; chart: ChartFile }
  /** A `.tgz` that helm cannot read. */
  | { kind: 'unreadable-chart'; reason: string }
  | { kind: 'archive'; size: number; isTar: boolean }
  | { kind: 'other'; size: number };

export interface Project {
  id: string;
  name: string;
}

export interface UninstallState {
  startedAt: number;
  /** When the hooks finish and the release is gone. */
  doneAt: number;
  /** Hooks never finish; `--no-hooks` is the only way out. */
  hangs: boolean;
}

/** A Helm release in the simulated cluster. */
export interface Release {
  name: string;
  chart: string;
  version: string;
  namespace: string;
  revision: number;
  /** When `helm install` started. */
  createdAt: number;
  appVersion: string;
  /** When helm finished: `pending-install` before, then `deployed` or `failed`. Infinity: never. */
  installDoneAt: number;
  outcome: 'deployed' | 'failed';
  behaviour: Behaviour;
  workload: ChartFile['workload'];
  /** The values it was installed with (after kube-helm's escaping and space stripping). */
  params: Record<string, unknown>;
  project: Project | null;
  links: string[];
  ingressType: ChartFile['ingressType'];
  /** Namespace of its Kubernetes objects (Ingress etc.). */
  objectNamespace: string;
  uninstall: UninstallState | null;
  /** Seeded from a fixture: this deployment is shown as it is until an uninstall starts. */
  frozen: Omit<Deployment, 'deployment_id'> | null;
  /** kaapanaint label (charts with the `kaapanaint` keyword). */
  kaapanaint: boolean;
  /** Seeded from a fixture: the Ingress annotations and creation time to report. */
  ingress: { annotations: Record<string, string>; createdAt: number } | null;
}
