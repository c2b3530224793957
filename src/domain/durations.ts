/** A duration as kubectl prints ages: "45s", "14m", "3h12m", "2d4h", "400d". */
export function shortDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${String(s)}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${String(m)}m`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 === 0 || h >= 10 ? `${String(h)}h` : `${String(h)}h${String(m % 60)}m`;
  const d = Math.floor(h / 24);
  return h % 24 === 0 || d >= 10 ? `${String(d)}d` : `${String(d)}d${String(h % 24)}h`;
}

/** The same in words a screen reader says well: "3 hours 12 minutes", "2 days 4 hours". */
export function spokenAge(ms: number): string {
  const parts = /^(\d+)([dhms])(?:(\d+)([hm]))?$/.exec(shortDuration(ms));
  if (!parts) return shortDuration(ms);
  const word = { d: 'day', h: 'hour', m: 'minute', s: 'second' } as const;
  const say = (n: string | undefined, unit: string | undefined) =>
    n && unit ? `${n} ${word[unit as keyof typeof word]}${n === '1' ? '' : 's'}` : '';
  return [say(parts[1], parts[2]), say(parts[3], parts[4])].filter(Boolean).join(' ');
}
