import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { Link as RouterLink, Outlet, useLocation } from 'react-router';
import { ExtensionActionsProvider } from '../features/actions/actions-provider';
import { ColorModeToggle } from './color-mode-toggle';

const PLACES = [
  { to: '/', label: 'Catalog' },
  { to: '/uploads', label: 'Uploads' },
  { to: '/applications', label: 'Active applications' },
  { to: '/activity', label: 'Activity' },
] as const;

function currentPlace(pathname: string): string | false {
  const match = PLACES.filter((p) => p.to !== '/').find((p) => pathname.startsWith(p.to));
  if (match) return match.to;
  return pathname === '/' || pathname.startsWith('/releases/') ? '/' : false;
}

/** The places, as links (the current one marked); memoised on the path. */
const Places = memo(function Places({ pathname }: { pathname: string }) {
  const current = currentPlace(pathname);
  return (
    <Box
      component="nav"
      aria-label="Places"
      sx={{ display: 'flex', alignSelf: 'stretch', flexGrow: 1 }}
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
              px: 2,
              fontWeight: 600,
              fontSize: 15,
              color: here ? 'primary.main' : 'text.secondary',
              borderBottom: 2,
              borderColor: here ? 'primary.main' : 'transparent',
              '&:hover': { color: 'text.primary' },
              '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -4 },
            }}
          >
            {place.label}
          </Link>
        );
      })}
    </Box>
  );
});

export function AppShell() {
  const { pathname } = useLocation();
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', color: 'text.primary' }}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppBar
        position="sticky"
        elevation={0}
        color="default"
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" component="p" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
            Kaapana Extensions
          </Typography>
          <Places pathname={pathname} />
          <ColorModeToggle />
        </Toolbar>
      </AppBar>
      <Container component="main" id="main" maxWidth="xl" sx={{ py: 3 }} tabIndex={-1}>
        <ExtensionActionsProvider>
          <Outlet />
        </ExtensionActionsProvider>
      </Container>
    </Box>
  );
}
