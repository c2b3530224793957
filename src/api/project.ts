/** The Kaapana project a multi-installable launch belongs to (CONTRACT §1.3). */
export interface Project {
  id: string;
  name: string;
}

/**
 * How the project reaches kube-helm:
 * - `cookie`: behind Kaapana's gateway. The browser sends the `Project` cookie and the gateway
 *   turns it into the `Project` header; a header set by the browser would be replaced anyway.
 * - `header`: talking to kube-helm directly (dev proxy to a port-forward, the simulator); the
 *   client sends the `Project` header itself.
 */
export type ProjectTransport = 'cookie' | 'header';

export interface ProjectSource {
  transport: ProjectTransport;
  /** The project to launch into, or null when none is selected. */
  current: () => Project | null;
}

export const PROJECT_COOKIE = 'Project';

/** Reads the `Project` cookie (URL-encoded JSON `{"name","id"}`) from a cookie string. */
export function parseProjectCookie(cookies: string): Project | null {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== PROJECT_COOKIE) continue;
    try {
      const value: unknown = JSON.parse(decodeURIComponent(part.slice(eq + 1).trim()));
      if (value && typeof value === 'object' && 'id' in value && 'name' in value) {
        const { id, name } = value;
        if (typeof id === 'string' && id && typeof name === 'string') return { id, name };
      }
    } catch {
      return null;
    }
  }
  return null;
}

export function projectCookieValue(project: Project): string {
  return encodeURIComponent(JSON.stringify({ name: project.name, id: project.id }));
}

/**
 * The `Project` header value. HTTP header values must be Latin-1, so everything else is escaped
 * as JSON `\uXXXX`, which kube-helm's `json.loads` reads back.
 */
export function projectHeaderValue(project: Project): string {
  return JSON.stringify({ id: project.id, name: project.name }).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Reads the cookie of the current page; null outside a browser. */
export function projectFromDocumentCookie(): Project | null {
  return typeof document === 'undefined' ? null : parseProjectCookie(document.cookie);
}
