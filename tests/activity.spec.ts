import type { Page } from '@playwright/test';
import { axeViolations, inAdminProject, expect, test } from './fixtures';

const axe = (page: Page) => axeViolations(page, 'main');

test.beforeEach(async ({ context, baseURL }) => {
  await inAdminProject(context, baseURL);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`activity, ${colorScheme}`, () => {
    test.use({ colorScheme });
    test('empty, then full: a launch and an update, in words, copied with feedback', async ({
      page,
    }) => {
      await page.goto('/activity');
      await expect(page.getByText(/Nothing yet/)).toBeVisible();
      expect(await axe(page)).toEqual([]);

      await page.goto('/?q=tensorboard');
      await page.getByRole('button', { name: 'Launch Tensorboard' }).first().click();
      const dialog = page.getByRole('dialog', { name: /Launch Tensorboard/ });
      await dialog.getByRole('textbox', { name: /Display name/ }).fill('runs-a');
      await dialog.getByRole('button', { name: 'Launch 0.6.0' }).click();
      await expect(page.getByText('Launched runs-a (Tensorboard 0.6.0)')).toBeVisible();
      await page.getByRole('button', { name: 'Update extensions' }).first().click();
      await expect(page.getByText('Extension collections updated')).toBeVisible();

      await page.getByRole('link', { name: 'Activity' }).first().click();
      const log = page.getByRole('table', { name: 'Activity' });
      const launch = log.getByRole('row').filter({ hasText: 'runs-a' });
      await expect(launch).toContainText('instance of Tensorboard');
      await expect(launch).toContainText(/Started|Ready/);
      await expect(log.getByRole('row').filter({ hasText: 'Update extensions' })).toContainText(
        'Fetching',
      );
      // The launched instance becomes ready: its entry says so, in words.
      await expect(launch).toContainText('Ready', { timeout: 30_000 });
      // Its name changes with what it says; the entry it is for stays.
      const copy = launch.getByRole('button', { name: /of Launch runs-a$/ });
      await expect(copy).toHaveAccessibleName('Copy details of Launch runs-a');
      await copy.click();
      await expect(copy).toHaveText('Copied');
      await expect(copy).toHaveAccessibleName('Copied the details of Launch runs-a');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(JSON.parse(copied)).toMatchObject({ action: 'Launch', extension: 'runs-a' });
      expect(await axe(page)).toEqual([]);
      await expect(page.getByRole('main')).not.toContainText(
        /outcome-unknown|already-installed|no-answer|\b(success|warning|error|info)\b|kube-helm/,
      );
    });
  });
}

test('at 390 px the log is a list of cards, nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?q=edk');
  await page.getByRole('button', { name: 'Install Extension Development Kit' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Install 0.6.0' }).click();
  await expect(page.getByText('Installed Extension Development Kit 0.6.0')).toBeVisible();
  await page.goto('/activity');
  const list = page.getByRole('list', { name: 'Activity' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Extension Development Kit');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
