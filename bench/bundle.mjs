// What the catalog page loads first, and everything else by chunk: gzipped JS and CSS of a
// production build. The first load is read twice: from index.html (entry, preloads, stylesheets
// and their static imports) and from what Chromium actually fetches until the catalog shows its
// rows and the network is idle. Fails (exit code 1) when the first load is over budget or holds
// something that must load on demand (dialogs, the upload reader, release pages, the simulator)
// or any font.
//   npm run bench:bundle                     (builds into dist-bench/, serves it on port 6010)
//   node bench/bundle.mjs --dist dist --no-build [--port 6010]
import { chromium } from '@playwright/test';
import { basename } from 'node:path';
import launchOptions from '../scripts/chromium-launch.json' with { type: 'json' };
import { chunksOf, contentsOf, firstLoadOf, misplaced } from './lib/bundle.mjs';
import { runContext, summaryLine } from './lib/machine.mjs';
import { buildApp, resetSim, serveBuild } from './lib/serve.mjs';
import { kb, table } from './lib/stats.mjs';

const BUDGET = 200_000;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dist = option('--dist', 'dist-bench');
const port = Number(option('--port', 6010));
const context = runContext();

if (!args.includes('--no-build')) buildApp(dist);
const chunks = chunksOf(dist);
const byFile = new Map(chunks.map((c) => [c.file, c]));
const fromHtml = firstLoadOf(dist);

/** What Chromium fetches for the catalog until its rows show and the network is quiet. */
async function fetchedByThePage() {
  const { base, stop } = await serveBuild({ outDir: dist, port, scenario: 'busy' });
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.context().addCookies([{ name: 'kh-sim-session', value: 'bench-bundle', url: base }]);
    await resetSim(base, 'bench-bundle', { scenario: 'busy', timing: 'fast' });
    const fetched = new Set();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/assets/')) fetched.add(basename(path));
    });
    await page.goto(`${base}/`);
    await page.locator('[role="row"][aria-rowindex="2"]').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    return fetched;
  } finally {
    await browser.close();
    stop();
  }
}

const fetched = await fetchedByThePage();
const first = new Set([...fromHtml, ...fetched]);
const firstChunks = [...first].map((f) => byFile.get(f)).filter(Boolean);
const sum = (list, key) => list.reduce((total, c) => total + c[key], 0);
const firstGzip = sum(firstChunks, 'gzip');
const totalGzip = sum(chunks, 'gzip');
const problems = [];
for (const chunk of firstChunks) {
  for (const what of misplaced(chunk)) problems.push(`${chunk.file} holds ${what}`);
  if (chunk.font) problems.push(`${chunk.file} is or declares a font`);
}
const unexplained = [...fetched].filter((f) => !fromHtml.has(f));

const rows = [...chunks]
  .sort((a, b) => Number(first.has(b.file)) - Number(first.has(a.file)) || b.gzip - a.gzip)
  .map((c) => [
    c.file,
    kb(c.raw),
    kb(c.gzip),
    first.has(c.file) ? (fromHtml.has(c.file) ? 'first' : 'first (fetched)') : 'on demand',
    [contentsOf(c), ...misplaced(c).map((w) => `[${w}]`)].filter(Boolean).join(' '),
  ]);
console.log(`bundle of ${dist}: what the catalog page loads first, and every chunk (gzip level 9)`);
console.log(context.describe().replace(/^/gm, '  '));
console.log(table(['chunk', 'raw', 'gzip', 'loaded', 'made of'], rows));
console.log(
  `  first load: ${firstChunks.length} files, ${kb(sum(firstChunks, 'raw'))} raw, ${kb(firstGzip)} gzip` +
    ` (budget ${kb(BUDGET)}); all chunks: ${chunks.length} files, ${kb(totalGzip)} gzip`,
);
if (unexplained.length > 0) {
  console.log(
    `  fetched at first although index.html does not name them: ${unexplained.join(', ')}`,
  );
}
for (const problem of problems) console.log(`  ✗ ${problem}`);
console.log(
  summaryLine(
    'bundle',
    [
      {
        label: 'first load',
        value: `${kb(firstGzip)} gzip`,
        target: `≤ ${kb(BUDGET)}`,
        ok: firstGzip <= BUDGET,
      },
      {
        label: 'on demand only (dialogs, upload reader, release pages, simulator, fonts)',
        value: problems.length === 0 ? 'none in first load' : `${problems.length} in first load`,
        target: 'none',
        ok: problems.length === 0,
      },
      { label: 'all chunks', value: `${kb(totalGzip)} gzip`, ok: null },
    ],
    context,
  ),
);
context.stop();
if (firstGzip > BUDGET || problems.length > 0) process.exitCode = 1;
