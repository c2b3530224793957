// What an unchanged poll of the extension list costs the catalog page, at 1,000 and 10,000 rows:
// busy time of the page's main thread (and its workers) per poll from a Chromium trace, minus
// what the idle page does in as long (its clocks tick), the components and table rows React
// renders per poll, and the JS heap after GC over 30 simulated minutes of polling (120 polls at
// the idle interval of 15 s, sent every few seconds here).
// Polls are started the way a tab coming back to the foreground starts one (TanStack Query's
// refetch on visibility): the same read, the same code after it, without waiting 15 s each.
// Every read gets the very same body: the simulator's list is read once and served again for
// each request (its crash-looping pods would otherwise count restarts from one read to the next).
//
//   npm run bench:polling                           (builds into dist-bench/, serves on 6030)
//   node bench/polling.mjs --url http://127.0.0.1:5394 [--sizes 1000,10000] [--polls 20] [--soak 120]
//                          [--settle 40]  seconds between the first rows and the first poll
//   --profile                 also prints, for each poll over 10 ms, the functions with the most
//                             JavaScript self time in it (V8's sampling profiler)
//   --trace-out /tmp/polling  also writes each size's Chromium trace (with V8's calls and garbage
//                             collection) to /tmp/polling-<size>.json, for chrome://tracing
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import launchOptions from '../scripts/chromium-launch.json' with { type: 'json' };
import { startCpuProfile, topFunctions } from './lib/cpu-profile.mjs';
import { heapOf } from './lib/heap.mjs';
import { runContext, summaryLine } from './lib/machine.mjs';
import { installRenderCounter } from './lib/renders.mjs';
import { buildApp, resetSim, serveBuild } from './lib/serve.mjs';
import { mb, median, ms, p95, table } from './lib/stats.mjs';
import { TRACE_CATEGORIES, busyByWindow } from './lib/trace.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = option('--sizes', '1000,10000').split(',').map(Number);
const polls = Number(option('--polls', 20));
const soak = Number(option('--soak', 120));
const port = Number(option('--port', 6030));
const traceOut = option('--trace-out', null);
const profile = args.includes('--profile');
const settle = Number(option('--settle', 40));
const TARGET_MS = { 1000: 5, 10000: 20 };
const context = runContext();

const dist = option('--dist', 'dist-bench');
if (!option('--url') && !args.includes('--no-build')) buildApp(dist);
const server = option('--url')
  ? { base: option('--url'), stop: () => undefined }
  : await serveBuild({ outDir: dist, port });
const results = [];
try {
  const browser = await chromium.launch({
    ...launchOptions,
    args: [...launchOptions.args, '--enable-precise-memory-info'],
  });
  for (const size of sizes) {
    results.push(await measure(browser, size));
    context.sample();
  }
  await browser.close();
} finally {
  server.stop();
}
report();
context.stop();

async function measure(browser, size) {
  const base = server.base;
  const session = `bench-polling-${size}`;
  await resetSim(base, session, { scenario: `large:${size}`, timing: 'fast', seed: 1 });
  const spacing = size >= 5000 ? 4000 : 3000;
  const browserContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await browserContext.addCookies([{ name: 'kh-sim-session', value: session, url: base }]);
  const listed = await fetch(`${base}/kube-helm-api/extensions`, {
    headers: { Cookie: `kh-sim-session=${session}` },
  });
  const body = await listed.text();
  if (!listed.ok) throw new Error(`the list: ${listed.status} ${body.slice(0, 200)}`);
  await browserContext.route('**/kube-helm-api/extensions', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const page = await browserContext.newPage();
  await page.addInitScript(installRenderCounter);
  const reads = [];
  browserContext.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/extensions')) reads.push(Date.now());
  });
  await page.goto(`${base}/`);
  await page.locator('[role="row"][aria-rowindex="2"]').waitFor({ timeout: 120_000 });
  // V8 collects garbage once to reduce memory some 10–30 s after a page loaded (its memory
  // reducer; 50 ms at 1k, 100–140 ms at 10k): a cost of the load, not of any poll, so the polls
  // start after it.
  await page.waitForTimeout(settle * 1000);
  const poll = () => page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
  const mark = (name) => page.evaluate((n) => performance.mark(n), name);
  const renders = () => page.evaluate(() => window.__kxRenders());

  await browser.startTracing(page, {
    // With --trace-out, also what V8 does (calls, garbage collection), to see what a poll cost.
    categories: traceOut
      ? [...TRACE_CATEGORIES, 'v8', 'disabled-by-default-v8.gc']
      : TRACE_CATEGORIES,
  });
  const idleWindows = [];
  for (let i = 0; i < 4; i++) {
    const at = Date.now();
    await mark(`kx-idle-${i}`);
    await page.waitForTimeout(spacing);
    idleWindows.push({ at, until: Date.now() });
  }
  const perPoll = [];
  const readsBefore = reads.length;
  const profiles = [];
  for (let i = 0; i < polls; i++) {
    const before = await renders();
    await mark(`kx-poll-${i}`);
    const stopProfile = profile ? await startCpuProfile(page) : null;
    await poll();
    await page.waitForTimeout(spacing);
    if (stopProfile) profiles.push(await stopProfile());
    const after = await renders();
    const where = {};
    for (const [k, v] of Object.entries(after.where)) {
      const d = v - (before.where[k] ?? 0);
      if (d > 0) where[k] = d;
    }
    perPoll.push({
      commits: after.commits - before.commits,
      components: after.components - before.components,
      rows: after.rows - before.rows,
      where,
    });
  }
  await mark('kx-end');
  const trace = await browser.stopTracing();
  if (traceOut) writeFileSync(`${traceOut}-${size}.json`, trace);
  const pollReads = reads.length - readsBefore;
  // Idle windows the 15 s timer polled in do not count as idle.
  const idle = busyByWindow(trace, 'kx-idle-', spacing).filter(
    (_, i) => !reads.some((t) => t >= idleWindows[i].at && t < idleWindows[i].until),
  );
  const busy = busyByWindow(trace, 'kx-poll-', spacing);
  const idleMain = idle.length > 0 ? median(idle.map((w) => w.main / w.ms)) : 0;
  const idleWorkers = idle.length > 0 ? median(idle.map((w) => w.workers / w.ms)) : 0;
  const main = busy.map((w) => Math.max(0, w.main - idleMain * w.ms));
  const workers = busy.map((w) => Math.max(0, w.workers - idleWorkers * w.ms));
  // Each poll over 10 ms, with where its JavaScript time went.
  const profiled = profile
    ? main.flatMap((m, i) => (m > 10 ? [{ poll: i, top: topFunctions(profiles[i], 10) }] : []))
    : null;

  // 30 simulated minutes: heap after GC before, during and after.
  const heap = [];
  const every = Math.max(1, Math.round(soak / 6));
  heap.push({ polls: 0, ...(await heapOf(browser, page)) });
  for (let i = 1; i <= soak; i++) {
    await poll();
    await page.waitForTimeout(size >= 5000 ? 2500 : 2100);
    if (i % every === 0 || i === soak) heap.push({ polls: i, ...(await heapOf(browser, page)) });
  }
  await browserContext.close();
  const where = {};
  for (const p of perPoll)
    for (const [k, v] of Object.entries(p.where)) where[k] = (where[k] ?? 0) + v;
  return {
    size,
    spacing,
    pollReads,
    idle,
    idleMain,
    main,
    workers,
    busy,
    perPoll,
    where,
    heap,
    profiled,
  };
}

function report() {
  console.log(
    `polling: unchanged replies, ${polls} polls per size from ${settle} s after the first rows (main thread minus the idle page's own work), then ${soak} polls (${(soak * 15) / 60} simulated minutes at 15 s) for the heap`,
  );
  console.log(context.describe().replace(/^/gm, '  '));
  const rows = [];
  for (const r of results) {
    const comps = r.perPoll.map((p) => p.components);
    const rowRenders = r.perPoll.map((p) => p.rows);
    rows.push([
      `${r.size} rows`,
      ms(median(r.main)),
      ms(p95(r.main)),
      `≤ ${TARGET_MS[r.size] ?? '?'} ms`,
      ms(median(r.workers)),
      `${median(comps)} / ${Math.max(...comps)}`,
      `${median(rowRenders)} / ${Math.max(...rowRenders)}`,
      `${r.pollReads}`,
      ms(r.idleMain * 1000),
    ]);
  }
  console.log(
    table(
      [
        '',
        'main p50',
        'main p95',
        'target',
        'workers p50',
        'components p50/max',
        'rows p50/max',
        'reads',
        'idle main per s',
      ],
      rows,
    ),
  );
  for (const r of results) {
    const top = Object.entries(r.where)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => `${k} ${(v / r.perPoll.length).toFixed(1)}`)
      .join(', ');
    console.log(`  ${r.size} rows, renders per poll by place: ${top || 'none'}`);
    const each = r.main.map((m, i) => `${ms(m)}/${r.perPoll[i].components}`).join(' ');
    console.log(`  ${r.size} rows, main thread / components by poll: ${each}`);
    const series = r.heap.map(
      (h) => `${h.polls}: ${mb(h.page)}${h.workers === null ? '' : ` + ${mb(h.workers)} workers`}`,
    );
    console.log(`  ${r.size} rows, heap after GC by polls: ${series.join(' · ')}`);
    for (const { poll, top } of r.profiled ?? []) {
      console.log(`  ${r.size} rows, most JavaScript self time in poll ${poll + 1}:`);
      for (const line of top) console.log(`    ${line}`);
    }
  }
  const checks = [];
  for (const r of results) {
    const target = TARGET_MS[r.size];
    const renders = Math.max(...r.perPoll.map((p) => p.rows));
    const first = r.heap[0];
    const last = r.heap.at(-1);
    const total = (h) => h.page + (h.workers ?? 0);
    const growth = total(last) - total(first);
    const flat = growth <= Math.max(1e6, 0.03 * total(first));
    checks.push({
      label: `${r.size / 1000}k main p95`,
      value: ms(p95(r.main)),
      target: `≤ ${target} ms`,
      ok: target === undefined ? null : p95(r.main) <= target,
    });
    checks.push({
      label: `${r.size / 1000}k row renders`,
      value: String(renders),
      target: '0',
      ok: renders === 0,
    });
    checks.push({
      label: `${r.size / 1000}k heap over ${soak} polls`,
      value: `${growth >= 0 ? '+' : ''}${mb(growth)}`,
      target: 'flat',
      ok: flat,
    });
  }
  console.log(summaryLine('polling', checks, context));
}
