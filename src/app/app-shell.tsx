import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
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

/** The places; memoised on the path so that changes of the query string leave it alone. */
const Places = memo(function Places({ pathname }: { pathname: string }) {
  return (
    <Tabs
      component="nav"
      aria-label="Places"
      value={currentPlace(pathname)}
      sx={{ flexGrow: 1, minHeight: 64, '& .MuiTab-root': { minHeight: 64 } }}
    >
      {PLACES.map((place) => (
        <Tab key={place.to} label={place.label} value={place.to} component={Link} to={place.to} />
      ))}
    </Tabs>
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
