import type { Deployment } from '../contract/schemas';

/** "1 running, 2 init:0/1" — the pods of a deployment, counted by status. */
export function podSummary(deployment: Deployment): string {
  const statuses = Array.isArray(deployment.kube_status) ? deployment.kube_status : [];
  if (statuses.length === 0) return deployment.helm_status === 'deployed' ? 'no pods' : '';
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${String(n)} ${status}`).join(', ');
}

/** Restarts of the pods, when any restarted: "3 restarts". */
export function restartSummary(deployment: Deployment): string {
  const total = (deployment.kube_info?.restarts ?? []).reduce(
    (sum, text) => sum + (Number.parseInt(text, 10) || 0),
    0,
  );
  return total > 0 ? `${String(total)} restart${total === 1 ? '' : 's'}` : '';
}

/** helm's `updated` ("2025-12-18 09:12:44.583920451 +0000 UTC") as ms, NaN if unreadable. */
export function helmUpdatedAt(deployment: Deployment): number {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d+))? ([+-])(\d{2})(\d{2})/.exec(
    deployment.helm_info.updated,
  );
  if (!m) return Number.NaN;
  const [, date, time, fraction = '0', sign, hh, mm] = m;
  const ms = (fraction + '000').slice(0, 3);
  return Date.parse(`${date ?? ''}T${time ?? ''}.${ms}${sign ?? '+'}${hh ?? '00'}:${mm ?? '00'}`);
}
