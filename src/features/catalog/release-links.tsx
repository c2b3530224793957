import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { safeHref } from '../../domain/links';

function shortLabel(link: string): string {
  if (link.startsWith(':')) return `port ${link.slice(1).split('/')[0] ?? ''}`;
  const parts = link.split('/').filter(Boolean);
  return parts.at(-1) ?? link;
}

/** The links of a running release; chart-supplied, so only safe hrefs are rendered. */
export function ReleaseLinks({ links, name }: { links: readonly string[]; name: string }) {
  const hrefs = links
    .map((link) => ({ link, href: safeHref(link, window.location.hostname) }))
    .filter((l): l is { link: string; href: string } => l.href !== null);
  if (hrefs.length === 0) return null;
  const hidden = hrefs.slice(2);
  return (
    <Stack direction="row" spacing={0.5} sx={{ minWidth: 0 }}>
      {hrefs.slice(0, 2).map(({ link, href }, index) => (
        <Button
          key={`${String(index)}:${link}`}
          size="small"
          variant="text"
          href={href}
          tabIndex={-1}
          target="_blank"
          rel="noopener noreferrer"
          endIcon={<OpenInNewIcon fontSize="small" />}
          aria-label={`Open ${name} at ${link} (new tab)`}
          sx={{ minWidth: 0, textTransform: 'none', whiteSpace: 'nowrap' }}
        >
          {hrefs.length === 1 ? 'Open' : shortLabel(link)}
        </Button>
      ))}
      {hidden.length > 0 ? (
        <span className="kh-muted" title={hidden.map((h) => h.link).join(', ')}>
          +{hidden.length}
        </span>
      ) : null}
    </Stack>
  );
}
