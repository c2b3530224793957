import { safeHref } from '../domain/links';
import { PlainIcon } from './plain-icon';
import './plain.css';

function shortLabel(link: string): string {
  if (link.startsWith(':')) return `port ${link.slice(1).split('/')[0] ?? ''}`;
  return link.split('/').filter(Boolean).at(-1) ?? link;
}

/**
 * Links a chart declares for its running application; only safe hrefs are rendered. Plain links
 * with the look of MUI's small text buttons (`plain.css`): the catalog renders them on every line.
 */
export function OpenLinks({
  links,
  name,
  max = 2,
  tabIndex,
}: {
  links: readonly string[];
  /** Who the links open, for their accessible names. */
  name: string;
  /** How many to show; the rest are counted. */
  max?: number;
  /** -1 where a list reaches them with arrow keys (the catalog's lines). */
  tabIndex?: number;
}) {
  const hrefs = links.flatMap((link) => {
    const href = safeHref(link, window.location.hostname);
    return href === null ? [] : [{ link, href }];
  });
  if (hrefs.length === 0) return null;
  const hidden = hrefs.slice(max);
  return (
    <span className="kh-open-links">
      {hrefs.slice(0, max).map(({ link, href }, index) => (
        <a
          key={`${String(index)}:${link}`}
          className="kh-btn kh-open-link"
          href={href}
          tabIndex={tabIndex}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={`Open ${name} at ${link} (new tab)`}
        >
          <span className="kh-open-label">{hrefs.length === 1 ? 'Open' : shortLabel(link)}</span>
          <PlainIcon name="openInNew" size="small" />
        </a>
      ))}
      {hidden.length > 0 ? (
        <span className="kh-open-more" title={hidden.map((h) => h.link).join(', ')}>
          +{hidden.length}
        </span>
      ) : null}
    </span>
  );
}
