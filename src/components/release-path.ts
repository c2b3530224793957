/** Where a release's own page is (`/releases/<release name>`, see app/routes.tsx). */
export function releasePath(releaseName: string): string {
  return `/releases/${encodeURIComponent(releaseName)}`;
}
