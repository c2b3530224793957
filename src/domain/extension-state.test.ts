import { describe, expect, it } from 'vitest';
import { extensionListSchema, type ExtensionRow } from '../contract/schemas';
import fixtureJson from '../mocks/fixtures/extensions.json';
import podCasesJson from '../mocks/fixtures/pod-cases.json';
import { extensionListCaptures } from '../test/captures';
import { deriveState, isInstanceRow, isTemplateRow, ownDeployments } from './extension-state';

/** `state@installedVersion`, written down by hand per row. */
const FIXTURE_EXPECTED: Record<string, string> = {
  'nnunet-workflow': 'ready@0.6.0',
  'total-segmentator-v2-workflow': 'not-installed',
  'total-segmentator-workflow': 'not-installed',
  'body-and-organ-analysis-workflow': 'failed@0.6.0',
  'radiomics-workflow': 'starting@0.6.0',
  'wsiconv-workflow': 'installing@0.6.0',
  'mitk-flow-workflow': 'uninstalling@0.6.0',
  'classification-training-workflow': 'not-installed',
  'otsus-method-workflow': 'not-installed',
  'code-server-chart': 'ready@0.6.0',
  // An older version is installed while `version` says 0.6.0.
  'collabora-chart': 'ready@0.5.3',
  'slim-chart': 'not-installed',
  edk: 'not-installed',
  'jupyterlab-chart-3f9a1c7e52b04d8a6e1f': 'ready@0.6.0',
  // Shares available_versions with its ready sibling: its own deployment is still initialising.
  'jupyterlab-chart-b71e04c9d2a35f6e8c10': 'starting@0.6.0',
  'jupyterlab-chart': 'launchable',
  // successful is "pending", but helm says failed.
  'dev-code-server-chart-0c4d2e9a7b61f3e58d92': 'failed@0.6.0',
  'dev-code-server-chart': 'launchable',
  'mitk-workbench-chart': 'launchable',
  'tensorboard-chart': 'launchable',
  'minio-sync-chart': 'launchable',
  'custom-registry-chart': 'launchable',
  'hello-world-chart': 'not-installed',
};

const MINIO = 'minio-sync-chart-91a0157d7aaf08657ce4';
const JUPYTER = 'jupyterlab-chart-624ac742c6fe5f08c5cd';
const running = {
  'code-server-chart': 'ready@0.5.0',
  [MINIO]: 'ready@0.5.0',
  'minio-sync-chart': 'launchable',
  'nnunet-workflow': 'ready@0.5.0',
  'total-segmentator-workflow': 'ready@0.5.0',
  [JUPYTER]: 'ready@0.5.0',
  'jupyterlab-chart': 'launchable',
  'broken-app-chart': 'error@0.1.0',
};
const afterDelete = {
  ...running,
  'code-server-chart': 'not-installed',
  // Uninstall requested, but this stale instance row still shows its running deployment.
  [JUPYTER]: 'ready@0.5.0',
};
const afterUploads: Record<string, string> = {
  'code-server-chart': 'not-installed',
  [MINIO]: 'ready@0.5.0',
  'minio-sync-chart': 'launchable',
  'nnunet-workflow': 'ready@0.5.0',
  'total-segmentator-workflow': 'ready@0.5.0',
  'jupyterlab-chart': 'launchable',
  'broken-app-chart': 'error@0.1.0',
  'chunked-test-chart': 'not-installed',
  'file-endpoint-chart': 'not-installed',
  'upload-test-chart': 'not-installed',
  'evil-chart': 'not-installed',
};
const initial = {
  'code-server-chart': 'not-installed',
  'minio-sync-chart': 'launchable',
  'nnunet-workflow': 'not-installed',
  'total-segmentator-workflow': 'not-installed',
  'jupyterlab-chart': 'launchable',
  'broken-app-chart': 'not-installed',
};

const CAPTURE_EXPECTED: Record<string, Record<string, string>> = {
  '03-extensions-initial.txt': initial,
  '10-extensions-after-install.txt': { ...initial, 'code-server-chart': 'starting@0.5.0' },
  '21-extensions-during-pending-install.txt': {
    ...initial,
    'code-server-chart': 'ready@0.5.0',
    // nnunet's helm install is still running: kube-helm does not list pending-install yet.
    'nnunet-workflow': 'not-installed',
    'total-segmentator-workflow': 'starting@0.5.0',
    'broken-app-chart': 'starting@0.1.0',
  },
  '22-extensions-running.txt': running,
  '23-kube-helm-api-extensions.txt': running,
  '25-extensions-after-cache-expiry.txt': running,
  '28-extensions-during-uninstall.txt': { ...running, 'code-server-chart': 'uninstalling@0.5.0' },
  '32-extensions-after-delete.txt': afterDelete,
  '61-extensions-after-file-upload.txt': afterDelete,
  '63-extensions-after-uploads.txt': afterUploads,
  '78-extensions-final.txt': afterUploads,
};

function summary(row: ExtensionRow): string {
  const { state, installedVersion } = deriveState(row);
  return installedVersion ? `${state}@${installedVersion}` : state;
}

describe('deriveState', () => {
  const fixtureRows = extensionListSchema.parse(fixtureJson);

  it('gives every fixture row its written-down state', () => {
    const actual = Object.fromEntries(fixtureRows.map((row) => [row.releaseName, summary(row)]));
    expect(actual).toEqual(FIXTURE_EXPECTED);
  });

  const captures = extensionListCaptures();
  it('covers every /extensions capture', () => {
    expect(captures.map((c) => c.file).sort()).toEqual(Object.keys(CAPTURE_EXPECTED).sort());
  });

  for (const capture of captures) {
    it(`gives every row of capture ${capture.file} its written-down state`, () => {
      const rows = extensionListSchema.parse(JSON.parse(capture.body));
      const actual = Object.fromEntries(rows.map((row) => [row.releaseName, summary(row)]));
      expect(actual).toEqual(CAPTURE_EXPECTED[capture.file]);
    });
  }

  it("takes an instance's own deployment, never its sibling's", () => {
    const pending = fixtureRows.find(
      (r) => r.releaseName === 'jupyterlab-chart-b71e04c9d2a35f6e8c10',
    );
    expect(pending && isInstanceRow(pending)).toBe(true);
    expect(pending && ownDeployments(pending).map((d) => d.deployment.deployment_id)).toEqual([
      'jupyterlab-chart-b71e04c9d2a35f6e8c10',
    ]);
    expect(pending && deriveState(pending).deployment?.kube_status).toEqual(['init:0/1']);
  });

  it('treats the template as launchable even when its instances are deployed', () => {
    const template = fixtureRows.find((r) => r.releaseName === 'jupyterlab-chart');
    expect(template && isTemplateRow(template)).toBe(true);
    expect(template && ownDeployments(template)).toEqual([]);
  });

  it('maps every pod failure status to error, and unknown helm states to unknown', () => {
    const base = fixtureRows.find((r) => r.releaseName === 'radiomics-workflow');
    const dep = base?.available_versions['0.6.0']?.deployments[0];
    if (!base || !dep) throw new Error('fixture missing');
    /** A deployment as kube-helm builds it: kube_status is kube_info.status. */
    const withPods = (
      helm_status: string,
      pods: [string, string][],
      ready = false,
    ): ExtensionRow => {
      const deployed = helm_status === 'deployed';
      const kubeInfo = {
        // One pod per object (Deployment or Job), so no pod stands in for another.
        name: pods.map((_, i) => `radiomics-workflow-part${String(i)}-5c7d9f8b6-p4x7q`),
        ready: pods.map(([, r]) => r),
        status: pods.map(([st]) => st),
        restarts: pods.map(() => '0'),
        age: pods.map(() => '3m'),
        annotations: {},
      };
      const deployment = {
        ...dep,
        helm_status,
        kube_status: deployed ? kubeInfo.status : ('unknown' as const),
        kube_info: deployed ? kubeInfo : null,
        ready,
      };
      return { ...base, available_versions: { '0.6.0': { deployments: [deployment] } } };
    };
    for (const status of [
      'imagepullbackoff',
      'errimagepull',
      'invalidimagename',
      'crashloopbackoff',
      'oomkilled',
      'createcontainerconfigerror',
      'evicted',
      'error',
      'failed',
      'init:crashloopbackoff',
      'init:imagepullbackoff',
    ]) {
      const row = withPods('deployed', [
        ['running', '1/1'],
        [status, '0/1'],
      ]);
      expect(deriveState(row).state, status).toBe('error');
    }
    expect(deriveState(withPods('deployed', [['running', '1/1']], true)).state).toBe('ready');
    expect(deriveState(withPods('deployed', [['containercreating', '0/1']])).state).toBe(
      'starting',
    );
    expect(deriveState(withPods('deployed', [['pending', '0/1']])).state).toBe('starting');
    expect(deriveState(withPods('deployed', [['podinitializing', '0/2']])).state).toBe('starting');
    expect(deriveState(withPods('pending-upgrade', [])).state).toBe('installing');
    expect(deriveState(withPods('superseded', [])).state).toBe('unknown');
  });

  it("trusts kube-helm's ready only when there are no pods to look at", () => {
    const base = fixtureRows.find((r) => r.releaseName === 'code-server-chart');
    const dep = base?.available_versions['0.6.0']?.deployments[0];
    if (!base || !dep) throw new Error('fixture missing');
    const noPods = (ready: boolean): ExtensionRow => ({
      ...base,
      available_versions: {
        '0.6.0': {
          deployments: [
            {
              ...dep,
              kube_status: [],
              kube_info: {
                name: [],
                ready: [],
                status: [],
                restarts: [],
                age: [],
                annotations: {},
              },
              ready,
            },
          ],
        },
      },
    });
    expect(deriveState(noPods(true))).toMatchObject({ state: 'ready', pods: [] });
    expect(deriveState(noPods(false)).state).toBe('starting');
  });
});

/** The pod cases kube-helm's `ready` gets wrong or cannot tell (src/mocks/fixtures/README.md). */
const POD_CASES_EXPECTED: Record<string, string> = {
  // kube-helm: ready (first pod's STATUS is running). Restarting every few seconds: not ready.
  'crashloop-running-app': 'error',
  'crashloop-ready-app': 'error',
  // Runs, but the readiness check fails (READY 0/1): not ready, not broken either (yet).
  'readiness-failing-app': 'starting',
  // One restart three days ago, 1/1 Running since: ready.
  'restarted-long-ago-app': 'ready',
  // One restart 40 s ago: not settled.
  'restarted-recently-app': 'starting',
  // kube-helm looks at the first replica only; the second crash-loops.
  'second-replica-crashing-app': 'error',
  // kube-helm: not ready (first pod Error). The job's retry completed: done.
  'retried-job-workflow': 'ready',
  'image-pull-app': 'error',
  'gpu-pending-app': 'starting',
  'oom-app': 'error',
  'config-error-app': 'error',
  // kube-helm: not ready (first pod Evicted). Its replacement runs: ready.
  'evicted-replaced-app': 'ready',
  // Deployed, but kube-helm could not read its objects: nothing honest to say but unknown.
  'pods-unreadable-app': 'unknown',
  'init-crashloop-app': 'error',
};

describe('deriveState on the pod cases', () => {
  const rows = extensionListSchema.parse(podCasesJson);

  it('gives every pod case its written-down state', () => {
    expect(
      Object.fromEntries(rows.map((row) => [row.releaseName, deriveState(row).state])),
    ).toEqual(POD_CASES_EXPECTED);
  });

  it("disagrees with kube-helm's ready exactly where kube-helm looks at too little", () => {
    const disagreements = rows
      .filter((row) => {
        const { state, deployment } = deriveState(row);
        return deployment !== null && (state === 'ready') !== deployment.ready;
      })
      .map((row) => row.releaseName);
    expect(disagreements).toEqual([
      'crashloop-running-app',
      'crashloop-ready-app',
      'readiness-failing-app',
      'restarted-recently-app',
      'second-replica-crashing-app',
      'retried-job-workflow',
      'evicted-replaced-app',
    ]);
  });

  it('never calls a release with a restarting or not-ready running pod ready', () => {
    for (const row of rows) {
      const { state, pods } = deriveState(row);
      const unsettled = (pods ?? []).some(
        (p) => p.status === 'running' && (p.condition !== 'up' || p.ready.startsWith('0/')),
      );
      if (unsettled) expect(state, row.releaseName).not.toBe('ready');
    }
  });
});
