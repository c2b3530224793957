import { isRouteErrorResponse, useRouteError } from 'react-router';
import { CrashNotice } from './error-boundary';

/** A failed place (`inShell`: under the header, which keeps working), or the whole app. */
export function RouteError({ inShell = false }: { inShell?: boolean }) {
  const error = useRouteError();
  return (
    <CrashNotice
      inShell={inShell}
      error={isRouteErrorResponse(error) ? `${String(error.status)} ${error.statusText}` : error}
    />
  );
}
