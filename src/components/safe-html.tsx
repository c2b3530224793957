import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { useMemo } from 'react';
import { safeHref } from '../domain/links';
import './safe-html.css';

/**
 * Formatting and structure only: no scripts, styles, forms, images, media or frames. Chart
 * headings `h1`–`h3` are kept as `h4`–`h6`, below the headings of the dialog that shows them.
 */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'div',
  'dl',
  'dt',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
];
const ALLOWED_ATTR = ['href'];
/** Elements that are dropped but stand apart from their neighbours (blocks by default). */
const BLOCKS = new Set(
  (
    'address article aside center details dialog dir fieldset figcaption figure footer form ' +
    'header hgroup legend listing main menu nav noscript object option output plaintext search ' +
    'section select summary textarea video audio canvas iframe img svg math button input label xmp'
  ).split(' '),
);
const LOWER_HEADING: Record<string, string> = { H1: 'h4', H2: 'h5', H3: 'h6' };

let instance: Purifier | null = null;

/** The app's own DOMPurify, with its hooks (kept off the shared default instance). */
function purifier(): Purifier {
  if (instance) return instance;
  const purify = DOMPurify(window);
  // A block that is dropped keeps its text; a space on each side keeps that text from running
  // into its neighbours' ("cell" + "quote" → "cellquote").
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (node.nodeType !== Node.ELEMENT_NODE || data.allowedTags[data.tagName]) return;
    const doc = node.ownerDocument;
    if (!BLOCKS.has(data.tagName) || !node.firstChild || !doc) return;
    node.insertBefore(doc.createTextNode(' '), node.firstChild);
    node.appendChild(doc.createTextNode(' '));
  });
  // Links go through the one link function; they open in a new tab, without the opener.
  purify.addHook('afterSanitizeAttributes', (node) => {
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
  instance = purify;
  return purify;
}

/** Chart-supplied HTML (params' `help`, `doc` bodies) cleaned with an allow-list. */
export function sanitizeHtml(html: string): string {
  const clean = purifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const heading of Array.from(clean.querySelectorAll('h1, h2, h3'))) {
    const lower = clean.ownerDocument.createElement(LOWER_HEADING[heading.tagName] ?? 'h6');
    lower.append(...Array.from(heading.childNodes));
    heading.replaceWith(lower);
  }
  // A table squeezes into the width (safe-html.css); one with too many columns for that scrolls
  // inside its own box, reachable from the keyboard, instead of widening the dialog.
  for (const table of Array.from(clean.querySelectorAll('table'))) {
    const scroller = clean.ownerDocument.createElement('div');
    scroller.className = 'kh-safe-html-table';
    scroller.tabIndex = 0;
    table.replaceWith(scroller);
    scroller.append(table);
  }
  const box = clean.ownerDocument.createElement('div');
  box.append(clean);
  return box.innerHTML;
}

export function SafeHtml({ html, className }: { html: string; className?: string }) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  // The only place the app renders HTML: sanitised just above.
  return (
    <div
      className={className ? `kh-safe-html ${className}` : 'kh-safe-html'}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
