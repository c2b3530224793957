import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const table = (page: Page) => page.getByRole('table', { name: 'Extensions' });
const row = (page: Page, name: string) =>
  table(page).getByRole('row').filter({ hasText: name }).first();
const status = (page: Page) => page.getByRole('status').filter({ hasText: 'extensions' });

test('the catalog lists the extensions with their states', async ({ page }) => {
  await page.goto('/?maturity=');
  await expect(status(page)).toHaveText('25 of 25 extensions');
  await expect(row(page, 'Body and Organ Analysis')).toContainText('Failed');
  await expect(row(page, 'Code Server for Airflow')).toContainText('Ready');
  // The list is virtualized: rows further down come into the page as it scrolls.
  await page.mouse.wheel(0, 1500);
  await expect(row(page, 'nnUNet')).toContainText('Ready');
});

test('an empty catalog says what to do', async ({ page, sim }) => {
  await sim.reset('empty');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'The catalog is empty' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Upload a chart' })).toBeVisible();
});

test('a deep link restores a filtered view, and back and forward walk through views', async ({
  page,
}) => {
  await page.goto('/?q=segment&kind=workflow&sort=state');
  await expect(page.getByRole('searchbox', { name: 'Search extensions' })).toHaveValue('segment');
  await expect(page.getByRole('checkbox', { name: /Workflows/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveText('State');
  // Stable workflows mentioning "segment": Total Segmentator v2, MITK Segmentation, Radiomics.
  await expect(status(page)).toHaveText('3 of 25 extensions');
  await expect(page.getByText('1 experimental extension is hidden.')).toBeVisible();

  await page.getByRole('checkbox', { name: /^CPU/ }).check();
  await expect(page).toHaveURL(/hardware=cpu/);
  await page.getByRole('checkbox', { name: /^CPU/ }).uncheck();
  await page.getByRole('checkbox', { name: /^GPU/ }).check();
  await expect(status(page)).toHaveText('0 of 25 extensions');
  await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /^GPU/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^CPU/ })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /^CPU/ })).not.toBeChecked();
  await expect(status(page)).toHaveText('3 of 25 extensions');
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^CPU/ })).toBeChecked();
});

test('search and facets work from the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(status(page)).toHaveText('13 of 25 extensions');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search extensions' })).toBeFocused();
  await page.keyboard.type('code');
  await expect(status(page)).toHaveText('2 of 25 extensions');
  await expect(page).toHaveURL(/q=code/);
  // Tab from the search to the sort field, then on to the first facet.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /Workflows/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /Applications/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: /Applications/ })).toBeChecked();
  await expect(page).toHaveURL(/kind=application/);
  await expect(status(page)).toHaveText('2 of 25 extensions');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('axe finds no violations on the catalog', async ({ page }) => {
      await page.goto('/?maturity=');
      await expect(row(page, 'Code Server for Airflow')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
    });
  });
}

test('10,000 extensions render and filter', async ({ page, sim }) => {
  await sim.reset('large:10000');
  await page.goto('/?maturity=');
  await expect(status(page)).toHaveText('10000 of 10000 extensions', { timeout: 20_000 });
  await expect(table(page).getByRole('row').nth(1)).toBeVisible();
  // Only a screenful of rows is in the page.
  expect(await table(page).getByRole('row').count()).toBeLessThan(40);
  await page.getByRole('searchbox', { name: 'Search extensions' }).fill('lung segmentation');
  await expect(status(page)).not.toHaveText('10000 of 10000 extensions');
  await expect(row(page, 'Lung Segmentation')).toBeVisible();
  await page.getByRole('checkbox', { name: /^GPU/ }).check();
  await expect(table(page).getByRole('row').nth(1)).toContainText('GPU');
});
