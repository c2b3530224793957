import {
  projectFromDocumentCookie,
  type KubeHelmClientOptions,
  type Project,
  type ProjectTransport,
} from '../api';

export interface AppConfig {
  apiBase: string;
  projectTransport: ProjectTransport;
  /** From VITE_PROJECT: used when the page has no `Project` cookie. */
  fallbackProject: Project | null;
}

function parseProject(text: string | undefined): Project | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && 'id' in value && 'name' in value) {
      return { id: String(value.id), name: String(value.name) };
    }
  } catch {
    // fall through
  }
  return null;
}

export function readConfig(env: ImportMetaEnv = import.meta.env): AppConfig {
  return {
    apiBase: env.VITE_KUBE_HELM_API ?? '/kube-helm-api',
    projectTransport: env.VITE_PROJECT_TRANSPORT === 'header' ? 'header' : 'cookie',
    fallbackProject: parseProject(env.VITE_PROJECT),
  };
}

export function clientOptions(config: AppConfig): KubeHelmClientOptions {
  return {
    baseUrl: config.apiBase,
    project: {
      transport: config.projectTransport,
      // Behind the gateway only the cookie reaches kube-helm, so only the cookie counts.
      current: () =>
        config.projectTransport === 'cookie'
          ? projectFromDocumentCookie()
          : (projectFromDocumentCookie() ?? config.fallbackProject),
    },
  };
}
