// Screenshots of every dialog and outcome, light and dark, against a running dev server:
//   KH_SIM_TIMING=fast npm run dev &   node scripts/shoot-dialogs.mjs [http://127.0.0.1:5321] [dir]
import { chromium } from '@playwright/test';
import launchOptions from './chromium-launch.json' with { type: 'json' };
const base = process.argv[2] ?? 'http://127.0.0.1:5321';
const dir = process.argv[3] ?? 'shots';
(await import('node:fs')).mkdirSync(dir, { recursive: true });
const browser = await chromium.launch(launchOptions);
const shots = [];
for (const colorScheme of ['light', 'dark']) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme });
  const s = 'dlg' + colorScheme;
  await context.addCookies([{ name: 'kh-sim-session', value: s, url: base }]);
  await context.request.post(`${base}/__sim/reset`, {
    data: { scenario: 'busy', timing: 'fast' },
    headers: { Cookie: 'kh-sim-session=' + s },
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') console.log('console error', m.text());
  });
  const shot = async (name) => {
    const p = `${dir}/dialog-${name}-${colorScheme}.png`;
    await page.screenshot({ path: p });
    shots.push(p);
  };
  await page.goto(base + '/?maturity=&q=minio');
  await page.getByRole('button', { name: 'Launch Minio Sync' }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(300);
  await shot('launch-minio');
  await page.getByRole('textbox', { name: 'Host Directory inside $FAST_DATA_DIR' }).fill('my dir');
  await page.getByRole('button', { name: /^Launch 0/ }).click();
  await page.waitForTimeout(300);
  await shot('launch-minio-invalid');
  await page.keyboard.press('Escape');
  await page.goto(base + '/?maturity=&q=edk');
  await page.getByRole('button', { name: 'Install Extension Development Kit' }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(300);
  await shot('install-noparams');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1200);
  await shot('installed-notification');
  await page.goto(base + '/?maturity=&q=radiomics');
  await page.getByRole('button', { name: 'Uninstall Radiomics' }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(300);
  await shot('uninstall');
  await page.keyboard.press('Escape');
  await page.goto(base + '/?maturity=&q=wsi');
  await page.getByRole('button', { name: /Force uninstall WSI/ }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(300);
  await shot('force');
  await page.keyboard.press('Escape');
  await page.goto(base + '/?maturity=&q=collabora');
  await page.getByRole('combobox', { name: 'Version of Collabora' }).selectOption('0.6.0');
  await page.getByRole('button', { name: /Switch to 0.6.0/ }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(300);
  await shot('switch-confirm');
  await page.getByRole('button', { name: 'Switch to 0.6.0' }).last().click();
  await page.waitForTimeout(2500);
  await shot('switch-progress');
  await page.waitForTimeout(4000);
  await shot('switch-done');
  await page.keyboard.press('Escape');
  await page.goto(base + '/?maturity=&q=hello');
  await page.getByRole('button', { name: 'Install hello-world-chart' }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(300);
  await shot('install-hello');
  await page.goto(base + '/activity');
  await page.waitForTimeout(500);
  await shot('activity');
  await context.close();
}
console.log(shots.join('\n'));
await browser.close();
