// What a benchmark ran on and under: the machine, the date and the load, for every figure printed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

const cpuModel = () => {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? os.arch();
  } catch {
    return os.cpus()[0]?.model ?? os.arch();
  }
};

const chromiumVersion = () => {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'Chromium (version unknown)';
  }
};

const loadNow = () => os.loadavg()[0];

/** Notes the load from the start of a run; `describe()` says what it ran on and under. */
export function runContext() {
  const started = new Date();
  const loads = [loadNow()];
  const timer = setInterval(() => loads.push(loadNow()), 5000);
  timer.unref();
  const cpu = cpuModel();
  const cores = os.cpus().length;
  return {
    cpu,
    cores,
    /** Notes the load now (call between phases; a timer also samples every 5 s). */
    sample: () => loads.push(loadNow()),
    /** The 1-minute load averages seen: min, max. */
    load() {
      loads.push(loadNow());
      return { min: Math.min(...loads), max: Math.max(...loads) };
    },
    /** Two lines: machine and software; date and load. */
    describe() {
      const { min, max } = this.load();
      return [
        `${cpu}, ${cores} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · ${chromiumVersion()} · Node ${process.version}`,
        `${started.toISOString()} · load average (1 min) ${min.toFixed(1)}–${max.toFixed(1)} during the run`,
      ].join('\n');
    },
    /** The tail of a summary line: date, machine, load. */
    tail() {
      const { min, max } = this.load();
      return `${started.toISOString().slice(0, 16)}Z · ${cpu} ×${cores} · load ${min.toFixed(1)}–${max.toFixed(1)}`;
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * The one-line summary every benchmark ends with:
 * `bench:<name> PASS|MISS · <figure> (target) ✓|✗ · … · <date> · <cpu> ×<cores> · load <min>–<max>`.
 * `checks`: { label, value, target, ok } — `ok` null for a figure without a target.
 */
export function summaryLine(name, checks, context) {
  const missed = checks.some((c) => c.ok === false);
  const parts = checks.map((c) =>
    c.ok === null || c.ok === undefined
      ? `${c.label} ${c.value}`
      : `${c.label} ${c.value} (${c.target}) ${c.ok ? '✓' : '✗'}`,
  );
  return `bench:${name} ${missed ? 'MISS' : 'PASS'} · ${parts.join(' · ')} · ${context.tail()}`;
}
