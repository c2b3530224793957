import type { ApiError } from '../api';

/**
 * Every query and mutation fails with an `ApiError`: the client turns whatever goes wrong on the
 * way to kube-helm into one (src/api/request.ts), so that is the error type TanStack Query reports.
 */
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}
