import { isRouteErrorResponse, useRouteError } from 'react-router';
import { CrashNotice } from './error-boundary';

export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${String(error.status)} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return <CrashNotice message={message} />;
}
