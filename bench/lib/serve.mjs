// Builds the app and serves a build with the simulated kube-helm (vite preview), for benchmarks.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Builds into `outDir` (not dist/: other runs may be serving that). */
export function buildApp(outDir) {
  execFileSync(
    'npx',
    ['vite', 'build', '--configLoader', 'runner', '--outDir', outDir, '--emptyOutDir'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/** Serves a build on a port with the simulator (fast timing); `stop()` ends it and its children. */
export async function serveBuild({ outDir, port, scenario = 'fresh' }) {
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`no build in ${outDir}`);
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--configLoader',
      'runner',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      env: { ...process.env, KH_SIM_TIMING: 'fast', KH_SIM_SCENARIO: scenario },
      stdio: 'ignore',
      // Its own process group, so that stopping it stops vite too.
      detached: true,
    },
  );
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/kube-helm-api/health-check`)).ok) return { base, stop };
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`vite preview of ${outDir} did not start on port ${port}`);
}

/** Puts a simulator session into a scenario (the session is the `kh-sim-session` cookie). */
export async function resetSim(base, session, body) {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(`${base}/__sim/reset`, {
        method: 'POST',
        headers: { Cookie: `kh-sim-session=${session}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`reset: ${response.status} ${await response.text()}`);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
