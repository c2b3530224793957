// Upload throughput and page memory: a generated file of 1 GiB or more goes through the app's
// Uploads place (drop zone input → queue → FilePond uploader) in headless Chromium to the simulated
// kube-helm over real HTTP on loopback, once per chunk size, next to curl sending the same bytes in
// one request. Prints MB/s, the ratio to curl and the page's peak JS heap above its idle heap.
//   npm run bench:upload                      (builds, serves the build on port 5703, runs)
//   node bench/upload.mjs [base URL] [size in MiB] [chunk sizes in MiB, comma-separated] [rounds]
//   (with a base URL it uses that server; without, it serves dist/ itself)
// Each round runs curl and every chunk size once, interleaved; the best of the rounds counts
// (a shared machine's load moves a lot between runs).
import { execFile, execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { chromium } from '@playwright/test';
import launchOptions from '../scripts/chromium-launch.json' with { type: 'json' };

const MiB = 1024 * 1024;
const args = process.argv.slice(2);
const argBase = args[0] && /^https?:/.test(args[0]) ? (args.shift() ?? null) : null;
const sizeMiB = Number(args[0] ?? 1024);
const chunkSizes = (args[1] ?? '1,8,16,32,64').split(',').map(Number);
const rounds = Number(args[2] ?? 3);
const session = 'bench-upload';
const cookie = `kh-sim-session=${session}`;

/** Serves the built app with the simulator, unless a running one was named. */
async function server() {
  if (argBase) return { base: argBase, stop: () => undefined };
  const port = 5703;
  const child = spawn(
    'npx',
    ['vite', 'preview', '--configLoader', 'runner', '--port', String(port), '--strictPort'],
    {
      env: { ...process.env, KH_SIM_TIMING: 'fast', KH_SIM_SCENARIO: 'fresh' },
      stdio: 'ignore',
      // Its own process group, so that stopping it stops vite too.
      detached: true,
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/kube-helm-api/health-check`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, stop: () => process.kill(-child.pid, 'SIGTERM') };
}

/** A tar header, then incompressible filler (one random MiB, repeated). */
function makeFile(path, bytes) {
  const block = Buffer.alloc(MiB);
  let x = 2463534242;
  for (let i = 0; i < block.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    block[i] = x & 0xff;
  }
  // A ustar header so the app takes it for an image archive.
  block.fill(0, 0, 512);
  block.write('manifest.json', 0);
  block.write('ustar\u000000', 257, 'latin1');
  const fd = openSync(path, 'w');
  for (let written = 0; written < bytes; written += MiB) {
    writeSync(fd, block, 0, Math.min(MiB, bytes - written));
    if (written === 0) block.fill(7, 0, 512);
  }
  closeSync(fd);
}

const { base, stop } = await server();
const control = async (path, body) => {
  // The server may close an idle keep-alive connection just as it is reused: try again.
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(`${base}/__sim${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { Cookie: cookie },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return await response.json();
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
};

const path = `${os.tmpdir()}/kx-bench-upload-${process.pid}.tar`;
/** curl sending the file in one PATCH to `url`; it prints the seconds it took. */
const curlPatch = (url, ...headers) => [
  '-s',
  '-o',
  '/dev/null',
  '-w',
  '%{time_total}',
  '-X',
  'PATCH',
  '--upload-file',
  path,
  ...headers.flatMap((h) => ['-H', h]),
  url,
];
const size = sizeMiB * MiB;
makeFile(path, size);
const results = [];
const loadBefore = os.loadavg();
try {
  // curl: the same bytes in one PATCH (streamed from disk with --upload-file).
  const curl = async (name) => {
    const form = new FormData();
    form.append('filepond', JSON.stringify({ filepath: name }));
    const init = await fetch(`${base}/kube-helm-api/filepond-upload`, {
      method: 'POST',
      headers: { Cookie: cookie },
      body: form,
    });
    const id = (await init.text()).trim();
    const seconds = Number(
      execFileSync(
        'curl',
        curlPatch(
          `${base}/kube-helm-api/filepond-upload?patch=${id}`,
          `Upload-Length: ${size}`,
          'Content-Type: application/offset+octet-stream',
          `Cookie: ${cookie}`,
        ),
      ).toString(),
    );
    const stored = (await control('/uploads')).received.find((r) => r.name === name);
    if (stored?.size !== size) throw new Error('curl upload was not stored whole');
    return seconds;
  };
  const curlSeconds = [];

  const browser = await chromium.launch({
    ...launchOptions,
    args: [...launchOptions.args, '--enable-precise-memory-info'],
  });
  const context = await browser.newContext();
  await context.addCookies([{ name: 'kh-sim-session', value: session, url: base }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const heapNow = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const uploadThroughPage = async (mib) => {
    await control('/reset', { scenario: 'fresh', timing: 'fast' });
    await page.goto(`${base}/uploads`);
    await page.evaluate((value) => {
      localStorage.clear();
      localStorage.setItem('kaapana-extensions.upload-chunk-mib', String(value));
    }, mib);
    await page.reload();
    await page.getByRole('button', { name: 'Choose files…' }).waitFor();
    await cdp.send('HeapProfiler.collectGarbage');
    const idle = await heapNow();
    let peak = idle;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heapNow());
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const t0 = performance.now();
    await page.getByTestId('upload-input').setInputFiles(path);
    // Stored once the card moves on to importing (watched in the page, not by asking the server).
    await page.waitForFunction(
      () =>
        document.querySelector('[role="status"][aria-label$=": Importing"]') !== null ||
        document.querySelector('[role="status"][aria-label$=": Available"]') !== null,
      undefined,
      { polling: 50, timeout: 600_000 },
    );
    const seconds = (performance.now() - t0) / 1000;
    sampling = false;
    await sampler;
    const stored = (await control('/uploads')).received[0];
    if (stored.size !== size) throw new Error(`stored ${stored.size} of ${size} bytes`);
    await page.getByText('Imported:').waitFor({ timeout: 60_000 });
    return { mib, seconds, heapAboveIdle: peak - idle, idle };
  };
  /** The same chunks from a bare fetch loop in the page: what Chromium itself manages. */
  const bareFetch = async (mib) => {
    await control('/reset', { scenario: 'fresh', timing: 'fast' });
    await page.goto(`${base}/kube-helm-api/health-check`);
    await page.setContent('<input type="file" id="bare">');
    await page.setInputFiles('#bare', path);
    return page.evaluate(async (chunk) => {
      const file = document.getElementById('bare').files[0];
      const form = new FormData();
      form.append('filepond', JSON.stringify({ filepath: 'bare.tar' }));
      const api = '/kube-helm-api/filepond-upload';
      const id = (await (await fetch(api, { method: 'POST', body: form })).text()).trim();
      const t0 = performance.now();
      for (let at = 0; at < file.size; at += chunk) {
        const response = await fetch(`${api}?patch=${id}`, {
          method: 'PATCH',
          body: file.slice(at, at + chunk),
          headers: { 'Upload-Length': String(file.size) },
        });
        await response.text();
      }
      return (performance.now() - t0) / 1000;
    }, mib * MiB);
  };
  /**
   * The browser's own ceiling: the same bare loop to a server that only counts the bytes, next to
   * curl sending them there in one request. What no page code can go beyond on this machine.
   */
  const sink = createServer(async (req, res) => {
    for await (const piece of req) sinkPieces.push(piece.length);
    res.end('ok');
  });
  const sinkPieces = [];
  await new Promise((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const sinkBase = `http://127.0.0.1:${sink.address().port}`;
  const ceiling = async (mib) => {
    await page.goto(`${sinkBase}/`);
    await page.setContent('<input type="file" id="bare">');
    await page.setInputFiles('#bare', path);
    sinkPieces.length = 0;
    const seconds = await page.evaluate(async (chunk) => {
      const file = document.getElementById('bare').files[0];
      const t0 = performance.now();
      for (let at = 0; at < file.size; at += chunk) {
        await (await fetch('/sink', { method: 'PATCH', body: file.slice(at, at + chunk) })).text();
      }
      return (performance.now() - t0) / 1000;
    }, mib * MiB);
    const meanPiece = sinkPieces.reduce((a, b) => a + b, 0) / sinkPieces.length;
    // Not execFileSync: the sink answers from this very process.
    const curlSeconds = await new Promise((resolve, reject) => {
      execFile('curl', curlPatch(`${sinkBase}/sink`), (error, out) =>
        error ? reject(error) : resolve(Number(out)),
      );
    });
    return { seconds, meanPiece, curlSeconds };
  };
  const bareMiB = Number(process.env.BENCH_BARE_MIB ?? 32);
  const bareSeconds = [];
  const ceilings = [];
  const runs = [];
  for (let round = 1; round <= rounds; round++) {
    await control('/reset', { scenario: 'fresh', timing: 'fast' });
    curlSeconds.push(await curl(`curl-${round}.tar`));
    for (const mib of chunkSizes) runs.push(await uploadThroughPage(mib));
    bareSeconds.push(await bareFetch(bareMiB));
    ceilings.push(await ceiling(bareMiB));
  }
  sink.close();
  for (const mib of chunkSizes) {
    const mine = runs.filter((r) => r.mib === mib);
    const best = mine.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const heapAboveIdle = Math.max(...mine.map((r) => r.heapAboveIdle));
    results.push({ ...best, heapAboveIdle, rate: size / 1e6 / best.seconds });
  }
  await browser.close();
  const curlRate = size / 1e6 / Math.min(...curlSeconds);

  const chromiumVersion = execFileSync('/usr/bin/chromium', ['--version']).toString().trim();
  const cpu =
    readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? os.arch();
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(
    `upload of ${sizeMiB} MiB through the Uploads place, simulated kube-helm (fast timing) on loopback, best of ${rounds} rounds`,
  );
  console.log(
    `  ${new Date().toISOString()} · ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · ${chromiumVersion} · Node ${process.version}`,
  );
  console.log(
    `  load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `  curl, one request      ${curlRate.toFixed(0).padStart(5)} MB/s  (best of ${curlSeconds.map((c) => `${c.toFixed(1)} s`).join(', ')})`,
  );
  const bare = size / 1e6 / Math.min(...bareSeconds);
  console.log(
    `  bare fetch loop, ${bareMiB} MiB ${bare.toFixed(0).padStart(5)} MB/s  ${(bare / curlRate).toFixed(2)}× curl  (no app: what the browser itself manages)`,
  );
  const best = ceilings.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const sinkCurl = size / 1e6 / Math.min(...ceilings.map((c) => c.curlSeconds));
  const sinkRate = size / 1e6 / best.seconds;
  console.log(
    `  ceiling: the bare loop to a server that only counts bytes ${sinkRate.toFixed(0)} MB/s, ${(sinkRate / curlRate).toFixed(2)}× curl to the simulator (curl to that server: ${sinkCurl.toFixed(0)} MB/s; the browser wrote ${(best.meanPiece / 1024).toFixed(0)} KiB per piece)`,
  );
  for (const r of results) {
    console.log(
      `  chunks of ${String(r.mib).padStart(3)} MiB     ${r.rate.toFixed(0).padStart(5)} MB/s  ${(r.rate / curlRate).toFixed(2)}× curl  (${r.seconds.toFixed(1)} s)  peak JS heap (any round) ${mb(r.heapAboveIdle)} above idle (${mb(r.idle)})`,
    );
  }
} finally {
  rmSync(path, { force: true });
  stop();
}
