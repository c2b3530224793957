/** Python's str.capitalize(): first character upper-case, the rest lower-case. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}

/** kubectl's age column (k8s.io/apimachinery HumanDuration). */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${String(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${String(minutes)}m` : `${String(minutes)}m${String(s)}s`;
  }
  if (minutes < 180) return `${String(minutes)}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${String(hours)}h` : `${String(hours)}h${String(m)}m`;
  }
  if (hours < 48) return `${String(hours)}h`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${String(days)}d` : `${String(days)}d${String(h)}h`;
  }
  if (hours < 24 * 365 * 2) return `${String(days)}d`;
  return `${String(Math.floor(days / 365))}y`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Go's time.String() in UTC, as helm ls prints it: `2025-12-18 09:12:44.583920451 +0000 UTC`. */
export function goTime(ms: number): string {
  const d = new Date(ms);
  return (
    `${String(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.` +
    `${pad(d.getUTCMilliseconds(), 3)}000000 +0000 UTC`
  );
}

/** Parses goTime() output (and the fixtures' timestamps) back to ms. */
export function parseGoTime(text: string): number {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d+))?/.exec(text);
  if (!m) return Number.NaN;
  const fraction = (m[3] ?? '0').slice(0, 3).padEnd(3, '0');
  return Date.parse(`${m[1] ?? ''}T${m[2] ?? ''}.${fraction}Z`);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's ANSIC layout (`Mon Jan _2 15:04:05 2006`), as `helm status` prints LAST DEPLOYED. */
export function ansiCTime(ms: number): string {
  const d = new Date(ms);
  return (
    `${DAYS[d.getUTCDay()] ?? ''} ${MONTHS[d.getUTCMonth()] ?? ''} ${String(d.getUTCDate()).padStart(2, ' ')} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${String(d.getUTCFullYear())}`
  );
}

/** `2025-12-18T09:41:07+00:00`, as kube-helm reports an Ingress's creation time. */
export function isoSeconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}+00:00`;
}

/** Python's html.escape(text, quote=True), which kube-helm applies to every string it receives. */
export function htmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}

export function escapeStringsDeep(value: unknown): unknown {
  if (typeof value === 'string') return htmlEscape(value);
  if (Array.isArray(value)) return value.map(escapeStringsDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeStringsDeep(v)]));
  }
  return value;
}

/** A stable short hash, for pod name suffixes. */
export function hashHex(text: string, length: number): string {
  let h = 2166136261;
  let out = '';
  for (let round = 0; out.length < length; round++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) ^ round;
    out += (h >>> 0).toString(36);
  }
  return out.slice(0, length);
}
