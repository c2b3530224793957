import type { Page } from '@playwright/test';
import { writeTar } from '../src/mocks/sim/tar';
import { testChart } from '../src/test/chart-archives';
import { axeViolations, expect, test } from './fixtures';

const deployment =
  'kind: Deployment\nmetadata:\n  name: hello\n  namespace: "{{ .Values.global.services_namespace }}"\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: {{ .Values.global.registry_url }}/hello-app:{{ .Values.global.kaapana_build_version }}\n';

const chart = (spec: Parameters<typeof testChart>[0] = {}) =>
  Buffer.from(
    testChart({
      name: 'hello-app',
      chart: { annotations: { 'ui-visible-name': 'Hello App' } },
      templates: { 'deployment.yaml': deployment },
      ...spec,
    }),
  );
const payload = (name: string, buffer: Buffer) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer,
});
/** An image archive of about `bytes` (a tar header, then filler). */
const imageTar = (bytes: number) => {
  const out = Buffer.alloc(bytes);
  out.set(writeTar({ 'manifest.json': '[]' }).subarray(0, 1024));
  return out;
};

const input = (page: Page) => page.getByTestId('upload-input');
const card = (page: Page, name: string) => page.getByRole('article', { name });
const axe = (page: Page) => axeViolations(page, 'main');
/** Small upload pieces, so that a few MB take several requests (a setting the README names). */
const smallPieces = async (page: Page) => {
  await page.evaluate(() => {
    localStorage.setItem('kaapana-extensions.upload-chunk-mib', '0.0625');
  });
};

/**
 * Keeps the third upload piece from reaching the platform until the test lets it go, so that an
 * upload is surely still under way when the test acts on it (however fast the machine): `held`
 * settles once that piece is kept back; after `release()` every piece goes through.
 */
const holdThirdPiece = async (page: Page) => {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let holding: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    holding = resolve;
  });
  let pieces = 0;
  await page.route('**/kube-helm-api/filepond-upload?patch=*', async (route) => {
    if (route.request().method() === 'PATCH' && ++pieces === 3) {
      holding();
      await released;
    }
    await route.fallback().catch(() => undefined);
  });
  return { held, release };
};

test('a dropped chart is checked, uploaded, listed, and its link leads to it', async ({ page }) => {
  await page.goto('/uploads');
  const bytes = chart().toString('base64');
  const dataTransfer = await page.evaluateHandle((base64) => {
    const transfer = new DataTransfer();
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    transfer.items.add(new File([data], 'hello-app-0.1.0.tgz'));
    return transfer;
  }, bytes);
  await page.getByRole('region', { name: 'Add files' }).dispatchEvent('drop', { dataTransfer });
  const hello = card(page, 'hello-app-0.1.0.tgz');
  await expect(hello).toContainText('Hello App (hello-app) version 0.1.0 · Application · stable');
  await expect(hello).toContainText('registry/hello-app:platform version');
  const link = hello.getByRole('link', { name: 'Show Hello App in the catalog' });
  await expect(link).toBeVisible({ timeout: 20_000 });
  await link.click();
  await expect(page).toHaveURL(/\/\?q=hello-app$/);
  await expect(page.getByRole('table', { name: 'Extensions' })).toContainText('Hello App');
  await page.goto('/activity');
  await expect(page.getByRole('table', { name: 'Activity' })).toContainText('Listed');
});

test('a chart without a description is stopped before anything is sent', async ({ page }) => {
  await page.goto('/uploads');
  await input(page).setInputFiles(
    payload('hello-app-0.1.0.tgz', chart({ chart: { description: undefined } })),
  );
  const hello = card(page, 'hello-app-0.1.0.tgz');
  await expect(hello).toContainText('Not uploaded: Chart.yaml has no description.');
  await expect(hello).toContainText('the whole catalog stops loading');
  await expect(hello.getByRole('status')).toHaveAccessibleName('hello-app-0.1.0.tgz: Not uploaded');
  const stored = (await (await page.request.get('/__sim/uploads')).json()) as {
    received: unknown[];
  };
  expect(stored.received).toEqual([]);
});

test('a wrongly named chart is offered its right name', async ({ page }) => {
  await page.goto('/uploads');
  await input(page).setInputFiles(payload('my-chart.tgz', chart()));
  const mine = card(page, 'my-chart.tgz');
  await expect(mine).toContainText('the platform needs “hello-app-0.1.0.tgz”');
  await mine.getByRole('button', { name: 'Upload as hello-app-0.1.0.tgz' }).click();
  await expect(mine).toContainText('uploaded as hello-app-0.1.0.tgz');
  await expect(mine.getByRole('link', { name: 'Show Hello App in the catalog' })).toBeVisible({
    timeout: 20_000,
  });
});

test('an image archive uploads and is imported', async ({ page }) => {
  await page.goto('/uploads');
  await input(page).setInputFiles(payload('images.tar', imageTar(3 * 1024 * 1024)));
  const images = card(page, 'images.tar');
  await expect(images).toContainText('Imported: Successfully imported container images.tar', {
    timeout: 20_000,
  });
});

test('cancel stops an upload and discards what arrived', async ({ page }) => {
  await page.goto('/uploads');
  await smallPieces(page);
  await page.reload();
  const piece = await holdThirdPiece(page);
  await input(page).setInputFiles(payload('big-images.tar', imageTar(16 * 1024 * 1024)));
  const images = card(page, 'big-images.tar');
  await expect(images.getByRole('progressbar', { name: 'Uploading big-images.tar' })).toBeVisible();
  await expect(images).toContainText(/ of 16\.8 MB/);
  await piece.held;
  await images.getByRole('button', { name: 'Cancel' }).click();
  // The piece on its way arrives before the revert: else it would land after it, in a new file.
  await expect(images).toContainText('Cancelling: the piece already on its way arrives first');
  await expect(images.getByRole('status', { name: 'big-images.tar: Cancelling' })).toBeVisible();
  await expect(
    images.getByRole('progressbar', { name: 'Cancelling big-images.tar' }),
  ).toBeVisible();
  await expect(images.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  piece.release();
  await expect(images).toContainText('Cancelled. What had arrived was discarded on the platform.');
  await expect(images.getByRole('status', { name: 'big-images.tar: Cancelled' })).toBeVisible();
  const state = (await (await page.request.get('/__sim/uploads')).json()) as {
    received: unknown[];
    partial: unknown[];
  };
  expect(state).toMatchObject({ received: [], partial: [] });
});

test('an upload goes on while the user is elsewhere in the app', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/uploads');
  await smallPieces(page);
  await page.reload();
  // Surely still uploading when the user leaves the place, however fast the machine.
  const piece = await holdThirdPiece(page);
  await input(page).setInputFiles(payload('big-images.tar', imageTar(8 * 1024 * 1024)));
  const images = card(page, 'big-images.tar');
  await expect(images.getByRole('progressbar', { name: 'Uploading big-images.tar' })).toBeVisible();
  await piece.held;
  await page
    .getByRole('navigation', { name: 'Places' })
    .getByRole('link', { name: 'Catalog' })
    .click();
  await expect(page.getByRole('table', { name: 'Extensions' })).toBeVisible();
  piece.release();
  // While away, the file arrives and is imported.
  await expect
    .poll(
      async () =>
        ((await (await page.request.get('/__sim/uploads')).json()) as { received: unknown[] })
          .received.length,
      { timeout: 60_000 },
    )
    .toBe(1);
  await page
    .getByRole('navigation', { name: 'Places' })
    .getByRole('link', { name: 'Uploads' })
    .click();
  await expect(images).toContainText('Imported', { timeout: 20_000 });
  await expect(images).not.toContainText('Started over');
});

test('leaving the page mid-upload asks first; after a reload the upload shows as interrupted', async ({
  page,
}) => {
  await page.goto('/uploads');
  await smallPieces(page);
  await page.reload();
  const piece = await holdThirdPiece(page);
  await input(page).setInputFiles(payload('big-images.tar', imageTar(16 * 1024 * 1024)));
  const images = card(page, 'big-images.tar');
  await expect(images).toContainText(/ of 16\.8 MB/);
  await piece.held;
  // Browsers ask only after the user has touched the page.
  await page.getByRole('heading', { name: 'Uploads' }).click();
  const asked = page.waitForEvent('dialog');
  const reload = page.reload();
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.accept();
  await reload;
  await expect(images).toContainText('The page was reloaded while this file was uploading');
  await expect(images).toContainText('Add the file again: it uploads from the start.');
  await expect
    .poll(
      async () =>
        ((await (await page.request.get('/__sim/uploads')).json()) as { partial: unknown[] })
          .partial.length,
    )
    .toBe(0);
});

test('an upload with the keyboard alone', async ({ page }) => {
  await page.goto('/uploads');
  const choose = page.getByRole('button', { name: 'Choose files…' });
  for (let i = 0; i < 30 && !(await choose.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(choose).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(payload('hello.tgz', chart()));
  const rename = card(page, 'hello.tgz').getByRole('button', {
    name: 'Upload as hello-app-0.1.0.tgz',
  });
  await expect(rename).toBeVisible();
  for (let i = 0; i < 30 && !(await rename.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(rename).toBeFocused();
  await page.keyboard.press('Enter');
  const link = card(page, 'hello.tgz').getByRole('link', { name: 'Show Hello App in the catalog' });
  await expect(link).toBeVisible({ timeout: 20_000 });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Extensions' })).toContainText('Hello App');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('axe finds nothing on the Uploads place, in every kind of stage', async ({ page }) => {
      // "Waiting for the catalog" lasts only until the next list read shows the chart: list
      // answers that already show it are kept back until axe has looked at that stage.
      const keptBack: (() => Promise<void>)[] = [];
      let keepBack = true;
      await page.route('**/kube-helm-api/extensions', async (route) => {
        try {
          const response = await route.fetch();
          const body = await response.text();
          const answer = () => route.fulfill({ response, body }).catch(() => undefined);
          if (keepBack && body.includes('"hello-app"')) keptBack.push(answer);
          else await answer();
        } catch {
          // The test ended while this read was under way.
        }
      });
      await page.goto('/uploads');
      expect(await axe(page)).toEqual([]);
      await input(page).setInputFiles([
        payload('hello-app-0.1.0.tgz', chart()),
        payload(
          'no-description-0.1.0.tgz',
          chart({ name: 'no-description', chart: { description: undefined } }),
        ),
        payload('hello.tgz', chart({ version: '0.2.0' })),
        payload('notes.zip', Buffer.from([0x50, 0x4b, 3, 4])),
        payload('images.tar', imageTar(64 * 1024)),
      ]);
      await expect(
        card(page, 'hello.tgz').getByRole('button', { name: /Upload as/ }),
      ).toBeVisible();
      await expect(card(page, 'images.tar')).toContainText('Imported', { timeout: 20_000 });
      await expect(card(page, 'hello-app-0.1.0.tgz')).toContainText('Waiting for the catalog');
      expect(await axe(page)).toEqual([]);
      keepBack = false;
      for (const answer of keptBack.splice(0)) await answer();
      await expect(
        card(page, 'hello-app-0.1.0.tgz').getByRole('link', { name: /in the catalog/ }),
      ).toBeVisible({ timeout: 20_000 });
      expect(await axe(page)).toEqual([]);
    });
  });
}
