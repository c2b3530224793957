import { expect, test } from './fixtures';

test('the catalog shows the extensions by name', async ({ page, sim }) => {
  await sim.reset('busy');
  await page.goto('/');
  const list = page.getByRole('list', { name: 'Extensions' });
  await expect(list.getByText('nnUNet', { exact: true })).toBeVisible();
  await expect(list.getByText('lung-study', { exact: true })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(28);
});

test('an empty catalog says so', async ({ page, sim }) => {
  await sim.reset('empty');
  await page.goto('/');
  await expect(page.getByText('No extensions yet.')).toBeVisible();
});

test('the places are reachable from the navigation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Active applications' }).click();
  await expect(page.getByRole('heading', { name: 'Active applications' })).toBeVisible();
  await expect(page.getByText('lung-study')).toBeVisible();
  await page.getByRole('tab', { name: 'Uploads' }).click();
  await expect(page.getByRole('heading', { name: 'Uploads' })).toBeVisible();
});
