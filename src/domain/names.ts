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
  const known = documentationLinks.get(row);
  if (known !== undefined) return known;
  const path = row.annotations?.documentation?.trim();
  const link = path ? docsHref(path) : null;
  documentationLinks.set(row, link);
  return link;
}
/** Worked out once per row (it parses URLs; every line a filter brings into view asks again). */
const documentationLinks = new WeakMap<ExtensionRow, string | null>();
