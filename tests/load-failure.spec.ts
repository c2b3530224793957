import type { Page } from '@playwright/test';
import { axeViolations, expect, inAdminProject, test } from './fixtures';

/**
 * Parts of the app load on demand. When one cannot be fetched — the network failed, or the app
 * was updated on the server since the page was opened, so its old parts are gone — the user is
 * told so and how to go on; the page is never replaced by a crash.
 */

// Chromium logs the fetches this spec makes fail.
test.use({ allowedConsoleErrors: [/Failed to load resource|dynamically imported module/] });

const launch = (page: Page) =>
  page.getByRole('button', { name: 'Launch New Registry' }).first().click();

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a form that cannot be loaded is said so, and the catalog keeps working (${colorScheme})`, async ({
    page,
    context,
    baseURL,
  }) => {
    await inAdminProject(context, baseURL);
    await page.emulateMedia({ colorScheme });
    await page.route('**/assets/install-dialog-*.js', (route) => route.abort());
    await page.goto('/?maturity=&q=registry');
    await launch(page);
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'The launch form could not be loaded' });
    await expect(alert).toContainText('Reload the page to continue');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await axeViolations(page, 'body')).toEqual([]);

    // The catalog goes on working.
    await alert.getByRole('button', { name: 'Close' }).click();
    await expect(alert).toBeHidden();
    const search = page.getByRole('searchbox', { name: 'Search extensions' });
    await search.fill('minio');
    await expect(page.getByRole('button', { name: 'Launch Minio Sync' }).first()).toBeVisible();

    // With the network back, the reload it offers brings the form.
    await page.unroute('**/assets/install-dialog-*.js');
    await search.fill('registry');
    // The reload reloads the address, which follows the search box a frame or two later.
    await expect(page).toHaveURL(/q=registry/);
    await launch(page);
    await alert.getByRole('button', { name: 'Reload' }).click();
    await launch(page);
    await expect(page.getByRole('dialog', { name: /Launch New Registry/ })).toBeVisible();
  });
}

test('a place that cannot be loaded says to reload, and the reload brings it', async ({ page }) => {
  await page.route('**/assets/releases-page-*.js', (route) => route.abort());
  await page.goto('/');
  await page.getByRole('link', { name: /^Releases/ }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText('This part of the app could not be loaded');
  await expect(alert).not.toContainText('report it');
  // Under the header, whose navigation keeps working.
  await page.getByRole('link', { name: 'Uploads' }).click();
  await expect(page.getByRole('heading', { name: 'Uploads', level: 1 })).toBeVisible();
  await page.goBack();
  await expect(alert).toBeVisible();
  await page.unroute('**/assets/releases-page-*.js');
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { name: 'Releases', level: 1 })).toBeVisible();
});

test('uploads whose code cannot be loaded say to reload, and the reload brings them', async ({
  page,
}) => {
  await page.route('**/assets/upload-runtime-*.js', (route) => route.abort());
  await page.goto('/uploads');
  const alert = page.getByRole('alert').filter({ hasText: 'The uploads could not be loaded' });
  await expect(alert).toContainText('Reload the page to continue');
  await expect(page.getByLabel('Loading the uploads')).toHaveCount(0);
  await page.unroute('**/assets/upload-runtime-*.js');
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('button', { name: /Choose files/ })).toBeVisible();
});

test('without the worker that receives the list, the page reads it itself', async ({ page }) => {
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(new URL(request.url()).pathname));
  await page.route('**/assets/list-worker-*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'extensions' })).toHaveText(
    /^\d+ of \d+ extensions$/,
  );
  await expect(page.locator('[role="row"][aria-rowindex="2"]')).toBeVisible();
  expect(failed.some((path) => /\/assets\/list-worker-[^/]+\.js$/.test(path))).toBe(true);
});
