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
    <nav aria-label="Places" className="kh-places">
      {PLACES.map((place) => {
        const here = current === place.to;
        return (
          <RouterLink
            key={place.to}
            className="kh-place"
            to={place.to}
            aria-current={here ? 'page' : undefined}
          >
            {place.label}
            {place.to === '/releases' ? <AttentionCount /> : null}
          </RouterLink>
        );
      })}
    </nav>
  );
});
