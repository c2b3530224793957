import type { RouteObject } from 'react-router';
import { ActiveApplicationsPage } from '../features/active-apps/active-applications-page';
import { ActivityPage } from '../features/activity/activity-page';
import { CatalogPage } from '../features/catalog/catalog-page';
import { ReleasePage } from '../features/release/release-page';
import { UploadsPage } from '../features/uploads/uploads-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/** The places of the app. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <CatalogPage /> },
      { path: 'releases/:releaseName', element: <ReleasePage /> },
      { path: 'uploads', element: <UploadsPage /> },
      { path: 'applications', element: <ActiveApplicationsPage /> },
      { path: 'activity', element: <ActivityPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
