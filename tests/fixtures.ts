import { test as base, expect } from '@playwright/test';

export interface Sim {
  /** Resets this test's own simulated kube-helm to a scenario (fast timing). */
  reset(scenario: string): Promise<void>;
}

/**
 * Every test gets its own simulated backend (a session cookie picks it), and fails if the page
 * logs an error or throws.
 */
export const test = base.extend<{ sim: Sim; consoleErrors: string[] }>({
  sim: async ({ context, baseURL, request }, use, testInfo) => {
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
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use(errors);
      expect(errors, 'the console stays free of errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
