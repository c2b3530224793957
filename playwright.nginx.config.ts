import { defineConfig, devices } from '@playwright/test';
import chromium from './scripts/chromium-launch.json' with { type: 'json' };
import {
  BASE_PATH,
  NGINX_ORIGIN,
  NGINX_PORT,
  NGINX_TEST_DIR,
  SIM_ORIGIN,
  SIM_PORT,
} from './tests-nginx/env';

/**
 * The app as the image serves it: built for its base path, behind Debian's nginx with the image's
 * own configuration, the simulated kube-helm behind nginx's stand-alone proxy.
 */
export default defineConfig({
  testDir: 'tests-nginx',
  // Apart from the other suite's test-results/, which its runs empty.
  outputDir: 'test-results-nginx',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: NGINX_ORIGIN,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: chromium,
  },
  webServer: [
    {
      command: `npx tsx src/mocks/server.ts --port ${String(SIM_PORT)} --timing fast`,
      url: `${SIM_ORIGIN}/kube-helm-api/health-check`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Installs Debian's nginx when missing, builds the app, renders the configuration, runs nginx.
      command: 'bash scripts/nginx-serve.sh',
      env: {
        NGINX_TEST_PORT: String(NGINX_PORT),
        NGINX_TEST_DIR,
        BASE_PATH,
        KUBE_HELM_URL: SIM_ORIGIN,
      },
      url: `${NGINX_ORIGIN}/healthz`,
      reuseExistingServer: false,
      timeout: 300_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
