import { describe, expect, it } from 'vitest';
import { docsHref, safeHref } from './links';

describe('safeHref', () => {
  it('keeps paths on this origin', () => {
    expect(safeHref('/code-server/', 'kaapana.example')).toBe('/code-server/');
    expect(safeHref('/applications/project/p/release/r', 'h')).toBe(
      '/applications/project/p/release/r',
    );
  });

  it('turns the NodePort form into http on this host', () => {
    expect(safeHref(':22223', 'kaapana.example')).toBe('http://kaapana.example:22223');
    expect(safeHref(':8080/ui/', '10.0.0.5')).toBe('http://10.0.0.5:8080/ui/');
  });

  it.each([
    'javascript:alert(1)',
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    ' /x',
    '/x y',
    'relative/path',
    ':0',
    ':70000',
    ':80 /x',
    'data:text/html,hi',
    '',
  ])('refuses %j', (link) => {
    expect(safeHref(link, 'kaapana.example')).toBeNull();
  });

  it('refuses a NodePort link when the host name looks wrong', () => {
    expect(safeHref(':8080', 'evil.example/@')).toBeNull();
  });
});

describe('safeHref: nothing that resolves into the API or the login', () => {
  it('resolves dot segments, as the browser would', () => {
    expect(safeHref('/docs/a/../b/./c.html#x', 'h')).toBe('/docs/b/c.html#x');
    expect(safeHref('/apps/%2e%2e/docs/', 'h')).toBe('/docs/');
    expect(safeHref('/x?y=1', 'h')).toBe('/x?y=1');
  });

  it.each([
    '/kube-helm-api/update-extensions',
    '/kube-helm-api',
    '/kube-helm-apiX',
    '/KUBE-HELM-API/extensions',
    '/docs/../kube-helm-api/update-extensions',
    '/docs/%2e%2e/kube-helm-api/update-extensions',
    '/docs/%2E%2E/%2e%2e/kube-helm-api/update-extensions',
    '/docs/..%2fkube-helm-api/update-extensions',
    '/docs/..%252fkube-helm-api/update-extensions',
    '/%6bube-helm-api/update-extensions',
    '/./kube-helm-api/helm-delete-chart',
    '/docs/..%5ckube-helm-api/x',
    '/oauth2/sign_out',
    '/x/../oauth2/sign_out?rd=/',
    '/a/..//evil.example/x',
  ])('refuses %j', (link) => {
    expect(safeHref(link, 'kaapana.example')).toBeNull();
  });

  it('keeps paths that merely mention the API', () => {
    expect(safeHref('/docs/kube-helm-api.html', 'h')).toBe('/docs/kube-helm-api.html');
    expect(safeHref('/apps/kube-helm-api/', 'h')).toBe('/apps/kube-helm-api/');
  });
});

describe('docsHref', () => {
  it('links below /docs/', () => {
    expect(docsHref('user_guide/extensions.html#jupyterlab')).toBe(
      '/docs/user_guide/extensions.html#jupyterlab',
    );
    expect(docsHref('/guide/../faq.html')).toBe('/docs/faq.html');
    // A harmless path below /docs/, however odd.
    expect(docsHref('javascript:alert(1)')).toBe('/docs/javascript:alert(1)');
  });

  it.each([
    '../kube-helm-api/update-extensions',
    '..',
    '../',
    '../index.html',
    '%2e%2e/kube-helm-api/update-extensions',
    'a/../../kube-helm-api/update-extensions',
    '../oauth2/sign_out',
    '..//evil.example/x',
    'x y',
  ])('gives no link for %j', (path) => {
    expect(docsHref(path)).toBeNull();
  });
});
