import { test as base, expect } from '@playwright/test';
import { SIM_ORIGIN } from './env';

/**
 * Every test gets its own simulated kube-helm (the `kh-sim-session` cookie travels through
 * nginx's proxy to the simulator; the reset goes to the simulator directly, since nginx only
 * proxies /kube-helm-api), the `Project` cookie as behind Kaapana's gateway, and fails on any
 * console error, page error or Content-Security-Policy violation.
 */
export const test = base.extend<{ simSession: string; browserErrors: string[] }>({
  simSession: [
    async ({ context, baseURL, request }, use, testInfo) => {
      const session = `nginx-${testInfo.testId}-${String(testInfo.repeatEachIndex)}`;
      const url = baseURL ?? '';
      await context.addCookies([
        { name: 'kh-sim-session', value: session, url },
        {
          name: 'Project',
          value: encodeURIComponent(
            JSON.stringify({ name: 'admin', id: '6b1f0c2e-8d4a-4f4e-9b7a-2c3d5e6f7a81' }),
          ),
          url,
        },
      ]);
      const reset = await request.post(`${SIM_ORIGIN}/__sim/reset`, {
        headers: { Cookie: `kh-sim-session=${session}` },
        data: { scenario: 'busy', timing: 'fast' },
      });
      expect(reset.ok()).toBe(true);
      await use(session);
    },
    { auto: true },
  ],
  browserErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      // Reported by every document the page loads, before any of the app's code runs.
      await page.exposeFunction('__reportCspViolation', (text: string) => {
        errors.push(`CSP violation: ${text}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as Record<string, (text: string) => void>)
            .__reportCspViolation;
          report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // As in tests/fixtures.ts: kube-helm's 404 for "no such release" is expected.
        const expected404 =
          message.text().includes('status of 404') &&
          message.location().url.includes('/kube-helm-api/view-chart-status');
        if (!expected404) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use(errors);
      expect(errors, 'no console error and no CSP violation').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
