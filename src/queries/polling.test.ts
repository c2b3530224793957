import { describe, expect, it } from 'vitest';
import { extensionListSchema } from '../api';
import fixtureJson from '../mocks/fixtures/extensions.json';
import { POLL, pollInterval } from './polling';

const rows = extensionListSchema.parse(fixtureJson);
const idle = rows.filter((r) =>
  ['edk', 'nnunet-workflow', 'jupyterlab-chart-3f9a1c7e52b04d8a6e1f'].includes(r.releaseName),
);

describe('pollInterval', () => {
  it('polls slowly when nothing moves, fast while something installs, starts or uninstalls', () => {
    expect(pollInterval({ rows: idle, failures: 0, eager: false })).toBe(POLL.idleMs);
    expect(pollInterval({ rows, failures: 0, eager: false })).toBe(POLL.busyMs);
    expect(pollInterval({ rows: idle, failures: 0, eager: true })).toBe(POLL.busyMs);
  });

  it('backs off after failures', () => {
    expect(
      [1, 2, 3, 4, 5, 9].map((failures) => pollInterval({ rows, failures, eager: true })),
    ).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000]);
  });
});
