import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PROJECT = { name: 'admin', id: '6b1f0c2e-8d4a-4f4e-9b7a-2c3d5e6f7a81' };
const TRIGGERED = 'kaapanaint-mitk-flow-251218094107123456';
const releases = (page: Page) => page.getByRole('table', { name: 'Releases' });
const release = (page: Page, name: string) =>
  releases(page).getByRole('row').filter({ hasText: name }).first();
const catalogRow = (page: Page, name: string) =>
  page
    .getByRole('table', { name: 'Extensions' })
    .getByRole('row')
    .filter({ hasText: name })
    .first();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const banner = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Hide this notice' }) });

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Installs (or launches) a chart from the catalog as a user does. */
async function install(page: Page, search: string, name: string, button = 'Install') {
  await page.goto(`/?maturity=&q=${encodeURIComponent(search)}`);
  await catalogRow(page, name)
    .getByRole('button', { name: `${button} ${name}` })
    .click();
  const dialog = page.getByRole('dialog', { name: new RegExp(escape(`${button} ${name}`)) });
  await dialog.getByRole('button', { name: new RegExp(`^${button} \\d`) }).click();
  await expect(dialog).toBeHidden();
}

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([
    { name: 'Project', value: encodeURIComponent(JSON.stringify(PROJECT)), url: baseURL ?? '' },
  ]);
});

test('releases: filters and search in the address, deep links, back and forward', async ({
  page,
}) => {
  await page.goto('/releases');
  const status = page.getByRole('status').filter({ hasText: 'releases' });
  await expect(status).toHaveText('10 releases');
  await expect(page.getByRole('link', { name: 'Releases , 3 need attention' })).toBeVisible();
  await page.getByRole('checkbox', { name: /^Needs attention/ }).check();
  await expect(page).toHaveURL(/state=attention/);
  await expect(status).toHaveText('3 of 10 releases');
  await page.getByRole('searchbox', { name: 'Search releases' }).fill('wsi');
  await expect(page).toHaveURL(/q=wsi/);
  await expect(status).toHaveText('1 of 10 releases');
  await expect(release(page, 'WSI converter')).toContainText('Installing · stuck');
  await page.goBack();
  await expect(status).toHaveText('10 releases');
  await expect(page.getByRole('searchbox', { name: 'Search releases' })).toHaveValue('');
  // Typing replaced the filter's entry in the history: forward brings both back.
  await page.goForward();
  await expect(status).toHaveText('1 of 10 releases');
  await expect(page.getByRole('searchbox', { name: 'Search releases' })).toHaveValue('wsi');

  await page.goto('/releases?state=ready&sort=name');
  await expect(status).toHaveText('4 of 10 releases');
  await expect(releases(page).getByRole('row').nth(1)).toContainText('Code Server for Airflow');
  await release(page, 'lung-study').getByRole('link', { name: 'lung-study', exact: true }).click();
  await expect(page).toHaveURL(/\/releases\/jupyterlab-chart-3f9a1c7e52b04d8a6e1f$/);
  await expect(page.getByRole('heading', { level: 1, name: 'lung-study' })).toBeVisible();
});

test('releases with the keyboard alone: filter, open a release, act on it', async ({ page }) => {
  await page.goto('/releases');
  await expect(release(page, 'Collabora')).toBeVisible();
  const attention = page.getByRole('checkbox', { name: /^Needs attention/ });
  const ready = page.getByRole('checkbox', { name: /^Ready/ });
  await page.getByRole('searchbox', { name: 'Search releases' }).focus();
  for (
    let i = 0;
    i < 6 && !(await attention.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(attention).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/state=attention/);
  await expect(ready).not.toBeChecked();
  const link = release(page, 'WSI converter').getByRole('link', {
    name: 'WSI converter',
    exact: true,
  });
  for (let i = 0; i < 12 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'WSI converter' })).toBeVisible();
  const force = page
    .getByRole('region', { name: 'Installation is stuck' })
    .getByRole('button', { name: 'Force uninstall WSI converter' });
  for (let i = 0; i < 30 && !(await force.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(force).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Force uninstall WSI converter?' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(force).toBeFocused();
});

test('a release goes from starting to ready on its page', async ({ page }) => {
  await install(page, 'edk', 'Extension Development Kit');
  await page.goto('/releases/edk');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Extension Development Kit' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Ready' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('table', { name: 'Pods' })).toContainText('running');
  await expect(
    page.getByRole('link', { name: /Open Extension Development Kit at \/edk\// }),
  ).toBeVisible();
});

test('a crash-looping and an image-pull-failing release say why, and what to do', async ({
  page,
}) => {
  await install(page, 'broken app', 'Broken App (simulated crash loop)');
  await install(page, 'missing image', 'Missing Image (simulated pull error)');
  await page.goto('/releases/broken-app-chart');
  await expect(page.getByRole('heading', { level: 2, name: 'It keeps crashing' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(
    page
      .getByRole('region', { name: 'It keeps crashing' })
      .getByText(/Next step:/)
      .locator('..'),
  ).toContainText(/again/);
  await page.goto('/releases/missing-image-chart');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Its image is not on this machine' }),
  ).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'Upload the image' }).click();
  await expect(page).toHaveURL(/\/uploads$/);
});

test('the stuck banner shows only when a release is stuck or failed', async ({ page, sim }) => {
  await sim.reset('fresh');
  await install(page, 'edk', 'Extension Development Kit');
  await page.goto('/releases');
  await expect(release(page, 'Extension Development Kit')).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Releases', exact: true })).toBeVisible();

  await sim.reset('busy');
  await page.goto('/activity');
  await expect(banner(page)).toHaveCount(1);
  await expect(banner(page)).toContainText('Body and Organ Analysis: installation failed');
  await expect(
    banner(page).getByRole('link', { name: '2 more are stuck or failed' }),
  ).toBeVisible();
  await banner(page).getByRole('link', { name: 'Details' }).click();
  await expect(page).toHaveURL(/\/releases\/body-and-organ-analysis-workflow$/);
  // The page itself says it; the banner moves on to the next one.
  await expect(banner(page)).toContainText('r-analysis: launch failed');
});

test('force uninstall from a release page', async ({ page }) => {
  await page.goto('/releases/wsiconv-workflow');
  const region = page.getByRole('region', { name: 'Installation is stuck' });
  await region.getByRole('button', { name: 'Force uninstall WSI converter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Force uninstall WSI converter?' });
  await expect(dialog).toContainText('--no-hooks');
  await dialog.getByRole('button', { name: 'Force uninstall' }).click();
  await expect(page.getByText('Force-uninstalling WSI converter')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'This release has been removed' }),
  ).toBeVisible({ timeout: 20_000 });
});

test('launch again with the same values', async ({ page }) => {
  await page.goto('/?maturity=&q=tensorboard');
  await catalogRow(page, 'Tensorboard').getByRole('button', { name: 'Launch Tensorboard' }).click();
  const dialog = page.getByRole('dialog', { name: /Launch Tensorboard/ });
  await dialog.getByRole('textbox', { name: /Display name/ }).fill('runs-a');
  await dialog.getByRole('button', { name: 'Launch 0.6.0' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: /^Releases/ }).click();
  await release(page, 'runs-a').getByRole('link', { name: 'runs-a', exact: true }).click();
  const launched = page.getByRole('region', { name: 'Launched with' });
  await expect(launched).toContainText('display_name');
  await expect(launched).toContainText('runs-a');
  await page.getByRole('button', { name: 'Launch again with these values' }).click();
  const again = page.getByRole('dialog', { name: /Launch Tensorboard/ });
  await expect(again.getByRole('textbox', { name: /Display name/ })).toHaveValue('runs-a');
});

test('active applications: complete what a workflow opened, after asking', async ({ page }) => {
  await page.goto('/applications');
  const triggered = page.getByRole('table', { name: 'Opened by workflows' });
  await expect(page.getByRole('table', { name: 'Launched in project admin' })).toContainText(
    'lung-study',
  );
  await triggered.getByRole('button', { name: `Complete ${TRIGGERED}` }).click();
  const dialog = page.getByRole('dialog', { name: `Complete ${TRIGGERED}?` });
  await dialog.getByRole('button', { name: 'Complete' }).click();
  await expect(page.getByText(`Completing ${TRIGGERED}`)).toBeVisible();
  await expect(page.getByText('No workflow is waiting for you in an application.')).toBeVisible({
    timeout: 20_000,
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('axe finds no violations on the releases, a release and active applications', async ({
      page,
    }) => {
      await page.goto('/releases');
      await expect(release(page, 'Collabora')).toBeVisible();
      await expect(banner(page)).toBeVisible();
      expect(await axe(page)).toEqual([]);
      await page.goto('/releases/wsiconv-workflow');
      await expect(
        page.getByRole('heading', { level: 2, name: 'Installation is stuck' }),
      ).toBeVisible();
      expect(await axe(page)).toEqual([]);
      await page.goto('/releases/nothing-here');
      await expect(page.getByRole('heading', { name: 'There is no such release' })).toBeVisible();
      expect(await axe(page)).toEqual([]);
      await page.goto('/applications');
      await expect(page.getByRole('table', { name: 'Opened by workflows' })).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
  });
}

test.describe('390 px wide', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the places fit without sideways scrolling, rows become cards', async ({ page }) => {
    const pages: [string, () => Promise<void>][] = [
      ['/releases', () => expect(page.getByRole('list', { name: 'Releases' })).toBeVisible()],
      [
        '/releases/jupyterlab-chart-b71e04c9d2a35f6e8c10',
        () => expect(page.getByRole('list', { name: 'Pods' })).toBeVisible(),
      ],
      [
        '/releases/wsiconv-workflow',
        () =>
          expect(
            page.getByRole('heading', { level: 2, name: 'Installation is stuck' }),
          ).toBeVisible(),
      ],
      [
        '/applications',
        () => expect(page.getByRole('list', { name: 'Opened by workflows' })).toBeVisible(),
      ],
    ];
    for (const [path, ready] of pages) {
      await page.goto(path);
      await ready();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(390);
    }
  });
});
