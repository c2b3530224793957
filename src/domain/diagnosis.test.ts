import { describe, expect, it } from 'vitest';
import { extensionListSchema, type ExtensionRow } from '../contract/schemas';
import fixtureJson from '../mocks/fixtures/extensions.json';
import podCasesJson from '../mocks/fixtures/pod-cases.json';
import { extensionListCaptures } from '../test/captures';
import { diagnose, diagnoseRelease, type Diagnosis } from './diagnosis';
import { deriveState } from './extension-state';

const fixtureRows = extensionListSchema.parse(fixtureJson);
const podCaseRows = extensionListSchema.parse(podCasesJson);
const captureRows = extensionListCaptures().map((c) => ({
  file: c.file,
  rows: extensionListSchema.parse(JSON.parse(c.body)),
}));

/** `kind/next step`, written down by hand per row; no clock (nothing is judged stuck). */
const FIXTURE_EXPECTED: Record<string, string> = {
  'nnunet-workflow': 'ready/none',
  'total-segmentator-v2-workflow': 'not-installed/none',
  'total-segmentator-workflow': 'not-installed/none',
  'body-and-organ-analysis-workflow': 'helm-failed/reinstall',
  'radiomics-workflow': 'initializing/wait',
  'wsiconv-workflow': 'installing/wait',
  'mitk-flow-workflow': 'uninstalling/wait',
  'classification-training-workflow': 'not-installed/none',
  'otsus-method-workflow': 'not-installed/none',
  'code-server-chart': 'ready/none',
  'collabora-chart': 'ready/none',
  'slim-chart': 'not-installed/none',
  edk: 'not-installed/none',
  'jupyterlab-chart-3f9a1c7e52b04d8a6e1f': 'ready/none',
  'jupyterlab-chart-b71e04c9d2a35f6e8c10': 'initializing/wait',
  'jupyterlab-chart': 'launchable/none',
  'dev-code-server-chart-0c4d2e9a7b61f3e58d92': 'helm-failed/reinstall',
  'dev-code-server-chart': 'launchable/none',
  'mitk-workbench-chart': 'launchable/none',
  'tensorboard-chart': 'launchable/none',
  'minio-sync-chart': 'launchable/none',
  'custom-registry-chart': 'launchable/none',
  'hello-world-chart': 'not-installed/none',
};

const POD_CASES_EXPECTED: Record<string, string> = {
  'crashloop-running-app': 'crash-loop/change-parameters',
  'crashloop-ready-app': 'crash-loop/change-parameters',
  'readiness-failing-app': 'not-answering/reinstall',
  'restarted-long-ago-app': 'ready/none',
  'restarted-recently-app': 'restarted/wait',
  'second-replica-crashing-app': 'crash-loop/change-parameters',
  'retried-job-workflow': 'ready/none',
  'image-pull-app': 'image-pull/upload-image',
  'gpu-pending-app': 'waiting-for-resources/free-resources',
  'oom-app': 'out-of-memory/change-parameters',
  'config-error-app': 'config-error/ask-admin',
  'evicted-replaced-app': 'ready/none',
  'pods-unreadable-app': 'pods-unreadable/wait',
  'init-crashloop-app': 'crash-loop/change-parameters',
};

const MINIO = 'minio-sync-chart-91a0157d7aaf08657ce4';
const JUPYTER = 'jupyterlab-chart-624ac742c6fe5f08c5cd';
const running = {
  'code-server-chart': 'ready/none',
  [MINIO]: 'ready/none',
  'minio-sync-chart': 'launchable/none',
  'nnunet-workflow': 'ready/none',
  'total-segmentator-workflow': 'ready/none',
  [JUPYTER]: 'ready/none',
  'jupyterlab-chart': 'launchable/none',
  // CrashLoopBackOff with 2, 5 and later 11 restarts.
  'broken-app-chart': 'crash-loop/change-parameters',
};
const initial = {
  'code-server-chart': 'not-installed/none',
  'minio-sync-chart': 'launchable/none',
  'nnunet-workflow': 'not-installed/none',
  'total-segmentator-workflow': 'not-installed/none',
  'jupyterlab-chart': 'launchable/none',
  'broken-app-chart': 'not-installed/none',
};
const afterDelete = { ...running, 'code-server-chart': 'not-installed/none' };
// The deleted instance's row is gone after the full rebuild.
const afterDeleteRebuilt = Object.fromEntries(
  Object.entries(afterDelete).filter(([release]) => release !== JUPYTER),
);
const afterUploads: Record<string, string> = {
  ...afterDeleteRebuilt,
  'chunked-test-chart': 'not-installed/none',
  'file-endpoint-chart': 'not-installed/none',
  'upload-test-chart': 'not-installed/none',
  'evil-chart': 'not-installed/none',
};

const CAPTURE_EXPECTED: Record<string, Record<string, string>> = {
  '03-extensions-initial.txt': initial,
  // Pods ContainerCreating right after the install.
  '10-extensions-after-install.txt': { ...initial, 'code-server-chart': 'creating/wait' },
  '21-extensions-during-pending-install.txt': {
    ...initial,
    'code-server-chart': 'ready/none',
    'total-segmentator-workflow': 'creating/wait',
    'broken-app-chart': 'creating/wait',
  },
  '22-extensions-running.txt': running,
  '23-kube-helm-api-extensions.txt': running,
  '25-extensions-after-cache-expiry.txt': running,
  '28-extensions-during-uninstall.txt': { ...running, 'code-server-chart': 'uninstalling/wait' },
  '32-extensions-after-delete.txt': afterDelete,
  '61-extensions-after-file-upload.txt': afterDelete,
  '63-extensions-after-uploads.txt': afterUploads,
  '78-extensions-final.txt': afterUploads,
};

const summary = (d: Diagnosis) => `${d.kind}/${d.next.kind}`;
const byRelease = (rows: ExtensionRow[], context = {}) =>
  Object.fromEntries(rows.map((row) => [row.releaseName, summary(diagnose(row, context))]));
const row = (rows: ExtensionRow[], name: string): ExtensionRow => {
  const found = rows.find((r) => r.releaseName === name);
  if (!found) throw new Error(`no row ${name}`);
  return found;
};

describe('diagnose: every state in the fixtures, the captures and the pod cases', () => {
  it('reads every fixture row as written down', () => {
    expect(byRelease(fixtureRows)).toEqual(FIXTURE_EXPECTED);
  });

  it('reads every pod case as written down', () => {
    expect(byRelease(podCaseRows)).toEqual(POD_CASES_EXPECTED);
  });

  it('covers every /extensions capture', () => {
    expect(captureRows.map((c) => c.file).sort()).toEqual(Object.keys(CAPTURE_EXPECTED).sort());
  });

  for (const { file, rows } of captureRows) {
    it(`reads every row of capture ${file} as written down`, () => {
      expect(byRelease(rows)).toEqual(CAPTURE_EXPECTED[file]);
    });
  }
});

describe('diagnose: words a researcher can follow', () => {
  const now = Date.parse('2025-12-18T10:00:00Z');
  const contexts = [{}, { now, seenSince: () => now - 10 * 60_000 }];
  const all = [fixtureRows, podCaseRows, ...captureRows.map((c) => c.rows)].flatMap((rows) =>
    contexts.flatMap((context) => rows.map((r) => ({ r, d: diagnose(r, context) }))),
  );

  it('never says kube-helm, --no-hooks, "check the logs" or helm/kubectl in primary text', () => {
    for (const { r, d } of all) {
      const primary = [d.headline, d.explanation, d.next.text].join(' ');
      expect(primary, r.releaseName).not.toMatch(
        /kube-helm|--no-hooks|check the logs?|\bhelm\b|kubectl/i,
      );
    }
  });

  it('says what an administrator should check only in forAdmins, and only once', () => {
    for (const { r, d } of all) {
      if (d.forAdmins === null) continue;
      expect(d.forAdmins.length, r.releaseName).toBeGreaterThan(0);
      expect(d.explanation, r.releaseName).not.toContain(d.forAdmins);
    }
  });

  it('has a next step in words exactly when there is one', () => {
    for (const { r, d } of all) {
      expect(d.next.text === '', r.releaseName).toBe(d.next.kind === 'none');
    }
  });

  it('agrees with the state: errors are errors, ready is calm', () => {
    for (const { r, d } of all) {
      const { state } = deriveState(r);
      if (state === 'error' || state === 'failed') expect(d.tone, r.releaseName).toBe('error');
      if (state === 'ready') expect(d.tone, r.releaseName).toBe('ok');
      if (d.tone === 'ok') expect(state, r.releaseName).toBe('ready');
    }
  });
});

describe('diagnose: the messages', () => {
  it('tells a crash loop and a missing image apart', () => {
    const crash = diagnose(row(podCaseRows, 'crashloop-running-app'));
    const image = diagnose(row(podCaseRows, 'image-pull-app'));
    expect(crash.headline).not.toBe(image.headline);
    expect(crash.explanation).toContain('restarted 4 times');
    expect(crash.next.text).toMatch(/different parameters/);
    expect(image.explanation).toMatch(/without internet access/);
    expect(image.next.text).toMatch(/\.tar file on the Uploads page/);
    expect(image.pod?.name).toBe('image-pull-app-7c5d9b8f6-r5t8y');
  });

  it('counts restarts from the row, as they grow in the real captures', () => {
    const broken = (file: string) => {
      const capture = captureRows.find((c) => c.file === file);
      return diagnose(row(capture?.rows ?? [], 'broken-app-chart')).explanation;
    };
    expect(broken('22-extensions-running.txt')).toContain('restarted 2 times');
    expect(broken('78-extensions-final.txt')).toContain(
      'restarted 11 times, the last time 3 seconds ago',
    );
  });

  it('names the GPU only for charts that need one', () => {
    const gpu = diagnose(row(podCaseRows, 'gpu-pending-app'));
    expect(gpu.headline).toBe('Waiting for a free GPU');
    const cpuRow: ExtensionRow = {
      ...row(podCaseRows, 'gpu-pending-app'),
      resourceRequirement: 'cpu',
    };
    const cpu = diagnose(cpuRow);
    expect(cpu.headline).toBe('Waiting for free resources');
    expect(cpu.explanation).toMatch(/CPU or memory/);
    expect(cpu.explanation).not.toMatch(/GPU/);
  });

  it('gives every pod as a fact: name, ready, status, restarts, age', () => {
    const d = diagnose(row(podCaseRows, 'second-replica-crashing-app'));
    expect(
      d.pods.map(({ name, ready, status, restartsText, age }) => [
        name,
        ready,
        status,
        restartsText,
        age,
      ]),
    ).toEqual([
      ['second-replica-crashing-app-6c8d7f9b5-a1b2c', '1/1', 'running', '0', '12m'],
      [
        'second-replica-crashing-app-6c8d7f9b5-d3e4f',
        '0/1',
        'crashloopbackoff',
        '5 (1m ago)',
        '12m',
      ],
    ]);
    expect(d.pod?.name).toBe('second-replica-crashing-app-6c8d7f9b5-d3e4f');
    expect(d.helm).toMatchObject({
      status: 'deployed',
      revision: '1',
      chart: 'second-replica-crashing-app-0.1.0',
    });
  });

  it('says so when the pods could not be read, and tells administrators where to look', () => {
    const d = diagnose(row(podCaseRows, 'pods-unreadable-app'));
    expect(d.explanation).toMatch(/could not read/);
    expect(d.forAdmins).toMatch(/kube-helm could not read the pods of pods-unreadable-app/);
    expect(d.pods).toEqual([]);
  });

  it('speaks of instances as instances', () => {
    const failed = diagnose(row(fixtureRows, 'dev-code-server-chart-0c4d2e9a7b61f3e58d92'));
    expect(failed.headline).toBe('Launch failed');
    expect(failed.next.text).toMatch(/^Delete this instance and launch a new one/);
    const single = diagnose(row(fixtureRows, 'body-and-organ-analysis-workflow'));
    expect(single.next.text).toMatch(/^Uninstall it and install it again/);
  });
});

describe('diagnose: time', () => {
  const wsiconv = () => row(fixtureRows, 'wsiconv-workflow');
  // helm started installing wsiconv at 09:46:30.77 UTC.
  const started = Date.parse('2025-12-18T09:46:30.771Z');

  it("calls an install stuck after five minutes by helm's clock, with force uninstall", () => {
    expect(diagnose(wsiconv(), { now: started + 4 * 60_000 }).kind).toBe('installing');
    const stuck = diagnose(wsiconv(), { now: started + 13 * 60_000 });
    expect(summary(stuck)).toBe('install-stuck/force-uninstall');
    expect(stuck.explanation).toContain('installing for 13 minutes');
    expect(stuck.forAdmins).toContain('--no-hooks');
  });

  it('calls an uninstall stuck after a minute seen from this browser', () => {
    const mitk = row(fixtureRows, 'mitk-flow-workflow');
    const now = Date.parse('2025-12-18T10:00:00Z');
    const seen = (ms: number) => ({ now, seenSince: () => now - ms });
    expect(diagnose(mitk, seen(30_000)).kind).toBe('uninstalling');
    expect(diagnose(mitk, { now }).kind).toBe('uninstalling');
    const stuck = diagnose(mitk, seen(2 * 60_000));
    expect(summary(stuck)).toBe('uninstall-stuck/force-uninstall');
    expect(stuck.explanation).toContain('for 2 minutes');
  });

  it('waits a little for a pod to answer before calling it a problem', () => {
    const base = row(podCaseRows, 'readiness-failing-app');
    const young = JSON.parse(JSON.stringify(base).replace('"4m"', '"50s"')) as ExtensionRow;
    expect(summary(diagnose(young))).toBe('not-answering/wait');
    expect(diagnose(young).tone).toBe('info');
    expect(diagnose(base).tone).toBe('warning');
    expect(diagnose(base).explanation).toContain('4 minutes');
  });
});

describe('diagnoseRelease: what the list does not show yet', () => {
  it("follows helm's fresher status when the list has no deployment", () => {
    expect(
      diagnoseRelease(
        { releaseName: 'nnunet-workflow', deployment: null },
        { helmStatus: 'pending-install' },
      ).kind,
    ).toBe('installing');
    expect(
      diagnoseRelease(
        { releaseName: 'nnunet-workflow', deployment: null },
        { helmStatus: 'deployed' },
      ).kind,
    ).toBe('awaiting-list');
    expect(diagnoseRelease({ releaseName: 'nnunet-workflow', deployment: null }).kind).toBe(
      'not-installed',
    );
  });

  it('reads an unusual helm state as such', () => {
    const d = diagnoseRelease({ releaseName: 'x', deployment: null }, { helmStatus: 'superseded' });
    expect(summary(d)).toBe('helm-unknown/ask-admin');
    expect(d.explanation).toContain('"superseded"');
  });
});
