import type { ExtensionRow } from '../contract/schemas';
import { docsHref } from './links';

/**
 * The name people see (CONTRACT §6): an instance's display name unless empty or "-", else the
 * chart's `ui-visible-name` annotation, else the release name.
 */
export function displayName(row: ExtensionRow): string {
  const own = row.display_name.trim();
  if (own && own !== '-') return own;
  const visible = row.annotations?.['ui-visible-name']?.trim();
  if (visible) return visible;
  return row.releaseName;
}

/**
 * `/docs/<documentation>` when the chart names its documentation, else null (never `/docs/null`),
 * and never anything outside `/docs/` (`../kube-helm-api/update-extensions` is no link).
 */
export function documentationLink(row: ExtensionRow): string | null {
  const path = row.annotations?.documentation?.trim();
  if (!path) return null;
  return docsHref(path);
}
