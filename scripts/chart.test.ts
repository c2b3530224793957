import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readChartYaml, readValues, renderChart } from './chart-render';
import { imageBuildArg, imageEnv } from './image-build-args';

/** What kube-helm passes to an extension it installs: the platform release's `global` values. */
const platform = {
  global: {
    registry_url: 'registry.example.org/kaapana',
    kaapana_build_version: '0.6.0',
    services_namespace: 'services',
    admin_namespace: 'admin',
    helm_namespace: 'admin',
    pull_policy_images: 'IfNotPresent',
    offline_mode: false,
  },
};

interface Resource {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
}

function resources(values: Record<string, unknown> = platform): Resource[] {
  return Object.entries(renderChart({ values })).flatMap(([file, text]) =>
    parseAllDocuments(text).map((doc) => {
      expect(doc.errors, file).toEqual([]);
      return doc.toJS() as Resource;
    }),
  );
}

function one(list: Resource[], kind: string): Resource {
  const found = list.filter((r) => r.kind === kind);
  expect(found, kind).toHaveLength(1);
  const [resource] = found;
  if (!resource) throw new Error(`no ${kind}`);
  return resource;
}

// Typed views of the parts the tests read.
interface Container {
  image: string;
  imagePullPolicy: string;
  ports: { name: string; containerPort: number }[];
  livenessProbe: { httpGet: { path: string; port: string } };
  readinessProbe: { httpGet: { path: string; port: string } };
  resources: { limits?: { memory?: string } };
  securityContext: Record<string, unknown>;
  volumeMounts: { name: string; mountPath: string }[];
}
interface PodSpec {
  securityContext: Record<string, unknown>;
  containers: Container[];
  volumes: { name: string; emptyDir?: unknown }[];
}
const podOf = (deployment: Resource) =>
  (deployment.spec as { template: { spec: PodSpec; metadata: { labels: Record<string, string> } } })
    .template;
const ingressPaths = (ingress: Resource) =>
  (
    ingress.spec as {
      rules: { http: { paths: { path: string; pathType: string; backend: unknown }[] } }[];
    }
  ).rules.flatMap((rule) => rule.http.paths);

describe('the chart (deploy/extensions-ui-chart)', () => {
  it('is an application chart the Extensions page lists, at the app’s version', () => {
    const chart = readChartYaml();
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(chart.name).toMatch(/^[a-z0-9-]+-chart$/);
    expect(chart.version).toBe(pkg.version);
    expect(chart.appVersion).toBe(pkg.version);
    expect(chart.description).toEqual(expect.stringMatching(/\w{3}/));
    expect(chart.keywords).toContain('kaapanaapplication');
    expect(chart.keywords).not.toContain('kaapanaworkflow');
    const values = readValues();
    expect(values.global).toEqual(expect.objectContaining({ services_namespace: 'services' }));
  });

  it('renders to valid resources, none in the admin namespace', () => {
    const list = resources();
    expect(list.map((r) => r.kind).sort()).toEqual(['Deployment', 'Ingress', 'Service']);
    for (const resource of list) {
      expect(resource.apiVersion).toBeTruthy();
      expect(resource.metadata.name).toBe('extensions-ui-chart');
      expect(resource.metadata.namespace).toBe(platform.global.services_namespace);
    }
    const elsewhere = resources({
      global: { ...platform.global, services_namespace: 'apps', admin_namespace: 'platform' },
    });
    expect(elsewhere.map((r) => r.metadata.namespace)).toEqual(['apps', 'apps', 'apps']);
  });

  it('routes the base path the image is built with to the Service, on the authenticated entrypoint', () => {
    const list = resources();
    const ingress = one(list, 'Ingress');
    const service = one(list, 'Service');
    const basePath = imageBuildArg('BASE_PATH');
    expect(readValues().basePath).toBe(basePath);
    const [first, second] = ingressPaths(ingress);
    // kube-helm shows the Ingress's first path as the release's link.
    expect(first).toEqual(expect.objectContaining({ path: basePath }));
    expect(second).toEqual({ ...first, path: basePath.replace(/\/$/, ''), pathType: 'Exact' });
    expect(first?.backend).toEqual({
      service: { name: service.metadata.name, port: { name: 'http' } },
    });
    expect(service.spec).toEqual(
      expect.objectContaining({ ports: [{ name: 'http', port: 80, targetPort: 'http' }] }),
    );
    expect(ingress.metadata.annotations).toEqual({
      'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure',
    });
    const extra = resources({
      ...platform,
      ingress: { middlewares: ['services-a@kubernetescrd', 'services-b@kubernetescrd'] },
    });
    expect(one(extra, 'Ingress').metadata.annotations).toEqual({
      'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure',
      'traefik.ingress.kubernetes.io/router.middlewares':
        'services-a@kubernetescrd,services-b@kubernetescrd',
    });
  });

  it('runs the image unprivileged and read-only, probed on nginx’s health endpoint', () => {
    const deployment = one(resources(), 'Deployment');
    const pod = podOf(deployment);
    const [container] = pod.spec.containers;
    if (!container) throw new Error('no container');
    expect(container.image).toBe('registry.example.org/kaapana/extensions-ui:0.1.0');
    expect(container.imagePullPolicy).toBe('IfNotPresent');
    // The port nginx listens on in the image, and the health location of its configuration.
    const port = Number(imageEnv('NGINX_PORT'));
    expect(container.ports).toEqual([{ name: 'http', containerPort: port }]);
    const nginx = readFileSync('deploy/nginx/app.conf.template', 'utf8');
    for (const probe of [container.livenessProbe, container.readinessProbe]) {
      expect(probe.httpGet).toEqual({ path: '/healthz', port: 'http' });
      expect(nginx).toContain(`location = ${probe.httpGet.path} {`);
    }
    expect(pod.spec.securityContext).toEqual(
      expect.objectContaining({ runAsNonRoot: true, runAsUser: 101 }),
    );
    expect(container.securityContext).toEqual(
      expect.objectContaining({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false }),
    );
    expect(container.resources.limits?.memory).toBeTruthy();
    // nginx's runtime directory (configuration, pid, temporary files) is on an emptyDir.
    const runtime = imageEnv('NGINX_RUNTIME_DIR');
    const mount = container.volumeMounts.find((m) => runtime.startsWith(`${m.mountPath}/`));
    expect(pod.spec.volumes.find((v) => v.name === mount?.name)?.emptyDir).toBeDefined();
    // kube-helm finds the pods by the selector's app.kubernetes.io/name.
    const selector = (deployment.spec as { selector: { matchLabels: Record<string, string> } })
      .selector.matchLabels;
    expect(pod.metadata.labels).toEqual(expect.objectContaining(selector));
    expect(Object.keys(selector)).toEqual(['app.kubernetes.io/name']);
  });

  it('takes the image from its own values over the platform’s, and needs a registry', () => {
    const own = one(
      resources({
        ...platform,
        image: { registry: 'ghcr.io/me', name: 'ui', tag: 'dev', pullPolicy: 'Always' },
      }),
      'Deployment',
    );
    const [container] = podOf(own).spec.containers;
    expect(container?.image).toBe('ghcr.io/me/ui:dev');
    expect(container?.imagePullPolicy).toBe('Always');
    expect(() => renderChart()).toThrow(/registry_url/);
  });
});
