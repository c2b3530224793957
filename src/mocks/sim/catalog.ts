import {
  activeApplicationListSchema,
  extensionListSchema,
  type ExtensionRow,
} from '../../contract/schemas';
import activeApplicationsFixture from '../fixtures/active-applications.json';
import extensionsFixture from '../fixtures/extensions.json';
import platformsFixture from '../fixtures/platforms.json';
import { parseGoTime } from './format';
import type { Behaviour, ChartFile, RawParam, Release } from './model';

export const PROJECT_PATH = '/applications/project/{project_id}/release/{release}';

/** What the fixtures cannot say about a chart: its manifest's links, globals, workload. */
const CHART_DETAILS: Record<string, Partial<ChartFile>> = {
  'code-server-chart': { linkTemplates: ['/code-server/'] },
  'collabora-chart': { globals: { links: ['/web/store/Documents'] } },
  edk: { globals: { links: ['/edk/', '/local-registry-ui/'] } },
  'slim-chart': { linkTemplates: ['/slim/'] },
  'jupyterlab-chart': { linkTemplates: [PROJECT_PATH], ingressType: 'application' },
  'dev-code-server-chart': { linkTemplates: [PROJECT_PATH], ingressType: 'application' },
  'mitk-workbench-chart': {
    linkTemplates: [PROJECT_PATH],
    ingressType: 'application',
    // A non-empty chart default beats the user's answer (CONTRACT §4.4).
    globals: { service_type: 'ClusterIP' },
  },
  'tensorboard-chart': { linkTemplates: [PROJECT_PATH], ingressType: 'application' },
  'custom-registry-chart': { globals: { suffix_param_key: 'custom_registry_name' } },
  'hello-world-chart': { linkTemplates: [':30080'] },
};

function stripRequired(params: ExtensionRow['extension_params']): Record<string, RawParam> | null {
  if (!params) return null;
  return Object.fromEntries(
    Object.entries(params).map(([key, param]) => {
      const rest: RawParam = { ...param };
      delete rest.required;
      return [key, rest];
    }),
  );
}

export function chartFromRow(
  row: ExtensionRow,
  version: string,
  behaviour: Behaviour = 'normal',
): ChartFile {
  const details = CHART_DETAILS[row.chart_name] ?? {};
  const globals = details.globals ?? {};
  const deployments = row.available_versions[version]?.deployments ?? [];
  const links = Array.isArray(globals.links)
    ? globals.links.map(String)
    : (details.linkTemplates ?? []);
  return {
    name: row.chart_name,
    version,
    description: row.description,
    keywords: [...row.keywords],
    annotations: row.annotations ? { ...row.annotations } : null,
    appVersion: deployments[0]?.helm_info.app_version ?? version,
    extensionParams: stripRequired(row.extension_params),
    globals,
    behaviour,
    workload: row.kind === 'dag' ? 'job' : 'deployment',
    linkTemplates: links,
    ingressType: details.ingressType ?? null,
    adminNamespaceResource: false,
  };
}

const fixtureRows = extensionListSchema.parse(extensionsFixture);
const fixturePlatforms = extensionListSchema.parse(platformsFixture);
const fixtureApplications = activeApplicationListSchema.parse(activeApplicationsFixture);

/** Every chart version the fixtures show, in their order. */
export function fixtureCharts(): ChartFile[] {
  return fixtureRows
    .filter((row) => row.releaseName === row.chart_name)
    .flatMap((row) => [...row.versions].reverse().map((version) => chartFromRow(row, version)));
}

export function fixturePlatformCharts(): ChartFile[] {
  return fixturePlatforms.flatMap((row) =>
    row.versions.map((version) => chartFromRow(row, version)),
  );
}

const projectOfPath = (links: string[]) =>
  links.map((l) => /^\/applications\/project\/([^/]+)\/release\//.exec(l)?.[1]).find(Boolean) ??
  null;

/** The fixtures' releases, each frozen in the state the fixture shows. */
export function fixtureReleases(projectName: string): Release[] {
  const seen = new Map<string, Release>();
  for (const row of fixtureRows) {
    for (const [version, { deployments }] of Object.entries(row.available_versions)) {
      for (const deployment of deployments) {
        if (seen.has(deployment.deployment_id)) continue;
        const { deployment_id: name, ...frozen } = deployment;
        const instance = fixtureRows.find((r) => r.releaseName === name);
        const app = fixtureApplications.find((a) => a.release_name === name);
        const createdAt = parseGoTime(deployment.helm_info.updated);
        const projectId = projectOfPath(deployment.links);
        const details = CHART_DETAILS[row.chart_name] ?? {};
        seen.set(name, {
          name,
          chart: row.chart_name,
          version,
          namespace: deployment.helm_info.namespace,
          revision: Number(deployment.helm_info.revision),
          createdAt,
          appVersion: deployment.helm_info.app_version,
          installDoneAt: createdAt,
          outcome: deployment.helm_status === 'failed' ? 'failed' : 'deployed',
          behaviour: 'normal',
          workload: row.kind === 'dag' ? 'job' : 'deployment',
          params:
            instance && instance.display_name !== name
              ? { display_name: instance.display_name }
              : {},
          project: projectId ? { id: projectId, name: projectName } : null,
          links: deployment.links,
          ingressType: details.ingressType ?? null,
          objectNamespace: app?.namespace ?? 'services',
          // The fixture's uninstalling release is stuck in its hook: only --no-hooks gets it out.
          uninstall:
            deployment.helm_status === 'uninstalling'
              ? { startedAt: createdAt, doneAt: Number.POSITIVE_INFINITY, hangs: true }
              : null,
          frozen,
          kaapanaint: row.keywords.includes('kaapanaint'),
          ingress: app
            ? { annotations: app.annotations, createdAt: Date.parse(app.created_at) }
            : null,
        });
      }
    }
  }
  return [...seen.values(), ...triggeredReleases(projectName)];
}

/** Applications started by workflow runs: releases of `kaapanaint` charts that /extensions never lists. */
function triggeredReleases(projectName: string): Release[] {
  return fixtureApplications
    .filter((app) => app.from_workflow_run)
    .map((app): Release => {
      const createdAt = Date.parse(app.created_at);
      return {
        name: app.release_name,
        chart: 'mitk-flow',
        version: '0.6.0',
        namespace: 'admin',
        revision: 1,
        createdAt,
        appVersion: '0.6.0',
        installDoneAt: createdAt,
        outcome: 'deployed',
        behaviour: 'normal',
        workload: 'deployment',
        params: {},
        project: app.project ? { id: app.project, name: projectName } : null,
        links: app.paths,
        ingressType: 'triggered',
        objectNamespace: app.namespace,
        uninstall: null,
        frozen: null,
        kaapanaint: true,
        ingress: { annotations: app.annotations, createdAt },
      };
    });
}

/** The project the fixtures' instances were launched in. */
export const fixtureProject = { id: '6b1f0c2e-8d4a-4f4e-9b7a-2c3d5e6f7a81', name: 'admin' };

/** Keys the platform's admin release already sets under `global` (their params are not required). */
export function fixtureAdminGlobals(): string[] {
  return [...fixtureRows, ...fixturePlatforms].flatMap((row) =>
    Object.entries(row.extension_params ?? {})
      .filter(([, param]) => !param.required)
      .map(([key]) => key),
  );
}
