import type { RouteObject } from 'react-router';
import { themed } from '../components/themed';
import { CatalogPage } from '../features/catalog/catalog-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/**
 * What shows while a place opened directly (a bookmark, a reload) loads its code: a thin bar
 * where the header will be.
 */
function OpeningPlace() {
  return <div className="kh-progress" role="progressbar" aria-label="Opening the page" />;
}

/**
 * The places of the app. The catalog comes with the first load; the others when visited, with
 * MUI's theme (they are drawn with MUI; the catalog's first screen is not).
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <OpeningPlace />,
    children: [
      {
        // A place that fails (its code could not be loaded, or a bug) says so under the header,
        // whose navigation keeps working.
        errorElement: <RouteError inShell />,
        children: [
          { index: true, element: <CatalogPage /> },
          {
            path: 'releases',
            lazy: async () => ({
              Component: await themed(
                async () => (await import('../features/releases/releases-page')).ReleasesPage,
              ),
            }),
          },
          {
            path: 'releases/:releaseName',
            lazy: async () => ({
              Component: await themed(
                async () => (await import('../features/release/release-page')).ReleasePage,
              ),
            }),
          },
          {
            path: 'uploads',
            lazy: async () => ({
              Component: await themed(
                async () => (await import('../features/uploads/uploads-page')).UploadsPage,
              ),
            }),
          },
          {
            path: 'applications',
            lazy: async () => ({
              Component: await themed(
                async () =>
                  (await import('../features/active-apps/active-applications-page'))
                    .ActiveApplicationsPage,
              ),
            }),
          },
          {
            path: 'activity',
            lazy: async () => ({
              Component: await themed(
                async () => (await import('../features/activity/activity-page')).ActivityPage,
              ),
            }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
