import react from '@vitejs/plugin-react';
import { loadEnv, type ProxyOptions } from 'vite';
import { defineConfig } from 'vitest/config';
import { fixtureProject } from './src/mocks/sim/catalog';
import { kubeHelmSimulator } from './src/mocks/vite-plugin';

/**
 * Dev and preview servers talk to the simulated kube-helm on their own origin, unless
 * KUBE_HELM_URL points them at a real one (see README, "Against a real Kaapana").
 */
export default defineConfig(({ mode, command }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const target = env.KUBE_HELM_URL;
  /** Where the app finds kube-helm (`src/app/config.ts` reads the same). */
  const apiBase = env.VITE_KUBE_HELM_API ?? '/kube-helm-api';
  const proxy: Record<string, ProxyOptions> | undefined = target
    ? {
        '/kube-helm-api': {
          target,
          changeOrigin: true,
          secure: env.KUBE_HELM_INSECURE !== '1',
          headers: {
            ...(env.KUBE_HELM_TOKEN ? { Authorization: `Bearer ${env.KUBE_HELM_TOKEN}` } : {}),
            ...(env.KUBE_HELM_COOKIE ? { Cookie: env.KUBE_HELM_COOKIE } : {}),
          },
        },
      }
    : undefined;
  return {
    base: env.BASE_PATH ?? '/',
    plugins: [
      react(),
      // The static demo build starts the simulator before the app (src/mocks/demo-main.ts).
      env.VITE_DEMO === '1'
        ? {
            name: 'demo-entry',
            transformIndexHtml: {
              order: 'pre' as const,
              handler: (html: string) => html.replace('/src/main.tsx', '/src/mocks/demo-main.ts'),
            },
          }
        : null,
      // The page's HTML asks for the list, so its answer is on its way while the app's code loads
      // (`list-fetch.ts` takes it from there). Not in the demo build: its simulator starts later.
      env.VITE_DEMO !== '1' && /^\/(?!\/)/.test(apiBase)
        ? {
            name: 'list-preload',
            transformIndexHtml: () => [
              {
                tag: 'link',
                attrs: {
                  rel: 'preload',
                  href: `${apiBase.replace(/\/+$/, '')}/extensions`,
                  as: 'fetch',
                  crossorigin: 'anonymous',
                },
                injectTo: 'head' as const,
              },
            ],
          }
        : null,
      target
        ? null
        : kubeHelmSimulator({
            scenario: env.KH_SIM_SCENARIO ?? 'busy',
            timing: env.KH_SIM_TIMING === 'fast' ? 'fast' : 'realistic',
            seed: env.KH_SIM_SEED ? Number(env.KH_SIM_SEED) : 1,
          }),
    ],
    // Builds use the Project cookie, as behind Kaapana's gateway. The dev server on the
    // simulator talks to "kube-helm" directly, so the client sends the Project header itself.
    define:
      (command === 'serve' && !target && !env.VITE_PROJECT_TRANSPORT) || env.VITE_DEMO === '1'
        ? {
            'import.meta.env.VITE_PROJECT_TRANSPORT': JSON.stringify('header'),
            'import.meta.env.VITE_PROJECT': JSON.stringify(
              env.VITE_PROJECT ?? JSON.stringify(fixtureProject),
            ),
          }
        : {},
    // The list's worker is a module worker (`list-fetch.ts`) that loads its reading code later.
    worker: { format: 'es' as const },
    server: { proxy, host: '127.0.0.1' },
    preview: { proxy, host: '127.0.0.1' },
    build: { sourcemap: true, chunkSizeWarningLimit: 900, target: 'es2022' },
    test: {
      // Vitest leaves one core free by default: one worker on a 2-core machine. Both cores halve
      // the run (320 s to 190 s); the tests wait for what they expect, never for a time.
      maxWorkers: 2,
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            // Simulated time is driven in small real steps (src/test/drive.ts), and some tests
            // talk real HTTP: on a busy machine that takes longer, never gives another answer.
            testTimeout: 30_000,
            include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint-rules/**/*.test.ts'],
            setupFiles: ['src/test/setup-node.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx'],
            // Whole-app tests (see src/test/setup-dom.ts): generous, because real time passes.
            testTimeout: 60_000,
            setupFiles: ['src/test/setup-dom.ts'],
          },
        },
      ],
    },
  };
});
