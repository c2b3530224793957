/**
 * Drives the typed client against a kube-helm over real HTTP: list, install, launch, uninstall,
 * upload. It CHANGES the backend's state; point it at the simulator or a throw-away platform.
 *
 *   npm run sim -- --port 5055 &            # a simulated kube-helm (timing: realistic or fast)
 *   npx tsx scripts/kube-helm-smoke.ts http://127.0.0.1:5055/kube-helm-api
 */
import { createKubeHelmClient, type Project } from '../src/api';
import { packChart } from '../src/mocks/sim/chart-archive';

export interface SmokeStep {
  step: string;
  ok: boolean;
  detail: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function smoke(
  baseUrl: string,
  project: Project,
  log: (step: SmokeStep) => void = () => undefined,
  pollMs = 1_000,
  patienceMs = 60_000,
): Promise<SmokeStep[]> {
  const client = createKubeHelmClient({
    baseUrl,
    project: { transport: 'header', current: () => project },
  });
  const steps: SmokeStep[] = [];
  const record = (step: string, ok: boolean, detail: string) => {
    const entry = { step, ok, detail };
    steps.push(entry);
    log(entry);
    return ok;
  };
  // A list read may fail for a moment: a real kube-helm answers 500 "Failed to get extensions"
  // while an instance's deletion finishes. Like the app, the smoke reads again; only a list that
  // never shows what is awaited within the patience fails the step.
  const until = async (
    what: (rows: Awaited<ReturnType<typeof client.listExtensions>>) => boolean,
  ) => {
    for (const start = Date.now(); Date.now() - start < patienceMs; await sleep(pollMs)) {
      const rows = await client.listExtensions().catch(() => null);
      if (rows && what(rows)) return true;
    }
    return false;
  };

  const rows = await client.listExtensions();
  record('list', rows.length > 0, `${String(rows.length)} rows`);

  const single = rows.find(
    (r) => r.multiinstallable === 'no' && r.installed === 'no' && r.experimental === 'no',
  );
  if (single) {
    const outcome = await client.install({
      name: single.chart_name,
      version: single.version,
      keywords: single.keywords,
    });
    record('install', outcome.kind === 'installed', `${single.chart_name}: ${outcome.kind}`);
    const uninstalled = await client.uninstall({
      releaseName: single.releaseName,
      version: single.version,
    });
    record(
      'uninstall',
      uninstalled.kind === 'requested',
      `${single.releaseName}: ${uninstalled.kind}`,
    );
  } else {
    record('install', false, 'no installable chart found');
  }

  const multi = rows.find((r) => r.multiinstallable === 'yes' && r.releaseName === r.chart_name);
  if (multi) {
    const outcome = await client.install({
      name: multi.chart_name,
      version: multi.version,
      keywords: multi.keywords,
    });
    const name = outcome.kind === 'installed' ? outcome.releaseName : '';
    record(
      'launch',
      name.startsWith(`${multi.chart_name}-`),
      `${multi.chart_name}: ${outcome.kind} ${name}`,
    );
    if (name) {
      const seen = await until((list) => list.some((r) => r.releaseName === name));
      record('instance listed', seen, name);
      const deleted = await client.uninstall({
        releaseName: name,
        version: multi.version,
        multiinstallable: true,
      });
      record('delete instance', deleted.kind === 'requested', deleted.kind);
    }
  } else {
    record('launch', false, 'no multi-installable chart found');
  }

  const chartName = `smoke-test-${String(Date.now() % 100000)}-workflow`;
  const bytes = packChart({
    name: chartName,
    version: '0.0.1',
    description: 'Uploaded by the smoke test',
    keywords: ['kaapanaworkflow', 'kaapanaexperimental'],
    padToBytes: 2_500_000,
  });
  const file = new File([bytes as Uint8Array<ArrayBuffer>], `${chartName}-0.0.1.tgz`);
  let chunks = 0;
  const uploaded = await client.upload.file(file, { onProgress: () => (chunks += 1) });
  record(
    'upload',
    uploaded.kind === 'stored',
    `${file.name} (${String(file.size)} bytes, ${String(chunks - 1)} chunks): ${uploaded.kind}`,
  );
  const listed = await until((list) => list.some((r) => r.chart_name === chartName));
  record('uploaded chart listed', listed, chartName);
  return steps;
}

const isMain = process.argv[1]?.endsWith('kube-helm-smoke.ts') ?? false;
if (isMain) {
  const baseUrl = process.argv[2] ?? 'http://127.0.0.1:5055/kube-helm-api';
  const project = {
    id: process.env.KH_PROJECT_ID ?? '6b1f0c2e-8d4a-4f4e-9b7a-2c3d5e6f7a81',
    name: process.env.KH_PROJECT_NAME ?? 'admin',
  };
  const steps = await smoke(baseUrl, project, (s) => {
    console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.step.padEnd(22)} ${s.detail}`);
  });
  process.exitCode = steps.every((s) => s.ok) ? 0 : 1;
}
