import { memo } from 'react';
import { Outlet, useLocation, useMatch } from 'react-router';
import { StuckBanner } from '../components/stuck-banner';
import { TipHost } from '../components/tip-host';
import { PHONE, useMediaQuery } from '../components/use-media-query';
import '../components/plain-page.css';
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
  const phone = useMediaQuery(PHONE);
  return (
    <div className="kh-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="kh-appbar">
        <div className={`kh-toolbar${phone ? ' kh-toolbar--nowrap' : ''}`}>
          <p className="kh-brand">{phone ? 'Kaapana' : 'Kaapana Extensions'}</p>
          {phone ? <PlacesMenu pathname={pathname} /> : <Places pathname={pathname} />}
          <ColorModeToggle />
        </div>
      </header>
      <main id="main" className="kh-container" tabIndex={-1}>
        <ExtensionActionsProvider>
          <UploadsProvider>
            <StuckBanner openRelease={openRelease} />
            <Outlet />
          </UploadsProvider>
        </ExtensionActionsProvider>
      </main>
      <TipHost />
    </div>
  );
});
