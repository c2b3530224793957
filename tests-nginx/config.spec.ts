import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** render-config.sh's choices, each rendered into a directory of its own and checked by nginx -t. */

let dir = '';
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kx-nginx-config-'));
});
test.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function render(env: Record<string, string>) {
  const basePath = env.BASE_PATH ?? '/extensions-ui/';
  const appRoot = join(dir, 'html');
  mkdirSync(join(appRoot, basePath), { recursive: true });
  writeFileSync(join(appRoot, basePath, 'index.html'), '<!doctype html>');
  const runtime = join(dir, 'run');
  const result = spawnSync('sh', ['deploy/nginx/render-config.sh'], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      APP_ROOT: appRoot,
      NGINX_RUNTIME_DIR: runtime,
      NGINX_ACCESS_LOG: 'off',
      NGINX_MODULES_DIR: join(dir, 'modules'),
      ...env,
    },
  });
  const file = (path: string) => {
    const full = join(runtime, path);
    return existsSync(full) ? readFileSync(full, 'utf8') : null;
  };
  const nginxTest = () =>
    spawnSync(
      '/usr/sbin/nginx',
      ['-t', '-q', '-p', runtime, '-e', 'stderr', '-c', join(runtime, 'nginx.conf')],
      { encoding: 'utf8' },
    );
  return { status: result.status, stderr: result.stderr, file, nginxTest };
}

test('on Kaapana (no KUBE_HELM_URL) there is no proxy; the configuration is valid', () => {
  const rendered = render({});
  expect(rendered.status, rendered.stderr).toBe(0);
  expect(rendered.file('server.d/kube-helm-proxy.conf')).toBeNull();
  expect(rendered.file('http.d/app.conf')).not.toContain('kube-helm-api');
  // nginx's own variables are left alone; only the listed ones are substituted.
  expect(rendered.file('http.d/app.conf')).toContain('try_files $uri /extensions-ui/index.html;');
  expect(rendered.file('http.d/app.conf')).not.toMatch(/\$\{/);
  const check = rendered.nginxTest();
  expect(check.status, check.stderr).toBe(0);
});

test('stand-alone, /kube-helm-api goes to the origin given at start', () => {
  const rendered = render({ KUBE_HELM_URL: 'https://kaapana.example.org/', NGINX_PORT: '9000' });
  expect(rendered.status, rendered.stderr).toBe(0);
  expect(rendered.file('server.d/kube-helm-proxy.conf')).toContain(
    'proxy_pass https://kaapana.example.org;',
  );
  expect(rendered.file('http.d/app.conf')).toContain('listen 9000;');
});

test('at the root, there is nothing to redirect', () => {
  const rendered = render({ BASE_PATH: '/' });
  expect(rendered.status, rendered.stderr).toBe(0);
  expect(rendered.file('server.d/base-path.conf')).toBeNull();
  expect(rendered.file('http.d/app.conf')).toContain('location ^~ /assets/ {');
  const check = rendered.nginxTest();
  expect(check.status, check.stderr).toBe(0);
});

test('brotli is used when its module is there, and only then', () => {
  expect(render({}).file('main.d/brotli.conf')).toBeNull();
  expect(render({ NGINX_BROTLI: 'on' }).status).toBe(64);

  mkdirSync(join(dir, 'modules'));
  writeFileSync(join(dir, 'modules', 'ngx_http_brotli_filter_module.so'), '');
  const found = render({});
  expect(found.status, found.stderr).toBe(0);
  expect(found.file('main.d/brotli.conf')).toContain(
    `load_module ${join(dir, 'modules')}/ngx_http_brotli_filter_module.so;`,
  );
  expect(found.file('http.d/brotli.conf')).toContain('brotli on;');
  expect(render({ NGINX_BROTLI: 'off' }).file('main.d/brotli.conf')).toBeNull();
});

test('values that could add directives are refused', () => {
  const refused: Record<string, string>[] = [
    { BASE_PATH: '/a/;return 200 x;/' },
    { BASE_PATH: 'extensions-ui/' },
    { BASE_PATH: '/a.b/' },
    { BASE_PATH: '/ok/\nb/' },
    { KUBE_HELM_URL: 'http://kube-helm/kube-helm-api' },
    { KUBE_HELM_URL: 'http://h; return 200' },
    { NGINX_PORT: '80;' },
    { NGINX_ACCESS_LOG: '/tmp/x; error_log /etc/passwd' },
  ];
  for (const env of refused) {
    const rendered = render(env);
    expect(rendered.status, JSON.stringify(env)).toBe(64);
  }
});

test('a base path the app was not built for is refused at start', () => {
  const wrong = spawnSync('sh', ['deploy/nginx/render-config.sh'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', APP_ROOT: join(dir, 'html'), NGINX_RUNTIME_DIR: dir },
  });
  expect(wrong.status).toBe(64);
  expect(wrong.stderr).toContain('is BASE_PATH the path the app was built for?');
});
