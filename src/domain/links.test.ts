import { describe, expect, it } from 'vitest';
import { safeHref } from './links';

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
