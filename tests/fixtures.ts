import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface Sim {
  /** Resets this test's own simulated kube-helm to a scenario (fast timing). */
  reset(scenario: string): Promise<void>;
}

/**
 * Every test gets its own simulated backend (a session cookie picks it), and fails if the page
 * logs an error or throws.
 */
export const test = base.extend<{
  sim: Sim;
  consoleErrors: string[];
  /** Console errors a test provokes on purpose (e.g. Chromium logging a 503 it asked for). */
  allowedConsoleErrors: RegExp[];
}>({
  allowedConsoleErrors: [[], { option: true }],
  sim: [
    async ({ context, baseURL, request }, use, testInfo) => {
      const session = `${testInfo.testId}-${String(testInfo.repeatEachIndex)}`;
      const url = baseURL ?? '';
      await context.addCookies([{ name: 'kh-sim-session', value: session, url }]);
      const reset = async (scenario: string) => {
        const response = await request.post(`${url}/__sim/reset`, {
          headers: { Cookie: `kh-sim-session=${session}` },
          data: { scenario, timing: 'fast' },
        });
        expect(response.ok()).toBe(true);
      };
      await reset('busy');
      await use({ reset });
    },
    // Every test, whether it asks for the simulator or not, gets a backend of its own.
    { auto: true },
  ],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // kube-helm answers 404 for "no such release" (how a switch of versions learns the old
        // release is gone); Chromium logs every 4xx fetch. Only that expected one is let through.
        const expected404 =
          message.text().includes('status of 404') &&
          message.location().url.includes('/kube-helm-api/view-chart-status');
        const allowed = allowedConsoleErrors.some((pattern) => pattern.test(message.text()));
        if (!expected404 && !allowed) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use(errors);
      expect(errors, 'the console stays free of errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** What axe finds wrong inside `include` (a CSS selector), one line per rule and its places. */
export async function axeViolations(page: Page, include: string): Promise<string[]> {
  // A place opened a moment ago may still be loading its code: axe needs what it is to look at.
  await page.locator(include).first().waitFor();
  const results = await new AxeBuilder({ page }).include(include).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** As Kaapana's landing page does: the project travels in the `Project` cookie. */
export async function inAdminProject(context: BrowserContext, baseURL: string | undefined) {
  await context.addCookies([
    {
      name: 'Project',
      value: encodeURIComponent(
        JSON.stringify({ name: 'admin', id: '6b1f0c2e-8d4a-4f4e-9b7a-2c3d5e6f7a81' }),
      ),
      url: baseURL ?? '',
    },
  ]);
}
