import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { memo } from 'react';
import { Outlet, useLocation, useMatch } from 'react-router';
import { StuckBanner } from '../components/stuck-banner';
import { TipHost } from '../components/tip-host';
import { ExtensionActionsProvider } from '../features/actions/actions-provider';
import { UploadsProvider } from '../features/uploads/uploads-provider';
import { ColorModeToggle } from './color-mode-toggle';
import { Places } from './places';
import { PlacesMenu } from './places-menu';

/**
 * The page's frame. The location changes with every search and filter of the catalog (they live
 * in the URL): only the path and the release open matter here, so the frame, its bar and places
 * render again only when those change.
 */
export function AppShell() {
  const { pathname } = useLocation();
  const releasePage = useMatch('/releases/:releaseName');
  return <ShellFrame pathname={pathname} openRelease={releasePage?.params.releaseName ?? null} />;
}

const ShellFrame = memo(function ShellFrame({
  pathname,
  openRelease,
}: {
  pathname: string;
  openRelease: string | null;
}) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
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
        <Toolbar
          sx={{ gap: { xs: 0, md: 2 }, flexWrap: phone ? 'nowrap' : { xs: 'wrap', md: 'nowrap' } }}
        >
          <Typography
            variant="h6"
            component="p"
            sx={{ fontWeight: 600, whiteSpace: 'nowrap', flexGrow: { xs: 1, md: 0 } }}
          >
            {phone ? 'Kaapana' : 'Kaapana Extensions'}
          </Typography>
          {phone ? <PlacesMenu pathname={pathname} /> : <Places pathname={pathname} />}
          <ColorModeToggle />
        </Toolbar>
      </AppBar>
      <Container component="main" id="main" maxWidth="xl" sx={{ py: 3 }} tabIndex={-1}>
        <ExtensionActionsProvider>
          <UploadsProvider>
            <StuckBanner openRelease={openRelease} />
            <Outlet />
          </UploadsProvider>
        </ExtensionActionsProvider>
      </Container>
      <TipHost />
    </Box>
  );
});
