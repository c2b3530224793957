import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The first screen has no MUI: its colours are theme-vars.css, keyed on the class color-mode.ts
// puts on <html>; the dialogs bring MUI's theme along. Both must follow the user's choice.
const LIGHT_PAGE = 'rgb(245, 247, 250)';
const DARK_PAGE = 'rgb(15, 20, 25)';

const pageColour = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const dialogPaper = (page: Page) =>
  page
    .getByRole('dialog')
    .evaluate((dialog) => getComputedStyle(dialog.closest('.MuiPaper-root') ?? dialog).color);

test.use({ colorScheme: 'dark' });

test('the theme follows the system, then the choice, across a reload and in the dialogs', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: /^Install / }).first()).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  expect(await pageColour(page)).toBe(DARK_PAGE);

  await page.getByRole('button', { name: 'Theme: follows the system. Switch to light.' }).click();
  await expect(page.locator('html')).toHaveClass(/\blight\b/);
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  expect(await pageColour(page)).toBe(LIGHT_PAGE);

  // Kept across a reload, on the page before anything renders.
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/\blight\b/);
  expect(await pageColour(page)).toBe(LIGHT_PAGE);

  // A dialog (MUI, loaded on demand) is light too: dark text on its paper.
  await page
    .getByRole('button', { name: /^Install / })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await dialogPaper(page)).toBe('rgba(0, 0, 0, 0.87)');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByRole('button', { name: 'Theme: light. Switch to dark.' }).click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  expect(await pageColour(page)).toBe(DARK_PAGE);
  await page
    .getByRole('button', { name: /^Install / })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await dialogPaper(page)).toBe('rgb(255, 255, 255)');
  await page.keyboard.press('Escape');

  // Back to following the system, which is dark here, and then light.
  await page.getByRole('button', { name: 'Theme: dark. Switch to system.' }).click();
  await expect(
    page.getByRole('button', { name: 'Theme: follows the system. Switch to light.' }),
  ).toBeVisible();
  expect(await pageColour(page)).toBe(DARK_PAGE);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveClass(/\blight\b/);
  expect(await pageColour(page)).toBe(LIGHT_PAGE);
});

test.describe('before the code runs', () => {
  // The app's scripts are held back on purpose.
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });
  test("a dark system gets a dark page before the app's code has run", async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('/');
    await expect(page.locator('html')).not.toHaveClass(/\b(light|dark)\b/);
    expect(await pageColour(page)).toBe(DARK_PAGE);
  });
});
