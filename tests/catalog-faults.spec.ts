import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Broken and hostile answers, in Chromium: the simulator's own replies changed on their way to the
 * page (Playwright's routing), or held back.
 */
const LIST = '**/kube-helm-api/extensions';
const table = (page: Page) => page.getByRole('table', { name: 'Extensions' });
const row = (page: Page, name: string) =>
  table(page).getByRole('row').filter({ hasText: name }).first();
const status = (page: Page) => page.getByRole('status').filter({ hasText: 'extensions' });
const staleNotice = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'Showing the list as of' });

type Row = Record<string, unknown>;

/** Every list the page reads passes through `change`. */
async function changeList(page: Page, change: (rows: Row[]) => unknown) {
  await page.route(LIST, async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({ response, json: change((await response.json()) as Row[]) });
    } catch {
      // The test ended while a read was on its way (its page and response are gone); left
      // unhandled, that rejection would fail whichever test runs next in this worker.
    }
  });
}

test('a first load with one malformed row lists the others and says what it left out', async ({
  page,
}) => {
  await changeList(page, (rows) =>
    rows.map((r) => {
      if (r.releaseName !== 'radiomics-workflow') return r;
      const copy = { ...r };
      delete copy.extension_params;
      return copy;
    }),
  );
  await page.goto('/?maturity=');
  await expect(status(page)).toHaveText('24 of 24 extensions');
  await expect(row(page, 'Code Server for Airflow')).toContainText('Ready');
  const notice = page.getByRole('note').filter({ hasText: '1 row could not be read' });
  await expect(notice).toContainText('Not listed: “Radiomics”.');
  await expect(page.getByText('Loading the extensions failed')).toHaveCount(0);
  await notice.getByText('Technical details').click();
  await expect(notice.getByLabel('Technical details')).toContainText(
    '#4 "Radiomics": extension_params: Invalid input: expected record, received undefined',
  );
});

test('a 200 without one readable row keeps the last list, with the stale notice', async ({
  page,
}) => {
  await page.goto('/?maturity=');
  await expect(status(page)).toHaveText('25 of 25 extensions');
  // kube-helm's corrupted cache (CONTRACT §10.23): a bare string where the rows were.
  await page.route(LIST, (route) => route.fulfill({ json: ['bare string'] }));
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect(staleNotice(page)).toContainText('sent an answer this app cannot read');
  await expect(status(page)).toHaveText('25 of 25 extensions');
  await expect(page.getByText('The catalog is empty')).toHaveCount(0);
});

test.describe('an outage', () => {
  // Chromium logs the 503s this test asks for.
  test.use({ allowedConsoleErrors: [/status of 503/] });

  test('keeps the list and the stale notice, also while an action restarts a hanging read', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([
      {
        name: 'Project',
        value: encodeURIComponent(JSON.stringify({ name: 'admin', id: 'p-1' })),
        url: baseURL ?? '',
      },
    ]);
    await page.goto('/?q=edk');
    await expect(status(page)).toHaveText('1 of 25 extensions');
    // The gateway finds no backend.
    await page.route(LIST, (route) =>
      route.fulfill({ status: 503, body: 'no available server', contentType: 'text/plain' }),
    );
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await expect(staleNotice(page)).toContainText(
      'The extension service said: no available server',
    );
    // From now on the list hangs; notice it if the stale notice leaves the page even for a moment.
    const held: Route[] = [];
    await page.route(LIST, (route) => {
      held.push(route);
    });
    await page.evaluate(() => {
      const w = window as unknown as { __staleGone?: boolean };
      const shown = () =>
        [...document.querySelectorAll('[role="alert"]')].some((e) =>
          e.textContent.includes('Showing the list as of'),
        );
      new MutationObserver(() => {
        if (!shown()) w.__staleGone = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    // An install (the backend's install works) ends with a refresh of the list, which hangs.
    await row(page, 'Extension Development Kit')
      .getByRole('button', { name: 'Install Extension Development Kit' })
      .click();
    const dialog = page.getByRole('dialog', { name: /Install Extension Development Kit/ });
    await dialog.getByRole('button', { name: 'Install 0.6.0' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await expect(staleNotice(page)).toBeVisible();
    await expect(row(page, 'Extension Development Kit')).toBeVisible();
    expect(await page.evaluate(() => (window as { __staleGone?: boolean }).__staleGone)).toBe(
      undefined,
    );
    // The backend answers again (the held reads, then the polls): the notice goes by itself.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    for (const route of held) await route.fallback().catch(() => undefined);
    await expect(staleNotice(page)).toHaveCount(0, { timeout: 20_000 });
    await expect(page.getByText(/^Updated (just now|\d+ s ago)$/)).toBeVisible();
  });
});

const HOSTILE = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'">',
  '<h1 aria-hidden="true">H1</h1><h2>H2</h2><h3>H3</h3>',
  '<table><tr><td>cell</td></tr></table><blockquote>quote</blockquote>',
  '<div role="dialog" aria-modal="true" style="position:fixed;inset:0">cover</div>',
  `<p>${'unbroken'.repeat(60)}</p>`,
  `<table><tr>${'<td>wide-column-content</td>'.repeat(40)}</tr></table>`,
  '<a href="../kube-helm-api/update-extensions">update</a>',
  '<a href="/docs/%2e%2e/kube-helm-api/helm-delete-chart">delete</a>',
  '<svg><animate onbegin="window.__xss = \'svg\'" attributeName="x" dur="1s"/></svg>',
  '<form action="/kube-helm-api/helm-install-chart"><button>go</button></form>',
].join('');

test('hostile chart HTML and links: nothing runs, nothing leads into the API, layout holds', async ({
  page,
}) => {
  const apiGets: string[] = [];
  page.on('request', (request) => {
    if (/update-extensions|helm-delete-chart/.test(request.url())) apiGets.push(request.url());
  });
  await changeList(page, (rows) =>
    rows.map((r) =>
      r.releaseName === 'classification-training-workflow'
        ? {
            ...r,
            annotations: { documentation: '../kube-helm-api/update-extensions' },
            extension_params: {
              about: { type: 'doc', title: 'About', html: HOSTILE, required: false },
              note: { type: 'string', default: '', definition: 'Note', required: false },
            },
          }
        : r,
    ),
  );
  await page.goto('/?q=classification');
  const entry = row(page, 'classification-training-workflow');
  await expect(entry).toBeVisible();
  await expect(entry.getByRole('link', { name: /Documentation/ })).toHaveCount(0);
  await entry.getByRole('button', { name: /^Install/ }).click();
  const dialog = page.getByRole('dialog', { name: /Install/ });
  const doc = dialog.locator('.kh-safe-html');
  await expect(doc).toContainText('H1');
  // Blocks stay blocks: their words do not run together.
  const text = await doc.innerText();
  expect(text).not.toContain('cellquote');
  expect(text).not.toContain('H1H2H3');
  expect(text).toMatch(/cell\s*\n\s*quote/);
  // Nothing ran, no aria from the chart, no link into the API, no forms or frames.
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
  expect(await doc.locator('[aria-hidden], [aria-modal], [role], [style], form, img').count()).toBe(
    0,
  );
  const hrefs = await doc
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual([null, null]);
  // The chart's HTML stays inside its box: no horizontal overflow of the doc or the dialog.
  const overflow = await doc.evaluate((box) => {
    const paper = box.closest('.MuiDialog-paper');
    return {
      doc: box.scrollWidth - box.clientWidth,
      dialog: paper ? paper.scrollWidth - paper.clientWidth : -1,
    };
  });
  expect(overflow).toEqual({ doc: 0, dialog: 0 });
  // Only a table with too many columns to squeeze scrolls, in its own box.
  const tables = await doc
    .locator('.kh-safe-html-table')
    .evaluateAll((boxes) => boxes.map((b) => b.scrollWidth > b.clientWidth));
  expect(tables).toEqual([false, true]);
  await expect(dialog.getByRole('button', { name: /^Install/ })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  expect(apiGets).toEqual([]);
});
