// Measures the catalog with the `large` scenario (10,000 charts) in Debian's Chromium:
// time to the first rows, and how long a keystroke in search / a facet toggle takes to paint.
//   npm run build && npx vite preview --configLoader runner --port 5394 &   (or npm run dev)
//   node bench/catalog-large.mjs http://127.0.0.1:5394 [size]
import { chromium } from '@playwright/test';
import launchOptions from '../scripts/chromium-launch.json' with { type: 'json' };

const base = process.argv[2] ?? 'http://127.0.0.1:5394';
const size = Number(process.argv[3] ?? 10000);
const browser = await chromium.launch(launchOptions);
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
await context.addCookies([{ name: 'kh-sim-session', value: 'bench', url: base }]);
const reset = await context.request.post(`${base}/__sim/reset`, {
  data: { scenario: `large:${size}`, timing: 'fast' },
  headers: { Cookie: 'kh-sim-session=bench' },
});
if (!reset.ok()) throw new Error(`reset failed: ${reset.status()}`);
const page = await context.newPage();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const t0 = Date.now();
await page.goto(`${base}/?maturity=`);
await page.getByRole('row').nth(1).waitFor();
const firstRows = Date.now() - t0;

/**
 * In the page: performs `act`, then reports ms until the next frame (the input itself painted)
 * and until the frame after the result count changed (the list painted).
 */
async function measure(act) {
  return page.evaluate(async (actSource) => {
    const status = () => document.querySelector('[role="status"]')?.textContent;
    const before = status();
    const start = performance.now();
    new Function(actSource)();
    const firstFrame = await new Promise((r) =>
      requestAnimationFrame(() => r(performance.now() - start)),
    );
    const listFrame = await new Promise((resolve) => {
      const tick = () => {
        if (status() !== before || performance.now() - start > 5000)
          resolve(performance.now() - start);
        else requestAnimationFrame(tick);
      };
      tick();
    });
    return { firstFrame, listFrame };
  }, act);
}

const type = (text) => `
  const input = document.querySelector('input[type=search]');
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(text)});
  input.dispatchEvent(new Event('input', { bubbles: true }));`;
const typing = [];
for (const text of ['lu', 'lun', 'lung s', 'lung se', 'lung seg', 'lung segm', 'l']) {
  typing.push(await measure(type(text)));
  await page.waitForTimeout(400);
}
await page.evaluate(new Function(type('')));
await page.waitForTimeout(600);
const toggles = [];
for (let i = 0; i < 6; i++) {
  toggles.push(
    await measure(
      `[...document.querySelectorAll('label')].find((l) => l.textContent.startsWith('GPU')).querySelector('input').click();`,
    ),
  );
  await page.waitForTimeout(400);
}
const stat = (xs, key) =>
  `median ${median(xs.map((x) => x[key])).toFixed(0)} ms, max ${Math.max(...xs.map((x) => x[key])).toFixed(0)} ms`;
const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
console.log(`catalog, large:${size}`);
console.log(`  first rows visible        ${firstRows} ms (navigation to first row)`);
console.log(`  keystroke → input painted ${stat(typing, 'firstFrame')}`);
console.log(`  keystroke → list painted  ${stat(typing, 'listFrame')}`);
console.log(
  `  facet toggle → painted    ${stat(toggles, 'listFrame')} (first frame ${stat(toggles, 'firstFrame')})`,
);
console.log(`  JS heap                   ${(heap / 1e6).toFixed(0)} MB`);
await browser.close();
