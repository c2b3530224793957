/**
 * Paths on the platform origin no chart link may lead to: kube-helm itself (some of its GETs
 * change state, e.g. `update-extensions`) and the gateway's login endpoints (`/oauth2/sign_out`
 * ends the session). Prefixes, matched the way Traefik's PathPrefix matches, ignoring case.
 */
export const FORBIDDEN_PATH_PREFIXES = ['/kube-helm-api', '/oauth2/'] as const;

const BASE = 'http://origin.invalid';

/** A path as the browser resolves it: dot segments (also `%2e`) resolved, or null if not a path. */
function resolvePath(path: string): URL | null {
  try {
    const url = new URL(path, BASE);
    return url.origin === BASE ? url : null;
  } catch {
    return null;
  }
}

/** Percent-escapes undone (a proxy may undo them too), at most a few rounds. */
function decoded(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** Whether a resolved path leads into the API or the gateway's login, however it is spelled. */
function leadsIntoForbidden(pathname: string): boolean {
  const plain = resolvePath(decoded(pathname).replace(/\\/g, '/'))?.pathname ?? pathname;
  return [pathname, plain].some((path) => {
    const lower = decoded(path)
      .toLowerCase()
      .replace(/\/{2,}/g, '/');
    return FORBIDDEN_PATH_PREFIXES.some((prefix) => lower.startsWith(prefix));
  });
}

/**
 * Turns a link a chart declares into an href that is safe to render (CONTRACT §3.4, §6, §10.17):
 * - a path on this origin (`/code-server/`) is used with its dot segments resolved;
 * - the NodePort form `:<port>[/path]` becomes `http://<this host>:<port>[/path]`, as Kaapana does;
 * - anything else (schemes, `//host`, backslashes, whitespace), and any path that resolves into
 *   kube-helm's API or the gateway's login (`/docs/../kube-helm-api/update-extensions`), gives
 *   null: render no link.
 */
export function safeHref(link: string, hostname: string): string | null {
  const nodePort = /^:(\d{1,5})(\/[^\s\\]*)?$/.exec(link);
  if (nodePort) {
    const port = Number(nodePort[1]);
    if (port < 1 || port > 65535 || !/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/i.test(hostname)) return null;
    return `http://${hostname}:${String(port)}${nodePort[2] ?? ''}`;
  }
  // eslint-disable-next-line no-control-regex
  if (!/^\/(?![/\\])[^\s\\\u0000-\u001f\u007f]*$/.test(link)) return null;
  const url = resolvePath(link);
  // `/a/..//host` resolves to `//host`: another origin.
  if (!url || url.pathname.startsWith('//') || leadsIntoForbidden(url.pathname)) return null;
  return url.pathname + url.search + url.hash;
}

/**
 * A chart's documentation path as a link into the platform's documentation (`/docs/`): null
 * unless it stays below `/docs/` once resolved.
 */
export function docsHref(path: string): string | null {
  const href = safeHref(`/docs/${path.replace(/^\/+/, '')}`, 'localhost');
  return href?.startsWith('/docs/') && href.length > '/docs/'.length ? href : null;
}
