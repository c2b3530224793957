import type { Page } from '@playwright/test';
import { BASE_PATH, SIM_ORIGIN } from './env';
import { expect, test } from './fixtures';

const table = (page: Page) => page.getByRole('table', { name: 'Extensions' });
const row = (page: Page, name: string) =>
  table(page).getByRole('row').filter({ hasText: name }).first();

test('a deep link under the base path loads its place, and the app navigates within the base path', async ({
  page,
}) => {
  await page.goto(`${BASE_PATH}activity`);
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Places' })
    .getByRole('link', { name: 'Catalog' })
    .click();
  // The router writes the catalog's URL without the trailing slash; nginx redirects it on a reload.
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}?$`));
  await expect(row(page, 'Code Server for Airflow')).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}$`));
  await expect(row(page, 'Code Server for Airflow')).toBeVisible();
  // A reload of a deep link with its query comes back to the same view.
  await page.goto(`${BASE_PATH}?q=edk`);
  await expect(row(page, 'Extension Development Kit')).toBeVisible();
  await page.reload();
  await expect(row(page, 'Extension Development Kit')).toBeVisible();
});

test('the catalog loads and an install works through nginx', async ({ page }) => {
  // The list changes as the install goes on; the list's worker then loads its reading code, which
  // the Content-Security-Policy must let through (a refusal: no request for it at all).
  const reading = page.waitForResponse(/\/assets\/list-reading-[^/]+\.js$/, { timeout: 30_000 });
  await page.goto(`${BASE_PATH}?q=edk`);
  await row(page, 'Extension Development Kit')
    .getByRole('button', { name: 'Install Extension Development Kit' })
    .click();
  const dialog = page.getByRole('dialog', { name: /Install Extension Development Kit/ });
  await dialog.getByRole('button', { name: 'Install 0.6.0' }).click();
  await expect(page.getByText('Installed Extension Development Kit 0.6.0')).toBeVisible();
  await expect(row(page, 'Extension Development Kit')).toContainText('Ready', { timeout: 20_000 });
  expect((await reading).status()).toBe(200);
});

test("Kaapana's landing page (same origin) may embed the app; another site may not", async ({
  page,
  context,
}) => {
  const frame = (origin: string) =>
    `<!doctype html><title>landing</title><iframe title="app" src="${origin}${BASE_PATH}activity"></iframe>`;
  // The landing page on the app's own origin (served here by the test, not by nginx).
  await page.route('**/landing', (route) =>
    route.fulfill({ contentType: 'text/html', body: frame('') }),
  );
  await page.goto('/landing');
  await expect(
    page.frameLocator('iframe[title="app"]').getByRole('heading', { name: 'Activity' }),
  ).toBeVisible();

  // Another origin's page: Chromium refuses to show the app in its frame (an error page instead).
  const other = await context.newPage();
  await other.route(`${SIM_ORIGIN}/landing`, (route) =>
    route.fulfill({ contentType: 'text/html', body: frame(new URL(page.url()).origin) }),
  );
  await other.goto(`${SIM_ORIGIN}/landing`);
  await expect
    .poll(() => other.frames().map((f) => f.url()))
    .toEqual([`${SIM_ORIGIN}/landing`, 'chrome-error://chromewebdata/']);
  await other.close();
});

test('a dialog with chart-supplied help works under the Content-Security-Policy', async ({
  page,
}) => {
  await page.goto(`${BASE_PATH}?q=minio`);
  await row(page, 'Minio Sync').getByRole('button', { name: 'Launch Minio Sync' }).click();
  const dialog = page.getByRole('dialog', { name: /Launch Minio Sync/ });
  await dialog
    .getByRole('button', { name: /^Help on / })
    .first()
    .click();
  await expect(page.getByText(/subdirectory of \$FAST_DATA_DIR/)).toBeVisible();
});
