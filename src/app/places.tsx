import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import { AttentionCount } from '../components/attention-count';

export const PLACES = [
  { to: '/', label: 'Catalog' },
  { to: '/releases', label: 'Releases' },
  { to: '/uploads', label: 'Uploads' },
  { to: '/applications', label: 'Active applications' },
  { to: '/activity', label: 'Activity' },
] as const;

export function currentPlace(pathname: string): string | false {
  const match = PLACES.filter((p) => p.to !== '/').find(
    (p) => pathname === p.to || pathname.startsWith(`${p.to}/`),
  );
  if (match) return match.to;
  return pathname === '/' ? '/' : false;
}

/**
 * The places, as links (the current one marked; Releases with how many need attention). On a
 * middle-sized screen they take a line of their own and scroll sideways; on a phone they fold
 * into a menu (places-menu.tsx). Memoised on the path.
 */
export const Places = memo(function Places({ pathname }: { pathname: string }) {
  const current = currentPlace(pathname);
  return (
    <Box
      component="nav"
      aria-label="Places"
      sx={{
        display: 'flex',
        alignSelf: 'stretch',
        flexGrow: 1,
        overflowX: 'auto',
        order: { xs: 3, md: 0 },
        width: { xs: '100%', md: 'auto' },
        minHeight: 48,
        mx: { xs: -2, sm: -3, md: 0 },
      }}
    >
      {PLACES.map((place) => {
        const here = current === place.to;
        return (
          <Link
            key={place.to}
            component={RouterLink}
            to={place.to}
            aria-current={here ? 'page' : undefined}
            underline="none"
            sx={{
              display: 'flex',
              alignItems: 'center',
              flexShrink: 0,
              px: { xs: 1.5, md: 2 },
              fontWeight: 600,
              fontSize: 15,
              whiteSpace: 'nowrap',
              color: here ? 'primary.main' : 'text.secondary',
              borderBottom: 2,
              borderColor: here ? 'primary.main' : 'transparent',
              '&:hover': { color: 'text.primary' },
              '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -4 },
            }}
          >
            {place.label}
            {place.to === '/releases' ? <AttentionCount /> : null}
          </Link>
        );
      })}
    </Box>
  );
});
