// Main-thread (and worker-thread) busy time from a Chromium trace, between user-timing marks.

export const TRACE_CATEGORIES = [
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
];

/**
 * Busy time of the page's renderer main thread and of its dedicated workers within each window
 * [mark i, mark i+1) of the marks named `prefix…` (the last window ends `lastMs` after its mark).
 * Busy = the union of top-level tasks (RunTask), in ms.
 */
export function busyByWindow(traceBuffer, prefix, lastMs) {
  const { traceEvents } = JSON.parse(traceBuffer.toString());
  const threadNames = new Map();
  for (const e of traceEvents) {
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const marks = traceEvents
    .filter(
      (e) =>
        e.cat?.includes('blink.user_timing') &&
        e.name.startsWith(prefix) &&
        (e.ph === 'R' || e.ph === 'I' || e.ph === 'i' || e.ph === 'n' || e.ph === 'b'),
    )
    .sort((a, b) => a.ts - b.ts);
  const seen = new Set();
  const unique = marks.filter((m) => (seen.has(m.name) ? false : seen.add(m.name)));
  if (unique.length === 0) throw new Error(`no marks named ${prefix}… in the trace`);
  const pid = unique[0].pid;
  const tasks = new Map(); // thread key → [start, end][]
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.pid !== pid) continue;
    if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
    const key = `${e.pid}:${e.tid}`;
    if (!tasks.has(key)) tasks.set(key, []);
    tasks.get(key).push([e.ts, e.ts + (e.dur ?? 0)]);
  }
  const merged = new Map();
  for (const [key, list] of tasks) {
    list.sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const [s, e] of list) {
      const last = out.at(-1);
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else out.push([s, e]);
    }
    merged.set(key, out);
  }
  const busy = (key, from, to) => {
    let total = 0;
    for (const [s, e] of merged.get(key) ?? []) {
      if (e <= from || s >= to) continue;
      total += Math.min(e, to) - Math.max(s, from);
    }
    return total / 1000;
  };
  const main = [...merged.keys()].find((k) => threadNames.get(k) === 'CrRendererMain');
  const workers = [...merged.keys()].filter((k) => /Worker/.test(threadNames.get(k) ?? ''));
  return unique.map((mark, i) => {
    const from = mark.ts;
    const to = unique[i + 1]?.ts ?? from + lastMs * 1000;
    return {
      name: mark.name,
      main: main ? busy(main, from, to) : Number.NaN,
      workers: workers.reduce((sum, k) => sum + busy(k, from, to), 0),
      ms: (to - from) / 1000,
    };
  });
}
