import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { APIResponse } from '@playwright/test';
import { BASE_PATH, NGINX_TEST_DIR, SIM_ORIGIN } from './env';
import { expect, test } from './fixtures';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "style-src-attr 'none'; img-src 'self'; connect-src 'self'; base-uri 'none'; " +
  "form-action 'self'; frame-ancestors 'self'";

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['content-security-policy']).toBe(CSP);
  expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers.server).toBe('nginx');
}

/** Where nginx-serve.sh built the app (what nginx serves under the base path). */
const builtApp = () => join(NGINX_TEST_DIR, 'html', ...BASE_PATH.split('/').filter(Boolean));

/** The scripts and the stylesheet index.html loads first. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="([^"]+\/assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
}

test('deep links under the base path get the page, never cached, with the security headers', async ({
  request,
}) => {
  for (const path of ['', 'activity', 'uploads', 'releases/jupyterlab-chart', 'no/such/place']) {
    const response = await request.get(`${BASE_PATH}${path}`);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type']).toBe('text/html');
    expect(response.headers()['cache-control']).toBe('no-store');
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('<div id="root"></div>');
  }
});

test('hashed assets are cached for a year, compressed, and carry the security headers', async ({
  request,
}) => {
  const assets = assetsOf(await (await request.get(BASE_PATH)).text());
  expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
  expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
  const encodings: (string | undefined)[] = [];
  for (const asset of assets) {
    expect(asset).toMatch(new RegExp(`^${BASE_PATH}assets/[\\w.-]+-[\\w-]{8}\\.(js|css)$`));
    const response = await request.get(asset, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), asset).toBe(200);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    // Compressed unless too small to gain (gzip_min_length 256 in nginx.conf.template).
    const size = statSync(join(builtApp(), asset.slice(BASE_PATH.length))).size;
    const compressed = size >= 256;
    expect(response.headers()['content-encoding'], asset).toBe(compressed ? 'gzip' : undefined);
    encodings.push(response.headers()['content-encoding']);
    expect(response.headers().vary).toBe(compressed ? 'Accept-Encoding' : undefined);
    expect(response.headers()['content-type']).toBe(
      asset.endsWith('.js') ? 'application/javascript' : 'text/css',
    );
    expectSecurityHeaders(response);
  }
  // The entry script and the stylesheet are far above the threshold.
  expect(encodings.filter((e) => e === 'gzip').length).toBeGreaterThanOrEqual(2);
});

test('an unknown asset or file is a 404, not the page, and is not cached', async ({ request }) => {
  for (const path of [
    'assets/nope.js',
    'assets/index-nope.css',
    'nope.js',
    'mockServiceWorker.js',
  ]) {
    const response = await request.get(`${BASE_PATH}${path}`);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain('<div id="root">');
    expect(response.headers()['cache-control']).toBeUndefined();
  }
});

test('no source maps and nothing of the simulator are served', async ({ request }) => {
  const html = builtApp();
  const files = readdirSync(html, { recursive: true, encoding: 'utf8' });
  expect(files).toContain('index.html');
  expect(files.filter((f) => f.endsWith('.map') || f.includes('mockServiceWorker'))).toEqual([]);
  const scripts = files.filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(3);
  for (const script of scripts) {
    const text = readFileSync(join(html, script), 'utf8');
    expect(text, script).not.toContain('sourceMappingURL');
    // Only the simulator knows its session cookie and its control routes.
    expect(text, script).not.toMatch(/kh-sim-session|\/__sim/);
    const map = await request.get(`${BASE_PATH}${script}.map`);
    expect(map.status(), `${script}.map`).toBe(404);
  }
});

test('the health endpoint answers the probes', async ({ request }) => {
  const response = await request.get('/healthz');
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe('ok\n');
});

test('outside the base path: redirects to it, 404 elsewhere', async ({ request }) => {
  const noSlash = await request.get(BASE_PATH.replace(/\/$/, ''), { maxRedirects: 0 });
  expect(noSlash.status()).toBe(301);
  expect(noSlash.headers().location).toBe(BASE_PATH);
  const root = await request.get('/', { maxRedirects: 0 });
  expect(root.status()).toBe(302);
  expect(root.headers().location).toBe(BASE_PATH);
  expect((await request.get('/elsewhere/index.html')).status()).toBe(404);
});

test('/kube-helm-api reaches kube-helm through the stand-alone proxy', async ({
  request,
  simSession,
}) => {
  const headers = { Cookie: `kh-sim-session=${simSession}` };
  const direct = await request.get(`${SIM_ORIGIN}/kube-helm-api/extensions`, { headers });
  const proxied = await request.get('/kube-helm-api/extensions', { headers });
  expect(proxied.status()).toBe(200);
  expect(await proxied.json()).toEqual(await direct.json());
  // The app's security headers are for the app; kube-helm's answers pass as they are.
  expect(proxied.headers()['content-security-policy']).toBeUndefined();
});
