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

test('the page asks for the list once, from its HTML, before the app’s code has run', async ({
  page,
}) => {
  const reads: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/kube-helm-api/extensions') reads.push(request.url());
  });
  await page.goto('/');
  await expect(status(page)).toHaveText(/^\d+ of \d+ extensions$/);
  // One request (the app's first read took the preloaded answer), started by the HTML's link.
  expect(reads).toHaveLength(1);
  const initiators = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname === '/kube-helm-api/extensions')
      .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
  );
  expect(initiators[0]).toBe('link');
});

test('signed out before the first load, the preloaded answer is the gateway’s login: said so', async ({
  page,
}) => {
  await page.route('**/kube-helm-api/extensions', (route) =>
    route.fulfill({ status: 302, headers: { Location: '/oauth2/sign_in?rd=%2F' }, body: '' }),
  );
  await page.route('**/oauth2/sign_in*', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Sign in</title>' }),
  );
  await page.goto('/');
  await expect(page.getByText(/Your Kaapana session has expired/).first()).toBeVisible();
  await expect(table(page)).toHaveCount(0);
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
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('state');
  // Stable workflows mentioning "segment": Total Segmentator v2, MITK Segmentation, Radiomics.
  await expect(status(page)).toHaveText('3 of 25 extensions');
  await expect(page.getByText('1 experimental extension is hidden.')).toBeVisible();

  await page.getByRole('checkbox', { name: /^CPU/ }).check();
  await expect(page).toHaveURL(/hardware=cpu/);
  await page.getByRole('checkbox', { name: /^CPU/ }).uncheck();
  // Changes made before the address caught up are one history entry (a frame or two on an idle
  // machine, longer on a busy one); this walk wants one entry per change.
  await expect(page).not.toHaveURL(/hardware=/);
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
  // 13 stable ones, and two experimental ones that are installed and in trouble.
  await expect(status(page)).toHaveText('15 of 25 extensions');
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
  // The rows and the row count of the first render that shows rows (only the first screenful is
  // laid out then; the rest follows after that frame's paint).
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      const rows = [...document.querySelectorAll('[role="table"] [role="row"][aria-rowindex]')];
      if (rows.length < 2) return;
      seen.disconnect();
      const first = {
        rowcount: document.querySelector('[role="table"]')?.getAttribute('aria-rowcount'),
        rows: rows.map((r) => `${String(r.getAttribute('aria-rowindex'))} ${r.textContent}`),
      };
      Object.assign(window, { firstRender: first });
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto('/?maturity=');
  // A 12 MB answer to build, send and read: on a busy machine that takes a while.
  await expect(status(page)).toHaveText('10000 of 10000 extensions', { timeout: 45_000 });
  await expect(table(page).getByRole('row').nth(1)).toBeVisible();
  // The whole list is laid out: its last line is counted (a chart with instances ends it).
  await expect(table(page)).toHaveAttribute('aria-rowcount', /^1\d{4}$/);
  // The first render showed the very rows the whole list starts with, and counted every line.
  const first = await page.evaluate(
    () => (window as unknown as { firstRender: { rowcount: string; rows: string[] } }).firstRender,
  );
  const now = await table(page)
    .locator('[role="row"][aria-rowindex]')
    .evaluateAll((rows) =>
      rows.map((r) => `${String(r.getAttribute('aria-rowindex'))} ${r.textContent}`),
    );
  expect(first.rowcount).toBe(await table(page).getAttribute('aria-rowcount'));
  // (The window may hold a line more or less once the table's place on the page is measured.)
  const both = Math.min(first.rows.length, now.length);
  expect(both).toBeGreaterThan(5);
  expect(first.rows.slice(0, both)).toEqual(now.slice(0, both));
  // Only a screenful of rows is in the page.
  expect(await table(page).getByRole('row').count()).toBeLessThan(40);
  // Scrolled to the end, the last line is there (and still only a screenful).
  const lines = Number(await table(page).getAttribute('aria-rowcount'));
  expect(lines).toBeGreaterThan(10000);
  await page.evaluate(() => {
    window.scrollTo(0, document.body.scrollHeight);
  });
  const last = table(page).locator(`[aria-rowindex="${String(lines)}"]`);
  await expect(last).toBeInViewport();
  expect(await table(page).getByRole('row').count()).toBeLessThan(40);
  // From the keyboard, the arrow keys bring the lines above into the page and into view.
  await last.getByRole('button').last().focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowUp');
  const above = table(page).locator(`[aria-rowindex="${String(lines - 30)}"]`);
  await expect(above.getByRole('button').last()).toBeFocused();
  await expect(above).toBeInViewport();
  // A line under the app bar (which stays at the top), reached with the arrow keys, comes out
  // from under it.
  const line = (n: number) => table(page).locator(`[aria-rowindex="${String(n)}"]`);
  await line(lines - 40).evaluate((element) => {
    window.scrollBy(0, element.getBoundingClientRect().top - 8);
  });
  await line(lines - 39)
    .getByRole('button')
    .last()
    .focus();
  await page.keyboard.press('ArrowUp');
  await expect(
    line(lines - 40)
      .getByRole('button')
      .last(),
  ).toBeFocused();
  const bar = await page.getByRole('banner').boundingBox();
  await expect
    .poll(async () => (await line(lines - 40).boundingBox())?.y ?? 0)
    .toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0) - 1);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  await page.getByRole('searchbox', { name: 'Search extensions' }).fill('lung segmentation');
  await expect(status(page)).not.toHaveText('10000 of 10000 extensions');
  await expect(row(page, 'Lung Segmentation')).toBeVisible();
  await page.getByRole('checkbox', { name: /^GPU/ }).check();
  await expect(table(page).getByRole('row').nth(1)).toContainText('GPU');
});

for (const width of [390, 768]) {
  test(`no horizontal overflow at ${String(width)} px; filters in a drawer`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?maturity=');
    await expect(status(page)).toHaveText('25 of 25 extensions');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    // Each line keeps its name, state and action in view.
    const airflow = row(page, 'Code Server for Airflow');
    await airflow.scrollIntoViewIfNeeded();
    for (const part of [
      airflow.getByText('Code Server for Airflow', { exact: true }),
      airflow.getByText('Ready'),
      airflow.getByRole('button', { name: 'Uninstall Code Server for Airflow' }),
    ]) {
      await expect(part).toBeInViewport();
    }
    // The link and the action of a line never overlap.
    const open = await airflow
      .getByRole('link', { name: /Open Code Server for Airflow/ })
      .boundingBox();
    const action = await airflow.getByRole('button', { name: /^Uninstall/ }).boundingBox();
    expect(open && action && open.x + open.width <= action.x).toBe(true);
    await page.getByRole('button', { name: 'Filters' }).click();
    const drawer = page.getByRole('presentation').filter({ hasText: 'Needs attention' });
    await drawer.getByRole('checkbox', { name: /Needs attention/ }).check();
    await page.keyboard.press('Escape');
    await expect(status(page)).toHaveText('3 of 25 extensions');
    await expect(page.getByRole('button', { name: 'Filters, 1 active' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}

test('one Tab stop per line, arrow keys within and between lines', async ({ page }) => {
  await page.goto('/?maturity=&q=code');
  const airflow = row(page, 'Code Server for Airflow');
  const uninstall = airflow.getByRole('button', { name: 'Uninstall Code Server for Airflow' });
  await uninstall.focus();
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('button', { name: 'Launch Code Server for Development' }),
  ).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(uninstall).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const state = airflow.getByRole('link', { name: /^Code Server for Airflow: Ready/ });
  await expect(state).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/releases\/code-server-chart$/);
});

test('on a phone the places fold into a menu', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/');
  const places = page.getByRole('navigation', { name: 'Places' });
  await places.getByRole('button', { name: /Catalog/ }).click();
  await page.getByRole('menuitem', { name: /Activity/ }).click();
  await expect(page).toHaveURL(/\/activity$/);
  await expect(places.getByRole('button', { name: /Activity/ })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test("a line's tips show on hover and on keyboard focus, describe their element, and go", async ({
  page,
}) => {
  await page.goto('/?q=body');
  const failed = row(page, 'Body and Organ Analysis');
  const state = failed.getByRole('link', { name: /^Body and Organ Analysis: Failed/ });
  const tip = page.getByRole('tooltip');
  // Closed, the why and the next step are the link's description (its title).
  await expect(state).toHaveAccessibleDescription(/^Installation failed\s+The platform could not/);
  await state.hover();
  await expect(tip).toBeVisible();
  await expect(tip.locator('strong')).toHaveText('Installation failed');
  await expect(tip).toContainText('Uninstall it and install it again');
  // Open, the tip describes it and the browser's own tooltip is not shown too.
  await expect(state).toHaveAccessibleDescription(/^Installation failed\s*The platform could not/);
  await expect(state).not.toHaveAttribute('title');
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);
  await expect(state).toHaveAttribute('title', /^Installation failed\n/);

  // From the keyboard: the line's action, then the arrow keys to its state; Escape closes.
  const uninstall = failed.getByRole('button', { name: 'Uninstall Body and Organ Analysis' });
  await uninstall.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(state).toBeFocused();
  await expect(tip).toContainText('Installation failed');
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);

  // A busy button says why it cannot be pressed.
  await page.goto('/?q=mitk segmentation');
  const busy = row(page, 'Interactive MITK Segmentation').getByRole('button', {
    name: /Uninstalling Interactive MITK/,
  });
  await expect(busy).toHaveAccessibleDescription('helm is removing this release.');
  await busy.hover();
  await expect(tip).toHaveText('helm is removing this release.');

  // An icon button's tip is its name, not a description of it.
  const refresh = page.getByRole('button', { name: 'Refresh now' });
  await refresh.hover();
  await expect(tip).toHaveText('Refresh now');
  await expect(refresh).toHaveAccessibleDescription('');
  await busy.hover();
  await expect(tip).toHaveText('helm is removing this release.');

  // A tip whose line the list takes away goes with it.
  await page.getByRole('searchbox', { name: 'Search extensions' }).fill('nothing like it');
  await expect(status(page)).toHaveText(/^0 of 25 extensions/);
  await expect(tip).toHaveCount(0);
});
