// The catalog at scale in Debian's Chromium, on a production build with the simulated kube-helm's
// `large` scenario (10,000 charts by default): navigation → first rows painted, keystrokes in the
// search field and facet toggles → next painted frame and → the list showing the result, and the
// JS heap after garbage collection. Every run uses a fresh browser context (nothing cached).
//
//   npm run bench:catalog                                (builds into dist-bench/, serves on 6020)
//   node bench/catalog.mjs --url http://127.0.0.1:5394   (a server already running; no build)
//   node bench/catalog.mjs --against-dist /tmp/old/dist  (side by side: serves that build on 6021)
//   node bench/catalog.mjs --against http://host:port    (side by side with another server)
//   options: --size 10000 --runs 5 --dist dist-bench --no-build --port 6020 --profile --warm
// (--warm: the list is read just before each load, so the page's first read is answered from the
// simulator's cache, as kube-helm answers between two rebuilds of its list, not by a rebuild)
// (--profile: where the first run's facet toggles spent their JavaScript time, by function;
// build with `--minify false` for readable names; --profile-out F.cpuprofile keeps it for DevTools)
// Side by side, both serve the same rows (the same scenario and seed; checked) and runs alternate
// between them, so the load of a shared machine falls on both: read the ratios, not the times.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import launchOptions from '../scripts/chromium-launch.json' with { type: 'json' };
import { runContext, summaryLine } from './lib/machine.mjs';
import { installProbe } from './lib/probe.mjs';
import { buildApp, resetSim, serveBuild } from './lib/serve.mjs';
import { heapOf } from './lib/heap.mjs';
import { mb, median, ms, p95, table } from './lib/stats.mjs';
import { startCpuProfile, topFunctions } from './lib/cpu-profile.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const size = Number(option('--size', 10000));
const runs = Number(option('--runs', 5));
const port = Number(option('--port', 6020));
const warm = args.includes('--warm');
const TARGET = { firstRows: 500, frame: 22, list: 50, heap: 50e6 };
const context = runContext();

async function target(name, { url, dist, port: at }) {
  if (url) return { name, base: url, stop: () => undefined };
  const { base, stop } = await serveBuild({ outDir: dist, port: at });
  return { name, base, stop };
}

const targets = [];
try {
  if (!option('--url') && !args.includes('--no-build')) buildApp(option('--dist', 'dist-bench'));
  targets.push(
    await target('this build', {
      url: option('--url'),
      dist: option('--dist', 'dist-bench'),
      port,
    }),
  );
  if (option('--against') || option('--against-dist')) {
    targets.push(
      await target('other build', {
        url: option('--against'),
        dist: option('--against-dist'),
        port: port + 1,
      }),
    );
  }
  for (const [i, t] of targets.entries()) {
    t.session = `bench-catalog-${i}`;
    await resetSim(t.base, t.session, { scenario: `large:${size}`, timing: 'fast', seed: 1 });
    const text = await readList(t);
    const rows = JSON.parse(text);
    t.rows = rows.length;
    t.bytes = text.length;
    t.charts = rows.map((r) => r.releaseName).join('\n');
    t.samples = {
      firstRows: [],
      listSent: [],
      listDone: [],
      afterAnswer: [],
      typeInput: [],
      typeList: [],
      facetInput: [],
      facetList: [],
      heap: [],
      workerHeap: [],
    };
  }
  if (targets.length === 2 && targets[0].charts !== targets[1].charts) {
    throw new Error('the two servers do not list the same rows: compare like with like');
  }
  const browser = await chromium.launch({
    ...launchOptions,
    args: [...launchOptions.args, '--enable-precise-memory-info'],
  });
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? targets : [...targets].reverse();
    for (const t of order) {
      await oneRun(browser, t);
      context.sample();
      console.log(
        `  run ${run + 1}/${runs} ${t.name}: first rows ${ms(t.samples.firstRows.at(-1))}`,
      );
    }
  }
  await browser.close();
  report();
} finally {
  for (const t of targets) t.stop();
  context.stop();
}

/** The simulated list of `t`'s session, as text. */
async function readList(t) {
  const response = await fetch(`${t.base}/kube-helm-api/extensions`, {
    headers: { Cookie: `kh-sim-session=${t.session}` },
  });
  return response.text();
}

async function settled(page) {
  const handle = await page.waitForFunction(() => window.__kxProbe.settled(300), null, {
    polling: 50,
    timeout: 20_000,
  });
  return handle.jsonValue();
}

async function oneRun(browser, t) {
  const browserContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await browserContext.addCookies([{ name: 'kh-sim-session', value: t.session, url: t.base }]);
  const page = await browserContext.newPage();
  await page.addInitScript(installProbe);
  const lists = [];
  browserContext.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/extensions')) lists.push(request);
  });
  if (warm) {
    // The list just read, so the page's read comes from the simulator's cache (kube-helm's
    // between two rebuilds) instead of setting off a rebuild.
    await readList(t);
  }
  await page.goto(`${t.base}/`);
  await page.waitForFunction(() => window.__kxProbe.firstRow !== null, null, {
    polling: 50,
    timeout: 120_000,
  });
  const { firstRow, timeOrigin } = await page.evaluate(() => ({
    firstRow: window.__kxProbe.firstRow,
    timeOrigin: performance.timeOrigin,
  }));
  t.samples.firstRows.push(firstRow);
  const list = lists[0];
  if (list) {
    await (await list.response())?.finished();
    const timing = list.timing();
    t.samples.listSent.push(timing.startTime - timeOrigin);
    if (timing.responseEnd > 0) {
      const done = timing.startTime + timing.responseEnd - timeOrigin;
      t.samples.listDone.push(done);
      // The page's own share of the first rows, apart from how soon the server answered.
      t.samples.afterAnswer.push(firstRow - done);
    }
  }
  await page.waitForTimeout(1500);
  const heap = await heapOf(browser, page);
  t.samples.heap.push(heap.page);
  if (heap.workers !== null) t.samples.workerHeap.push(heap.workers);

  await page.locator('input[type="search"]').click();
  await page.waitForTimeout(300);
  for (const key of [...'lung seg', ...Array(8).fill('Backspace')]) {
    await page.evaluate(() => window.__kxProbe.arm('keydown'));
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    const m = await settled(page);
    t.samples.typeInput.push(m.input);
    t.samples.typeList.push(m.list);
    await page.waitForTimeout(150);
  }
  const profiling = args.includes('--profile') && !t.profiled;
  const stopProfile = profiling ? await startCpuProfile(page) : null;
  for (const facet of [
    'GPU',
    'GPU',
    'Workflows',
    'Workflows',
    'Installed',
    'Installed',
    'Experimental',
    'Experimental',
  ]) {
    await page.evaluate(() => window.__kxProbe.arm('click'));
    await page.getByRole('checkbox', { name: new RegExp(`^${facet}\\b`) }).click();
    const m = await settled(page);
    t.samples.facetInput.push(m.input);
    t.samples.facetList.push(m.list);
    await page.waitForTimeout(150);
  }
  if (stopProfile) {
    t.profiled = true;
    const profile = await stopProfile();
    console.log(`  ${t.name}, 8 facet toggles: JS self time by function`);
    for (const line of topFunctions(profile, 25)) console.log(`    ${line}`);
    if (option('--profile-out')) writeFileSync(option('--profile-out'), JSON.stringify(profile));
  }
  await browserContext.close();
}

function report() {
  const [a, b] = targets;
  const figure = (t, key, stat) => stat(t.samples[key]);
  const lines = [
    ['first rows (navigation → painted)', 'firstRows', [median, p95], TARGET.firstRows, ms],
    ['  list request sent', 'listSent', [median], null, ms],
    ['  list answered (last byte)', 'listDone', [median], null, ms],
    ['  answer → first rows painted', 'afterAnswer', [median, p95], null, ms],
    ['keystroke → next frame', 'typeInput', [median, p95], TARGET.frame, ms],
    ['keystroke → list shows result', 'typeList', [median, p95], TARGET.list, ms],
    ['facet toggle → next frame', 'facetInput', [median, p95], TARGET.frame, ms],
    ['facet toggle → list shows result', 'facetList', [median, p95], TARGET.list, ms],
    ['JS heap after GC (page)', 'heap', [median], TARGET.heap, mb],
    ['JS heap after GC (workers)', 'workerHeap', [median], null, mb],
  ];
  const header = ['', 'p50', 'p95', 'target'];
  if (b) header.push('other p50', 'other p95', 'this/other p50', 'p95');
  const rows = lines.map(([label, key, stats, limit, unit]) => {
    const mine = stats.map((s) => unit(figure(a, key, s)));
    while (mine.length < 2) mine.push('');
    const row = [label, ...mine, limit === null ? '' : `≤ ${unit(limit)}`];
    if (b) {
      const theirs = stats.map((s) => unit(figure(b, key, s)));
      while (theirs.length < 2) theirs.push('');
      const ratios = stats.map((s) => {
        const ratio = figure(a, key, s) / figure(b, key, s);
        return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '–';
      });
      while (ratios.length < 2) ratios.push('');
      row.push(...theirs, ...ratios);
    }
    return row;
  });
  console.log(
    `catalog, large:${size} (${a.rows} rows, ${mb(a.bytes)} list), ${runs} runs per build in fresh browser contexts; ` +
      `${a.samples.typeInput.length} keystrokes and ${a.samples.facetInput.length} facet toggles per build` +
      (warm ? '; the list read just before each load (--warm: answered from the cache)' : ''),
  );
  console.log(context.describe().replace(/^/gm, '  '));
  console.log(
    `  this build: ${a.base}${b ? `; other build: ${b.base} (same ${b.rows} rows)` : ''}`,
  );
  console.log(table(header, rows));
  const p = (key, s) => figure(a, key, s);
  const checks = [
    {
      label: 'first rows p50',
      value: ms(p('firstRows', median)),
      target: `≤ ${TARGET.firstRows} ms`,
      ok: p('firstRows', median) <= TARGET.firstRows,
    },
    {
      label: 'keystroke p95',
      value: `${ms(p('typeInput', p95))} / ${ms(p('typeList', p95))}`,
      target: `≤ ${TARGET.frame} / ${TARGET.list} ms`,
      ok: p('typeInput', p95) <= TARGET.frame && p('typeList', p95) <= TARGET.list,
    },
    {
      label: 'facet p95',
      value: `${ms(p('facetInput', p95))} / ${ms(p('facetList', p95))}`,
      target: `≤ ${TARGET.frame} / ${TARGET.list} ms`,
      ok: p('facetInput', p95) <= TARGET.frame && p('facetList', p95) <= TARGET.list,
    },
    {
      label: 'heap',
      value: mb(p('heap', median)),
      target: `≤ ${mb(TARGET.heap)}`,
      ok: p('heap', median) <= TARGET.heap,
    },
  ];
  if (b)
    checks.push({
      label: 'first rows vs other',
      value: `${(p('firstRows', median) / figure(b, 'firstRows', median)).toFixed(2)}×`,
      ok: null,
    });
  console.log(summaryLine('catalog', checks, context));
}
