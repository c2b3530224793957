import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Drill: kube-helm down, slow, hanging, and the session signed out, in Chromium on the page's own
 * (fake) clock, so minutes of trouble pass in seconds and every figure is in the page's time, not
 * the machine's. Throughout: an open launch form keeps what was typed; the page says which trouble
 * it is; it reads again with growing pauses instead of hammering; the notice that the list is old
 * stays as long as no fresh answer came; and when the backend is back, everything recovers without
 * a click, and the form sends exactly what was typed.
 */

const API = '**/kube-helm-api/**';
const STEP_MS = 2_000;
const TROUBLE_MS = 120_000;
const status = (page: Page) => page.getByRole('status').filter({ hasText: 'extensions' });
const STALE = 'Showing the list as of';

interface Trouble {
  name: string;
  /** What the page must say while it lasts. */
  says: RegExp;
  /** The list may become fresh during the trouble (a slow answer does arrive). */
  answersArrive: boolean;
  /** Reads are retried after failures (a signed-out session is not: reading again cannot help). */
  retried: boolean;
  /** What the gateway or kube-helm does with a request; `hold` keeps it for later. */
  handle(route: Route, hold: (route: Route, forMs: number | null) => void): Promise<void> | void;
}

const TROUBLES: Trouble[] = [
  {
    name: 'down (the gateway finds no backend)',
    says: /The extension service said: no available server\. We keep trying, less often the longer it fails\./,
    answersArrive: false,
    retried: true,
    handle: (route) =>
      route.fulfill({ status: 503, body: 'no available server', contentType: 'text/plain' }),
  },
  {
    name: 'signed out (the gateway sends to its login)',
    says: /Your Kaapana session has expired/,
    answersArrive: false,
    retried: false,
    handle: (route) =>
      route.fulfill({ status: 302, headers: { Location: '/oauth2/sign_in?rd=%2F' }, body: '' }),
  },
  {
    name: 'hanging (no answer at all)',
    // After 25 s "has not answered since …", after the read's time limit (60 s) this.
    says: /The extension service did not answer in time\. We keep trying/,
    answersArrive: false,
    retried: true,
    handle: (route, hold) => {
      hold(route, null);
    },
  },
  {
    name: 'slow (every answer 35 s late)',
    says: /The extension service has not answered since .*; we keep waiting\./,
    answersArrive: true,
    retried: true,
    handle: (route, hold) => {
      hold(route, 35_000);
    },
  },
];

/** Notes, in the page's time, every read of the list and when the stale notice comes and goes. */
function watchPage() {
  const w = window as unknown as {
    __reads: number[];
    __staleShown: number[];
    __staleGone: number[];
    __handed: number;
  };
  w.__reads = [];
  w.__staleShown = [];
  w.__staleGone = [];
  const isList = (url: string) =>
    new URL(url, location.href).pathname.endsWith('/kube-helm-api/extensions');
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    if (isList(input instanceof Request ? input.url : String(input))) w.__reads.push(Date.now());
    return original(input, init);
  };
  // The page has the list fetched by a worker: a read is the page asking it for the list.
  const post = Object.getOwnPropertyDescriptor(Worker.prototype, 'postMessage')?.value as (
    this: Worker,
    message: unknown,
  ) => void;
  Worker.prototype.postMessage = function (this: Worker, message: unknown) {
    const url = (message as { url?: unknown } | null)?.url;
    if (typeof url === 'string' && isList(url)) w.__reads.push(Date.now());
    post.call(this, message);
  };
  // Every answer the worker hands the page (its listener runs before the page's own).
  w.__handed = 0;
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', () => {
        w.__handed += 1;
      });
    }
  };
  let shown = false;
  new MutationObserver(() => {
    const now = [...document.querySelectorAll('[role="alert"]')].some((e) =>
      e.textContent.includes('Showing the list as of'),
    );
    if (now !== shown) (now ? w.__staleShown : w.__staleGone).push(Date.now());
    shown = now;
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

interface Watched {
  __reads: number[];
  __staleShown: number[];
  __staleGone: number[];
}
const watched = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Watched;
    return { reads: [...w.__reads], shown: [...w.__staleShown], gone: [...w.__staleGone] };
  });

test.describe('drill: backend down, slow, hanging, signed out', () => {
  // Chromium logs the failed reads this drill asks for.
  test.use({ allowedConsoleErrors: [/Failed to load resource|status of 50\d/] });

  for (const trouble of TROUBLES) {
    test(trouble.name, async ({ page, context, baseURL }) => {
      test.setTimeout(180_000);
      await context.addCookies([
        {
          name: 'Project',
          value: encodeURIComponent(JSON.stringify({ name: 'admin', id: 'p-1' })),
          url: baseURL ?? '',
        },
      ]);
      await page.addInitScript(watchPage);
      await page.clock.install();
      await page.goto('/?q=mitk+workbench');
      await expect(status(page)).toHaveText(/^\d+ of \d+ extensions$/);

      // Unsent input: a launch form with answers typed.
      await page.getByRole('button', { name: 'Launch MITK Workbench' }).click();
      const dialog = page.getByRole('dialog', { name: /Launch MITK Workbench/ });
      await dialog.getByRole('combobox', { name: 'Service type' }).selectOption('NodePort');
      const name = dialog.getByRole('textbox', { name: /Display name/i });
      await name.fill('keep-me');

      // The trouble begins before the page's clock is paused: pausing jumps the clock ahead, and a
      // poll that falls due in the jump must already meet the trouble, or it would count as a
      // trouble read that found the backend well.
      let now = await page.evaluate(() => Date.now());
      const held: { route: Route; due: number | null }[] = [];
      const hold = (route: Route, forMs: number | null) => {
        held.push({ route, due: forMs === null ? null : now + forMs });
      };
      await page.route(API, (route) => trouble.handle(route, hold));
      // From now on the page's time passes only when the drill lets it. The page's clock runs until
      // then, and a busy machine can take longer than the margin between asking and pausing: ask again.
      for (let attempt = 1; ; attempt++) {
        now = (await page.evaluate(() => Date.now())) + 1_000;
        try {
          await page.clock.pauseAt(now);
          break;
        } catch (error) {
          if (attempt >= 10 || !String(error).includes('to the past')) throw error;
        }
      }
      const troubleFrom = now;
      const handed = () =>
        page.evaluate(() => (window as unknown as { __handed: number }).__handed);
      // A late answer is let through, then the page's time stands still until the page has it: on
      // a busy machine the answer can take longer to come than the page's time takes to reach
      // the read's time limit, which would cut it off — a race of the machine, not of the app.
      const release = async (route: Route) => {
        const before = await handed();
        // The list is read through the page's worker; the other endpoints by the page itself.
        const viaWorker = new URL(route.request().url()).pathname.endsWith('/extensions');
        await route.fallback().catch(() => undefined);
        const response = await route
          .request()
          .response()
          .catch(() => null);
        await response?.finished().catch(() => undefined);
        if (viaWorker) await expect.poll(handed, { timeout: 30_000 }).toBeGreaterThan(before);
      };
      const step = async () => {
        await page.clock.runFor(STEP_MS);
        now += STEP_MS;
        for (const h of held.filter((x) => x.due !== null && x.due <= now)) {
          held.splice(held.indexOf(h), 1);
          // The late answer: kube-helm's own.
          await release(h.route);
        }
      };
      // The polls go on; the trouble lasts two minutes of the page's time.
      while (now - troubleFrom < TROUBLE_MS) await step();

      // (The open dialog hides the rest of the page from the accessibility tree: found by CSS.)
      const notice = page.locator('[role="alert"]').filter({ hasText: STALE });
      const during = await watched(page);
      // It says which trouble it is.
      if (!trouble.answersArrive) await expect(notice).toContainText(trouble.says);
      expect(during.shown.length, 'the stale notice came').toBeGreaterThan(0);
      // The form kept what was typed.
      await expect(dialog).toBeVisible();
      await expect(name).toHaveValue('keep-me');
      await expect(dialog.getByRole('combobox', { name: 'Service type' })).toHaveValue('NodePort');
      // Reads with pauses that grow, never a hammering loop.
      const reads = during.reads.filter((t) => t >= troubleFrom);
      const gaps = reads.slice(1).map((t, i) => t - (reads[i] ?? t));
      // Retries after 1, 2 and 4 s, then a pause; no retries where reading again cannot help.
      const pauses = `pauses between reads: ${gaps.join(', ')}`;
      expect(Math.min(...gaps), pauses).toBeGreaterThanOrEqual(trouble.retried ? 1_000 : 5_000);
      expect(reads.length, pauses).toBeLessThanOrEqual(TROUBLE_MS / 5_000 + 2);
      // How the pauses grow from one failed read to the next is tested where time is exact
      // (queries/read-history.test.ts); here the page's clock steps, and network time adds.
      // The notice never left while the list was old: it went only when an answer came.
      if (!trouble.answersArrive) {
        expect(during.gone.filter((t) => t >= troubleFrom)).toEqual([]);
      } else {
        expect(during.gone.length, 'late answers made the list fresh').toBeGreaterThan(0);
      }

      // The backend is back: no click, the page recovers by itself.
      await page.unroute(API);
      for (const h of held.splice(0)) await h.route.fallback().catch(() => undefined);
      const recovered = now;
      for (let waited = 0; waited < 90_000; waited += STEP_MS) {
        await step();
        if ((await notice.count()) === 0 && (await status(page).count()) > 0) break;
      }
      await expect(notice).toHaveCount(0);
      const after = await watched(page);
      expect(after.reads.filter((t) => t >= recovered).length).toBeGreaterThan(0);
      // And the form sends exactly what was typed.
      await dialog.getByRole('button', { name: /^Launch \d/ }).click();
      const launched = page.getByText('Launched keep-me (MITK Workbench 0.6.0)');
      for (let waited = 0; waited < 60_000 && (await launched.count()) === 0; waited += STEP_MS) {
        await step();
      }
      await expect(launched).toBeVisible();
      console.log(
        `DRILL ${JSON.stringify({
          name: `backend ${trouble.name}`,
          'reads during the trouble': reads.length,
          'pauses between reads (s)': gaps.map((g) => Math.round(g / 1000)).join(' '),
          'stale notice shown at (s)': during.shown
            .filter((t) => t >= troubleFrom)
            .map((t) => Math.round((t - troubleFrom) / 1000))
            .join(' '),
          'fresh again after (s)': Math.round(
            Math.max(0, (after.gone.at(-1) ?? recovered) - recovered) / 1000,
          ),
        })}`,
      );
    });
  }
});
