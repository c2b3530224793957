import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { safeHref } from '../domain/links';

function shortLabel(link: string): string {
  if (link.startsWith(':')) return `port ${link.slice(1).split('/')[0] ?? ''}`;
  return link.split('/').filter(Boolean).at(-1) ?? link;
}

/** Links a chart declares for its running application; only safe hrefs are rendered. */
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
    <Stack
      direction="row"
      spacing={0.5}
      sx={{ minWidth: 0, flexWrap: 'wrap', alignItems: 'center' }}
    >
      {hrefs.slice(0, max).map(({ link, href }, index) => (
        <Button
          key={`${String(index)}:${link}`}
          size="small"
          variant="text"
          href={href}
          tabIndex={tabIndex}
          target="_blank"
          rel="noopener noreferrer"
          endIcon={<OpenInNewIcon fontSize="small" />}
          aria-label={`Open ${name} at ${link} (new tab)`}
          sx={{ minWidth: 0, maxWidth: '100%', whiteSpace: 'nowrap' }}
        >
          <Box
            component="span"
            className="kh-open-label"
            sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}
          >
            {hrefs.length === 1 ? 'Open' : shortLabel(link)}
          </Box>
        </Button>
      ))}
      {hidden.length > 0 ? (
        <Typography
          component="span"
          variant="body2"
          color="text.secondary"
          title={hidden.map((h) => h.link).join(', ')}
        >
          +{hidden.length}
        </Typography>
      ) : null}
    </Stack>
  );
}
