import type { Page } from '@playwright/test';
import { axeViolations, inAdminProject, expect, test } from './fixtures';

const table = (page: Page) => page.getByRole('table', { name: 'Extensions' });
const row = (page: Page, name: string) =>
  table(page).getByRole('row').filter({ hasText: name }).first();
const axe = (page: Page) => axeViolations(page, '[role="dialog"]');

test.beforeEach(async ({ context, baseURL }) => {
  await inAdminProject(context, baseURL);
});

test('install → ready', async ({ page }) => {
  await page.goto('/?q=edk');
  await row(page, 'Extension Development Kit')
    .getByRole('button', { name: 'Install Extension Development Kit' })
    .click();
  const dialog = page.getByRole('dialog', { name: /Install Extension Development Kit/ });
  await dialog.getByRole('button', { name: 'Install 0.6.0' }).click();
  await expect(page.getByText('Installed Extension Development Kit 0.6.0')).toBeVisible();
  await expect(row(page, 'Extension Development Kit')).toContainText(/Installing|Starting|Ready/);
  await expect(row(page, 'Extension Development Kit')).toContainText('Ready', { timeout: 20_000 });
  await expect(
    row(page, 'Extension Development Kit').getByRole('link', {
      name: /Open Extension Development Kit at \/edk\//,
    }),
  ).toBeVisible();
});

test('launch two instances; each shows at once and then as the backend lists it', async ({
  page,
}) => {
  await page.goto('/?q=tensorboard');
  for (const name of ['runs-a', 'runs-b']) {
    await row(page, 'Tensorboard').getByRole('button', { name: 'Launch Tensorboard' }).click();
    const dialog = page.getByRole('dialog', { name: /Launch Tensorboard/ });
    await dialog.getByRole('textbox', { name: /Display name/ }).fill(name);
    await dialog.getByRole('button', { name: 'Launch 0.6.0' }).click();
    await expect(page.getByText(`Launched ${name} (Tensorboard 0.6.0)`)).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(row(page, name)).toBeVisible();
  }
  await expect(row(page, 'Tensorboard')).toContainText('of 2 ready');
  await expect(row(page, 'runs-a')).toContainText('Ready', { timeout: 20_000 });
  await expect(row(page, 'runs-b')).toContainText('Ready', { timeout: 20_000 });
});

test('uninstall asks, then the release goes', async ({ page }) => {
  await page.goto('/?q=code server');
  await row(page, 'Code Server for Airflow')
    .getByRole('button', { name: 'Uninstall Code Server for Airflow' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Uninstall Code Server for Airflow?' });
  await expect(dialog).toContainText('code-server-chart');
  await dialog.getByRole('button', { name: 'Uninstall' }).click();
  await expect(page.getByText('Uninstalling Code Server for Airflow')).toBeVisible();
  await expect(row(page, 'Code Server for Airflow')).toContainText('Not installed', {
    timeout: 20_000,
  });
});

test('a stuck uninstall is resolved by force', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?q=mitk segmentation');
  const stuck = row(page, 'Interactive MITK Segmentation');
  await expect(stuck.getByRole('button', { name: /Uninstalling Interactive MITK/ })).toBeDisabled();
  // After a minute of "uninstalling", the way out is offered.
  await expect(
    stuck.getByRole('button', { name: 'Force uninstall Interactive MITK Segmentation' }),
  ).toBeEnabled({ timeout: 80_000 });
  await expect(stuck).toContainText('Uninstalling · stuck');
  await stuck
    .getByRole('button', { name: 'Force uninstall Interactive MITK Segmentation' })
    .click();
  const dialog = page.getByRole('dialog', {
    name: 'Force uninstall Interactive MITK Segmentation?',
  });
  await expect(dialog).toContainText('without running its clean-up steps');
  // The technical side is there, folded away.
  await dialog.getByText('Technical details').click();
  await expect(dialog.getByText(/helm uninstall --no-hooks/)).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Force uninstall' }).click();
  await expect(page.getByText('Force-uninstalling Interactive MITK Segmentation')).toBeVisible();
  await expect(stuck).toContainText('Not installed', { timeout: 20_000 });
});

test('one install with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('edk');
  await expect(page.getByRole('status').filter({ hasText: 'extensions' })).toHaveText(
    '1 of 25 extensions',
  );
  // Tab from the search into the table until the row's Install button has focus.
  const install = row(page, 'Extension Development Kit').getByRole('button', {
    name: 'Install Extension Development Kit',
  });
  for (let i = 0; i < 40 && !(await install.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(install).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Install Extension Development Kit/ });
  await expect(dialog.getByRole('button', { name: 'Install 0.6.0' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Installed Extension Development Kit 0.6.0')).toBeVisible();
  await expect(dialog).toBeHidden();
  // Focus goes back to where it came from.
  await expect(row(page, 'Extension Development Kit').getByRole('button').last()).toBeFocused();
});

test('the activity log keeps what was done across a reload', async ({ page }) => {
  await page.goto('/?q=edk');
  await row(page, 'Extension Development Kit')
    .getByRole('button', { name: 'Install Extension Development Kit' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Install 0.6.0' }).click();
  await expect(page.getByText('Installed Extension Development Kit 0.6.0')).toBeVisible();
  await page.goto('/activity');
  await page.reload();
  const log = page.getByRole('table', { name: 'Activity' });
  await expect(log).toContainText('Extension Development Kit');
  // In words: asked for ("Started"), or already settled ("Ready") if the list was read since.
  await expect(log).toContainText(/Started|Ready/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`dialogs, ${colorScheme}`, () => {
    test.use({ colorScheme });
    test('axe finds nothing in the install, launch, uninstall and switch dialogs', async ({
      page,
    }) => {
      await page.goto('/?maturity=&q=hello');
      await row(page, 'hello-world-chart')
        .getByRole('button', { name: 'Install hello-world-chart' })
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /^Install/ })
        .click();
      await expect(page.getByRole('dialog').getByText('Some answers need attention')).toBeVisible();
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      await page.goto('/?q=minio');
      await row(page, 'Minio Sync').getByRole('button', { name: 'Launch Minio Sync' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await page.goto('/?q=lung');
      await row(page, 'lung-study').getByRole('button', { name: 'Delete lung-study' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await page.goto('/?q=collabora');
      await row(page, 'Collabora')
        .getByRole('combobox', { name: 'Version of Collabora' })
        .selectOption('0.6.0');
      await row(page, 'Collabora')
        .getByRole('button', { name: 'Switch to 0.6.0 Collabora' })
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await axe(page)).toEqual([]);
      await page.getByRole('dialog').getByRole('button', { name: 'Switch to 0.6.0' }).click();
      await expect(
        page.getByRole('dialog').getByText(/^Switched to 0.6.0. It is starting now/),
      ).toBeVisible({ timeout: 15_000 });
      expect(await axe(page)).toEqual([]);
    });
  });
}
