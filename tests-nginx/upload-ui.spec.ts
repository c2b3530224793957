import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { packageChart } from '../scripts/package-chart';
import { BASE_PATH } from './env';
import { expect, test } from './fixtures';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
let out = '';
let chart = '';
test.beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'kx-nginx-upload-ui-'));
  chart = packageChart(out);
});
test.afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

const row = (page: Page, name: string) =>
  page
    .getByRole('table', { name: 'Extensions' })
    .getByRole('row')
    .filter({ hasText: name })
    .first();

test('the packaged chart uploads through the app behind nginx, is listed and installs', async ({
  page,
}) => {
  // The catalog lists an upload at its next rebuild, then helm installs: real time passes.
  test.setTimeout(90_000);
  await page.goto(`${BASE_PATH}uploads`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles(chart);
  await expect(page.getByRole('status', { name: `${basename(chart)}: Available` })).toBeVisible({
    timeout: 40_000,
  });
  await page.goto(`${BASE_PATH}?q=extensions ui`);
  await expect(row(page, 'Extensions UI')).toContainText('Not installed');
  // And it installs, as the README's steps go.
  await row(page, 'Extensions UI').getByRole('button', { name: 'Install Extensions UI' }).click();
  const dialog = page.getByRole('dialog', { name: /Install Extensions UI/ });
  await dialog.getByRole('button', { name: `Install ${version}` }).click();
  await expect(page.getByText(`Installed Extensions UI ${version}`)).toBeVisible();
  await expect(row(page, 'Extensions UI')).toContainText('Ready', { timeout: 20_000 });
});
