/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where kube-helm is, seen from the browser. Default `/kube-helm-api`. */
  readonly VITE_KUBE_HELM_API?: string;
  /** `cookie` (behind Kaapana's gateway, default) or `header` (kube-helm directly). */
  readonly VITE_PROJECT_TRANSPORT?: string;
  /** JSON `{"id","name"}`: the project to launch into when no `Project` cookie is set. */
  readonly VITE_PROJECT?: string;
  /** `1`: a static demo build with the simulated kube-helm in a service worker. */
  readonly VITE_DEMO?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
