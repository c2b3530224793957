// Screenshots of every stage of the Uploads place, light and dark, against a running dev server:
//   KH_SIM_TIMING=fast npm run dev &   npx tsx scripts/shoot-uploads.ts [http://127.0.0.1:5321] [dir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { writeTar } from '../src/mocks/sim/tar';
import { testChart } from '../src/test/chart-archives';
import launchOptions from './chromium-launch.json' with { type: 'json' };

const base = process.argv[2] ?? 'http://127.0.0.1:5321';
const dir = process.argv[3] ?? 'shots';
mkdirSync(dir, { recursive: true });

const kaapanaImage =
  'spec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: {{ .Values.global.registry_url }}/hello-app:{{ .Values.global.kaapana_build_version }}\n          imagePullPolicy: IfNotPresent\n';
const deployment = `kind: Deployment\nmetadata:\n  name: hello\n  namespace: "{{ .Values.global.services_namespace }}"\n${kaapanaImage}`;
const file = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: Buffer.from(bytes),
});
const good = (name = 'hello-app', extra = {}) =>
  testChart({
    name,
    chart: { annotations: { 'ui-visible-name': 'Hello App' } },
    values: {
      global: {},
      extension_params: {
        display_name: { type: 'string', definition: 'Name of the instance', default: '-' },
      },
    },
    templates: { 'deployment.yaml': deployment },
    ...extra,
  });

/** A big image archive on disk (a tar header, then filler), for the progress screenshots. */
function bigTar(path: string, bytes: number) {
  const header = writeTar({ 'manifest.json': '[]' }).subarray(0, 1024);
  const out = new Uint8Array(bytes);
  out.set(header);
  writeFileSync(path, out);
}
const bigPath = `${dir}/big-images.tar`;
bigTar(bigPath, 400 * 1024 * 1024);

const browser = await chromium.launch(launchOptions);
for (const colorScheme of ['light', 'dark'] as const) {
  const context = await browser.newContext({
    viewport: { width: 1300, height: 1000 },
    colorScheme,
  });
  const session = `up-${colorScheme}`;
  const control = async (path: string, data: unknown) =>
    context.request.post(`${base}/__sim${path}`, {
      data,
      headers: { Cookie: `kh-sim-session=${session}` },
    });
  await context.addCookies([{ name: 'kh-sim-session', value: session, url: base }]);
  await control('/reset', { scenario: 'busy', timing: 'fast' });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') console.log('console error', m.text());
  });
  const shot = async (name: string, p: Page = page) => {
    const path = `${dir}/upload-${name}-${colorScheme}.png`;
    await p.screenshot({ path, fullPage: true });
    console.log(path);
  };
  const input = () => page.getByTestId('upload-input');
  const clear = async () => {
    await page.evaluate(() => {
      localStorage.removeItem('kaapana-extensions.uploads');
    });
    await page.goto(`${base}/uploads`);
  };

  await page.goto(`${base}/uploads`);
  await clear();
  await shot('00-empty');

  // A good chart: checked, uploaded, listed.
  await input().setInputFiles(file('hello-app-0.1.0.tgz', good()));
  await page.getByText('Waiting for the catalog to list it').waitFor();
  await shot('01-waiting-catalog');
  await page
    .getByRole('link', { name: /Show Hello App in the catalog/ })
    .waitFor({ timeout: 40_000 });
  await shot('02-available');

  // What stops a chart, and what asks.
  await clear();
  await input().setInputFiles([
    file(
      'no-description-0.1.0.tgz',
      testChart({ name: 'no-description', chart: { description: undefined } }),
    ),
    file('hello-app.tgz', good('hello-app', { version: '0.2.0' })),
    file('code-server-chart-0.6.0.tgz', good('code-server-chart', { version: '0.6.0' })),
    file('notes.zip', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])),
    file('fake-0.1.0.tgz', new TextEncoder().encode('not an archive\n'.repeat(40))),
  ]);
  await page.getByText('Upload as hello-app-0.2.0.tgz').waitFor();
  await page.getByText('Replace it').waitFor();
  await page.waitForTimeout(500);
  await shot('03-checks-choices-refusals');
  await page.getByRole('button', { name: 'Keep the one in the catalog' }).click();
  await page.getByText('Kept the chart that is in the catalog').waitFor();
  await shot('03b-kept');

  // A chart that does not show up: another chart without a description (sent around the app)
  // keeps the catalog from loading.
  const form = { filepond: JSON.stringify({ filepath: 'broken-0.1.0.tgz' }) };
  const headers = { Cookie: `kh-sim-session=${session}` };
  const id = (
    await (
      await context.request.post(`${base}/kube-helm-api/filepond-upload`, {
        multipart: form,
        headers,
      })
    ).text()
  ).trim();
  const broken = testChart({ name: 'broken', chart: { description: undefined } });
  await context.request.patch(`${base}/kube-helm-api/filepond-upload?patch=${id}`, {
    data: Buffer.from(broken),
    headers: { ...headers, 'Upload-Length': String(broken.length) },
  });
  await clear();
  await input().setInputFiles(file('lonely-0.1.0.tgz', good('lonely')));
  await page.getByText('did not appear in the catalog').waitFor({ timeout: 60_000 });
  await shot('03c-not-listed');
  await context.request.delete(`${base}/__sim/files/broken-0.1.0.tgz`, { headers });

  await clear();
  await input().setInputFiles(
    file(
      'admin-thing-0.1.0.tgz',
      testChart({
        name: 'admin-thing',
        templates: {
          'cm.yaml':
            'kind: ConfigMap\nmetadata:\n  name: x\n  namespace: {{ .Values.global.admin_namespace }}\n',
          'sa.yaml': 'kind: ServiceAccount\nmetadata:\n  namespace: {{ include "ns" . }}\n',
        },
      }),
    ),
  );
  await page.getByText('Not uploaded: 1 resource').waitFor();
  await shot('04-admin-namespace');

  // An image archive: uploading with progress, a restart, then the import.
  await clear();
  await control('/uploads/faults', { at: { '4': 'drop-after' } });
  await input().setInputFiles(bigPath);
  await page.getByText(/Started over once/).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(800);
  await shot('05-uploading-restarted');
  await page.getByText('Importing the images').waitFor({ timeout: 120_000 });
  await shot('06-importing');
  await page.getByText('Imported:').waitFor({ timeout: 60_000 });
  await shot('07-imported');

  // Cancel, and a failure after every restart.
  await clear();
  await input().setInputFiles(bigPath);
  await page.getByText(/ of 419 MB/).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText(/^Cancelled\./).waitFor({ timeout: 60_000 });
  await control('/uploads/faults', { rate: 1, kinds: ['bad-gateway-before'] });
  await input().setInputFiles(file('images.tar', writeTar({ 'manifest.json': '[]' })));
  await page.getByText(/started over 3 times/).waitFor({ timeout: 60_000 });
  await control('/uploads/faults', {});
  await shot('08-cancelled-failed');

  // Refused by the platform at the end (a namespace only it sees), and interrupted by a reload.
  await clear();
  await input().setInputFiles(
    file(
      'sneaky-0.1.0.tgz',
      testChart({
        name: 'sneaky',
        templates: {
          'rb.yaml':
            'kind: RoleBinding\nmetadata:\n  namespace: services\nsubjects:\n  - kind: ServiceAccount\n    namespace: admin\n',
        },
      }),
    ),
  );
  await page.getByText(/The platform refused the file/).waitFor({ timeout: 30_000 });
  await input().setInputFiles(bigPath);
  await page.getByText(/ of 419 MB/).waitFor({ timeout: 30_000 });
  page.once('dialog', (d) => void d.accept());
  await page.reload();
  await page.getByText('The page was reloaded while this file was uploading').waitFor();
  await shot('09-rejected-interrupted');
  await context.close();
}
await browser.close();
