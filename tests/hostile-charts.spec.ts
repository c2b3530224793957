import type { Page } from '@playwright/test';
import { testChart } from '../src/test/chart-archives';
import { expect, test } from './fixtures';
import { dangerInPage, installXssTrap, XSS_VECTORS } from './xss-vectors';

/**
 * Drill: hostile charts. Every field a chart (or its releases, or kube-helm about them) supplies
 * carries script injection attempts: descriptions, names, annotations, documentation links, links,
 * helm's and Kubernetes' status words, pod facts, versions, keywords, parameter definitions, help,
 * defaults, choices and documentation HTML, helm's chart status, active applications, upload file
 * names and the metadata of an uploaded chart. Each place of the app is then visited in Chromium:
 * nothing may run (a trap reports any attempt that does) and nothing on the page may run later or
 * lead somewhere dangerous (event handler attributes, frames, javascript:/data: URLs, links into
 * kube-helm's API or the gateway's login).
 */

const V = XSS_VECTORS;
const N = V.length;
const v = (k: number) => V[k % N] ?? '';

type Row = Record<string, unknown>;

/** A deployed single-install application whose every chart-supplied field is hostile. */
function hostileRow(k: number): Row {
  const release = `hostile-${String(k)}`;
  return {
    available_versions: {
      '0.6.0': {
        deployments: [
          {
            deployment_id: release,
            helm_status: v(k + 9),
            helm_info: {
              app_version: v(k + 13),
              chart: v(k + 14),
              name: release,
              namespace: 'admin',
              revision: '1',
              status: v(k + 9),
              updated: v(k + 12),
            },
            kube_status: ['running'],
            kube_info: {
              age: [v(k + 11)],
              name: [v(k + 10)],
              ready: ['1/1'],
              status: ['running'],
              restarts: ['0'],
              annotations: { note: v(k + 20) },
            },
            links: [v(k + 6), `:8080/${v(k + 7)}`],
            ready: true,
          },
        ],
      },
      [v(k + 16).slice(0, 120)]: { deployments: [] },
    },
    chart_name: release,
    description: v(k),
    display_name: v(k + 1),
    experimental: 'no',
    extension_params: null,
    helmStatus: v(k + 8),
    installed: 'yes',
    keywords: ['kaapanaapplication', v(k + 15)],
    kind: 'application',
    kubeStatus: [v(k + 17)],
    latest_version: '0.6.0',
    multiinstallable: 'no',
    links: [v(k + 4), v(k + 5)],
    name: release,
    releaseName: release,
    resourceRequirement: 'cpu',
    version: '0.6.0',
    versions: ['0.6.0', v(k + 16)],
    annotations: { 'ui-visible-name': v(k + 2), documentation: v(k + 3) },
  };
}

/** Parameters carrying every vector in every field a parameter has. */
function hostileParams(): Row {
  const params: Row = {};
  V.forEach((_, j) => {
    params[`p${String(j)}`] =
      j % 4 === 0
        ? { type: 'doc', title: v(j + 1), html: v(j), definition: v(j + 2), required: false }
        : j % 4 === 1
          ? {
              type: 'list_single',
              definition: v(j),
              help: v(j + 1),
              default: v(j + 2),
              value: [v(j + 2), v(j + 3)],
              required: false,
            }
          : j % 4 === 2
            ? {
                type: 'list_multi',
                definition: v(j),
                help: v(j + 1),
                default: [v(j + 2)],
                value: [v(j + 2), v(j + 3)],
                required: false,
              }
            : {
                type: 'string',
                definition: v(j),
                help: v(j + 1),
                default: v(j + 2),
                value: v(j + 3),
                required: false,
              };
  });
  // Every vector as documentation HTML (the help popovers render theirs the same way).
  V.forEach((_, j) => {
    params[`r${String(j)}`] = { type: 'doc', title: v(j + 2), html: v(j), required: false };
  });
  return params;
}

/** A chart to install (single) and one to launch (multi-installable), each with those params. */
function formRows(): Row[] {
  const base = (name: string, multi: boolean): Row => ({
    available_versions: { '0.6.0': { deployments: [] } },
    chart_name: name,
    description: v(5),
    display_name: '',
    experimental: 'no',
    extension_params: hostileParams(),
    helmStatus: '',
    installed: 'no',
    keywords: multi ? ['kaapanaapplication', 'kaapanamultiinstallable'] : ['kaapanaapplication'],
    kind: 'application',
    kubeStatus: '',
    latest_version: '0.6.0',
    multiinstallable: multi ? 'yes' : 'no',
    links: [],
    name,
    releaseName: name,
    resourceRequirement: 'cpu',
    version: '0.6.0',
    versions: ['0.6.0'],
    annotations: { 'ui-visible-name': name === 'hostile-form' ? 'Hostile form' : 'Hostile launch' },
  });
  return [base('hostile-form', false), base('hostile-launch', true)];
}

async function hostileBackend(page: Page) {
  await page.addInitScript(installXssTrap);
  await page.route('**/kube-helm-api/extensions', async (route) => {
    try {
      // The simulator's own list (fetched again if the loopback connection was reset).
      const response = await route.fetch().catch(() => route.fetch());
      const rows = (await response.json()) as Row[];
      const hostile = [...rows, ...V.map((_, k) => hostileRow(k)), ...formRows()];
      await route.fulfill({ response, json: hostile });
    } catch {
      // The test has ended (its page closed) while a read was under way.
    }
  });
  await page.route('**/kube-helm-api/view-chart-status?*', (route) =>
    route.fulfill({
      json: {
        NAME: new URL(route.request().url()).searchParams.get('release_name'),
        'LAST DEPLOYED': v(3),
        NAMESPACE: v(4),
        STATUS: v(5),
        REVISION: '1',
        'TEST SUITE': v(6),
      },
    }),
  );
  await page.route('**/kube-helm-api/active-applications', (route) =>
    route.fulfill({
      json: V.map((_, k) => ({
        name: `hostile-${String(k)}`,
        namespace: v(k + 1),
        created_at: v(k + 2),
        project: v(k + 3),
        paths: [v(k), v(k + 4)],
        annotations: { 'kaapana.ai/display-name': v(k + 5), 'kaapana.ai/type': v(k + 6) },
        release_name: `hostile-${String(k)}`,
        from_workflow_run: k % 2 === 0,
        ready: true,
      })),
    }),
  );
}

async function expectNothingRan(page: Page, where: string) {
  const hits = await page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits);
  expect(hits, `${where}: scripts that ran`).toEqual([]);
  expect(
    await page.evaluate(dangerInPage, undefined),
    `${where}: dangerous markup or links`,
  ).toEqual([]);
}

test.describe('drill: hostile charts', () => {
  test.use({ viewport: { width: 1400, height: 9000 } });

  test(`${String(N)} injection attempts in every chart-supplied field run nowhere`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await hostileBackend(page);
    const visited: string[] = [];

    await page.goto('/?maturity=');
    const table = page.getByRole('table', { name: 'Extensions' });
    const line = (k: number) =>
      table
        .getByRole('row')
        .filter({ has: page.locator(`a[href="/releases/hostile-${String(k)}"]`) })
        .first();
    await expect(line(N - 1)).toBeVisible();
    await expect(page.getByText(/^\d+ of \d+ extensions$/)).toHaveText(
      new RegExp(`^${String(25 + N + 2)} of`),
    );
    // Every line of the table is rendered at this height: all hostile rows are on the page.
    expect(
      await table
        .locator('a[href^="/releases/hostile-"]')
        .evaluateAll((links) => new Set(links.map((a) => a.getAttribute('href'))).size),
    ).toBe(N);
    // The trap works: markup that runs script is caught (then taken away again).
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'xss-probe';
      probe.innerHTML = '<img src=x onerror="__xss(0)">';
      document.body.append(probe);
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits))
      .toEqual(['0']);
    expect(await page.evaluate(dangerInPage, undefined)).toEqual(['img onerror="__xss(0)"']);
    await page.evaluate(() => {
      document.getElementById('xss-probe')?.remove();
      (window as unknown as { __xssHits: string[] }).__xssHits.length = 0;
    });
    await expectNothingRan(page, 'catalog');
    visited.push('catalog');

    // The pods on a state chip (its tooltip) and the version picker.
    await line(1).locator('a[href="/releases/hostile-1"]').focus();
    await expectNothingRan(page, 'catalog, a state chip focused');

    for (const [chart, verb] of [
      ['Hostile form', 'Install'],
      ['Hostile launch', 'Launch'],
    ] as const) {
      await table
        .getByRole('row')
        .filter({ hasText: chart })
        .first()
        .getByRole('button', { name: `${verb} ${chart}` })
        .click();
      const dialog = page.getByRole('dialog');
      // A form of over a hundred parameters takes a busy machine a while.
      await expect(dialog).toBeVisible({ timeout: 30_000 });
      // The documentation HTML, definitions and help of all parameters are on the page.
      await expect(dialog.locator('.kh-safe-html').first()).toBeAttached();
      // The help of some parameters, in its popover (the same sanitiser as the documentation).
      const helps = await dialog.getByRole('button', { name: /^Help on / }).all();
      expect(helps.length).toBeGreaterThanOrEqual(N / 2);
      for (const help of helps.filter((_, i) => i % 12 === 0)) {
        await help.evaluate((button: HTMLElement) => {
          button.click();
        });
        const popover = page.locator('.MuiPopover-paper');
        await expect(popover).toBeVisible();
        expect(await page.evaluate(dangerInPage, '.MuiPopover-paper'), 'help').toEqual([]);
        await page.keyboard.press('Escape');
        await expect(popover).toHaveCount(0);
      }
      await expectNothingRan(page, `${verb} dialog`);
      visited.push(`${verb} dialog`);
      await page.keyboard.press('Escape');
      const discard = page.getByRole('button', { name: /^Discard/ });
      if (await discard.isVisible().catch(() => false)) await discard.click();
      await expect(dialog).toBeHidden();
    }

    // An uninstall dialog names the release and its chart.
    await line(2)
      .getByRole('button', { name: /^Uninstall/ })
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNothingRan(page, 'uninstall dialog');
    visited.push('uninstall dialog');
    await page.keyboard.press('Escape');

    await page.goto('/releases');
    await expect(page.locator(`a[href="/releases/hostile-${String(N - 1)}"]`)).toBeAttached();
    await expectNothingRan(page, 'releases');
    visited.push('releases');

    for (const k of [0, 7, 33]) {
      await page.goto(`/releases/hostile-${String(k)}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(`hostile-${String(k)}`);
      await expectNothingRan(page, `release page hostile-${String(k)}`);
    }
    visited.push('release pages');

    await page.goto('/applications');
    // Those a workflow opened (every other one; the rest belong to no project and are not listed).
    await expect(page.getByRole('main')).toContainText(`Release hostile-${String(N - 2)}`);
    await expectNothingRan(page, 'active applications');
    visited.push('active applications');

    await page.goto('/activity');
    await expectNothingRan(page, 'activity');
    visited.push('activity');
    console.log(`DRILL ${JSON.stringify({ name: 'hostile charts', vectors: N, visited })}`);
  });

  test('uploads: hostile file names and chart metadata run nowhere', async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript(installXssTrap);
    await page.goto('/uploads');
    const input = page.locator('input[type="file"]');
    // File names (kube-helm takes bare names; the browser passes whatever the disk calls them).
    await input.setInputFiles(
      V.slice(0, 12).map((vector, i) => ({
        name: `${vector.replace(/\//g, '_')}-${String(i)}.tgz`,
        mimeType: 'application/gzip',
        buffer: Buffer.from(testChart({ name: `n${String(i)}` })),
      })),
    );
    await expectNothingRan(page, 'uploads, hostile file names');
    // A chart whose metadata and values are hostile; its name is what kube-helm needs.
    const name = 'hostile-upload';
    const chart = testChart({
      name,
      chart: {
        description: V.join(' '),
        keywords: ['kaapanaapplication', ...V.slice(0, 20)],
        annotations: { 'ui-visible-name': v(1), documentation: v(3) },
        home: v(41),
        sources: [v(25), v(42)],
        maintainers: [{ name: v(2), email: v(5), url: v(21) }],
        appVersion: v(8),
      },
      values: {
        global: {},
        extension_params: hostileParams(),
        image: v(12),
      },
      templates: {
        'deployment.yaml': `kind: Deployment\nmetadata:\n  name: x\n  namespace: "{{ .Values.global.services_namespace }}"\n  annotations:\n    evil: '${v(9).replace(/'/g, "''")}'\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${v(12).replace(/[\s:]/g, '_')}\n`,
      },
    });
    await input.setInputFiles({
      name: `${name}-0.1.0.tgz`,
      mimeType: 'application/gzip',
      buffer: Buffer.from(chart),
    });
    const card = page
      .getByRole('listitem')
      .filter({ hasText: `${name}-0.1.0.tgz` })
      .first();
    await expect(card).toBeVisible();
    await expectNothingRan(page, 'uploads, a hostile chart read');
    const upload = card.getByRole('button', { name: /^Upload/ });
    if (await upload.isVisible().catch(() => false)) await upload.click();
    await expect(card).toContainText(/uploaded|Uploaded|Not uploaded|refused/i, {
      timeout: 30_000,
    });
    await expectNothingRan(page, 'uploads, after the upload');
    await page.goto(`/?q=${name}`);
    await expect(page.getByRole('main')).toContainText(/hostile-upload|extensions/);
    await expectNothingRan(page, 'catalog with the uploaded chart');
    await page.goto('/activity');
    await expectNothingRan(page, 'activity after uploads');
  });
});
