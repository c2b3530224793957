import { describe, expect, it } from 'vitest';
import { extensionListSchema, type ExtensionRow } from '../contract/schemas';
import fixtureJson from '../mocks/fixtures/extensions.json';
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
    if (!base) throw new Error('fixture missing');
    const withDeployment = (
      helm_status: string,
      kube_status: string[],
      ready = false,
    ): ExtensionRow => {
      const dep = base.available_versions['0.6.0']?.deployments[0];
      if (!dep) throw new Error('fixture missing');
      return {
        ...base,
        available_versions: {
          '0.6.0': { deployments: [{ ...dep, helm_status, kube_status, ready }] },
        },
      };
    };
    for (const status of [
      'imagepullbackoff',
      'errimagepull',
      'crashloopbackoff',
      'oomkilled',
      'createcontainerconfigerror',
    ]) {
      expect(deriveState(withDeployment('deployed', ['running', status])).state).toBe('error');
    }
    expect(deriveState(withDeployment('deployed', ['running'], true)).state).toBe('ready');
    expect(deriveState(withDeployment('deployed', ['containercreating'])).state).toBe('starting');
    expect(deriveState(withDeployment('pending-upgrade', [])).state).toBe('installing');
    expect(deriveState(withDeployment('superseded', [])).state).toBe('unknown');
  });
});
