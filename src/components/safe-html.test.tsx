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
    expect(container.innerHTML).toBe('<div class="kh-safe-html">ok</div>');
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });

  it("keeps headings, blocks, tables and quotes as blocks, chart headings below the dialog's", () => {
    expect(
      sanitizeHtml(
        '<table><tr><td>cell</td></tr></table><blockquote>quote</blockquote>' +
          '<h1>H1</h1><h2>H2</h2><h3>H3</h3><h4>H4</h4><div>div</div>',
      ),
    ).toBe(
      '<div class="kh-safe-html-table" tabindex="0"><table><tbody><tr><td>cell</td></tr></tbody></table></div>' +
        '<blockquote>quote</blockquote><h4>H1</h4><h5>H2</h5><h6>H3</h6><h4>H4</h4><div>div</div>',
    );
  });

  it('keeps the words of dropped blocks apart, and inline words whole', () => {
    expect(sanitizeHtml('<section>one</section><article>two</article>')).toBe(' one  two ');
    expect(sanitizeHtml('<form><label>name</label><input value=x></form>after')).toBe(
      '  name  after',
    );
    expect(sanitizeHtml('a<font color=red>b</font>c')).toBe('abc');
  });

  it('drops aria, data, id, class and style attributes from chart HTML', () => {
    expect(
      sanitizeHtml(
        '<p aria-hidden="true" aria-label="x" data-x="1" id="app" class="MuiDialog-root" style="position:fixed" role="dialog">t</p>',
      ),
    ).toBe('<p>t</p>');
  });

  it.each([
    ['<a href="../kube-helm-api/update-extensions">x</a>', '<a>x</a>'],
    ['<a href="/docs/../kube-helm-api/update-extensions">x</a>', '<a>x</a>'],
    ['<a href="/oauth2/sign_out">x</a>', '<a>x</a>'],
    ['<form action="/kube-helm-api/helm-delete-chart"><button>go</button></form>', '  go  '],
    ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', ''],
    [
      '<table><tr><td><svg onload=alert(1)></svg>x</td></tr></table>',
      '<div class="kh-safe-html-table" tabindex="0"><table><tbody><tr><td>x</td></tr></tbody></table></div>',
    ],
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<p></p>'],
  ])('neutralises hostile structure %s', (dirty, clean) => {
    expect(sanitizeHtml(dirty)).toBe(clean);
  });
});
