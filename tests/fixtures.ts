import { test as base, expect } from '@playwright/test';

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
