// Order statistics for timings: the nearest-rank percentile (no interpolation).
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (values) => percentile(values, 50);
export const p95 = (values) => percentile(values, 95);

export const ms = (value) =>
  Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : '–';
export const mb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1e6).toFixed(1)} MB` : '–');
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** A plain-text table: columns padded, numbers right-aligned. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const numeric = (s) => /^[\d.,–×%+-]+( ?(ms|KB|MB|×))?$/.test(s);
  const line = (r) =>
    r.map((c, i) => (numeric(c) && i > 0 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)]
    .map((l) => `  ${l.trimEnd()}`)
    .join('\n');
}
