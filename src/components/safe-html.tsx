import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import { safeHref } from '../domain/links';

/** Formatting only: no scripts, no styles, no forms, no images, no frames. */
const ALLOWED_TAGS = [
  'a',
  'b',
  'br',
  'code',
  'em',
  'i',
  'li',
  'ol',
  'p',
  'pre',
  'span',
  'strong',
  'u',
  'ul',
  'h4',
  'h5',
  'h6',
];
const ALLOWED_ATTR = ['href'];

let hooked = false;

function purifier(): typeof DOMPurify {
  if (!hooked) {
    // Links go through the one link function; they open in a new tab, without the opener.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName !== 'A') return;
      const href = safeHref(node.getAttribute('href') ?? '', window.location.hostname);
      if (href) {
        node.setAttribute('href', href);
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        node.removeAttribute('href');
      }
    });
    hooked = true;
  }
  return DOMPurify;
}

/** Chart-supplied HTML (params' `help`, `doc` bodies) cleaned with an allow-list. */
export function sanitizeHtml(html: string): string {
  return purifier().sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false });
}

export function SafeHtml({ html, className }: { html: string; className?: string }) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  // The only place the app renders HTML: sanitised just above.
  return <div className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
