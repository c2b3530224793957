/**
 * Turns a link a chart declares into an href that is safe to render (CONTRACT §3.4, §6, §10.17):
 * - a path on this origin (`/code-server/`) is used as it is;
 * - the NodePort form `:<port>[/path]` becomes `http://<this host>:<port>[/path]`, as Kaapana does;
 * - anything else (schemes, `//host`, backslashes, whitespace) gives null: render no link.
 */
export function safeHref(link: string, hostname: string): string | null {
  const nodePort = /^:(\d{1,5})(\/[^\s\\]*)?$/.exec(link);
  if (nodePort) {
    const port = Number(nodePort[1]);
    if (port < 1 || port > 65535 || !/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/i.test(hostname)) return null;
    return `http://${hostname}:${String(port)}${nodePort[2] ?? ''}`;
  }
  // eslint-disable-next-line no-control-regex
  if (/^\/(?![/\\])[^\s\\\u0000-\u001f\u007f]*$/.test(link)) return link;
  return null;
}
