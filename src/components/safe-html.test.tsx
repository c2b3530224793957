import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SafeHtml, sanitizeHtml } from './safe-html';

describe('sanitizeHtml', () => {
  it('keeps formatting', () => {
    expect(sanitizeHtml('<b>bold</b> and <em>more</em><br><ul><li>x</li></ul>')).toBe(
      '<b>bold</b> and <em>more</em><br><ul><li>x</li></ul>',
    );
  });

  it.each([
    ['<img src=x onerror=alert(1)>', ''],
    ['<script>alert(1)</script>text', 'text'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="https://evil.example">x</a>', '<a>x</a>'],
    ['<b onclick="alert(1)">x</b>', '<b>x</b>'],
    ['<iframe src="/x"></iframe>', ''],
    ['<style>*{display:none}</style>y', 'y'],
    ['<svg><script>alert(1)</script></svg>', ''],
  ])('neutralises %s', (dirty, clean) => {
    expect(sanitizeHtml(dirty)).toBe(clean);
  });

  it('keeps safe links, opening in a new tab without the opener', () => {
    expect(sanitizeHtml('<a href="/docs/x">docs</a>')).toBe(
      '<a href="/docs/x" target="_blank" rel="noopener noreferrer">docs</a>',
    );
  });

  it('renders inert markup', () => {
    const { container } = render(<SafeHtml html={'<img src=x onerror="window.__xss=1">ok'} />);
    expect(container.innerHTML).toBe('<div>ok</div>');
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });
});
