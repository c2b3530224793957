import { onTestFailed } from 'vitest';
import { Rng } from '../../mocks/sim/rng';

/**
 * Seeds and sizes of the reliability drills. The test suite runs each drill with a fixed seed
 * (the same cases on every run); `DRILL_SEED=<n>` replays another run, and `DRILL_SCALE=<k>`
 * multiplies the number of cases (`npm run drills` runs them ten times larger).
 */
export function drillSeed(fallback: number): number {
  const fromEnv = Number(process.env.DRILL_SEED);
  return Number.isInteger(fromEnv) && process.env.DRILL_SEED !== '' ? fromEnv : fallback;
}

/** `base` cases, times DRILL_SCALE (at least 1). */
export function drillCount(base: number): number {
  const scale = Number(process.env.DRILL_SCALE ?? '1');
  return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** Call inside a test: a failure prints how to replay it. */
export function printSeedOnFailure(drill: string, seed: number): void {
  onTestFailed(() => {
    console.error(
      `${drill} failed with seed ${String(seed)}: replay with DRILL_SEED=${String(seed)}`,
    );
  });
}

/** One generator per case: case `n` of a run is the same whatever ran before it. */
export function caseRng(seed: number, n: number): Rng {
  return new Rng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b)) >>> 0);
}

/** A drill's figures, one line on the test's output (`DRILL {...}`, easy to grep). */
export function reportDrill(name: string, figures: Record<string, number | string>): void {
  console.log(`DRILL ${JSON.stringify({ name, ...figures })}`);
}
