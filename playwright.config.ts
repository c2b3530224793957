import { defineConfig, devices } from '@playwright/test';
// Debian's Chromium (Playwright cannot download its own browsers here), with the flags this
// machine's closed network needs; shared with the scripts in bench/ and scripts/.
import chromium from './scripts/chromium-launch.json' with { type: 'json' };

const PORT = 5393;

/** Browser tests: Debian's Chromium against the production build, served with the simulator. */
export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous: a busy machine is slow, never wrong (no assertion depends on speed).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${String(PORT)}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: chromium,
  },
  webServer: {
    command: `npx vite preview --configLoader runner --port ${String(PORT)} --strictPort`,
    url: `http://127.0.0.1:${String(PORT)}/kube-helm-api/health-check`,
    env: { KH_SIM_TIMING: 'fast', KH_SIM_SCENARIO: 'busy' },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
