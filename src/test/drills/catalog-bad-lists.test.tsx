import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { kubeHelmKeys } from '../../queries/extensions';
import { appSimulator } from '../app-sim';
import { renderApp } from '../render';
import { TEST_API } from '../sim-server';
import { badList, type BadList } from './bad-lists';
import { simulatedList } from './base-lists';
import {
  expectedCharts,
  expectPageStanding,
  leftOutCount,
  watchConsoleErrors,
} from './page-checks';
import { caseRng, drillCount, drillSeed, printSeedOnFailure, reportDrill } from './seed';

/**
 * Drill: mutated `/extensions` bodies in the rendered app (jsdom). One catalog reads one bad list
 * after another as its polls would; some places load with a bad list first. Never a blank or
 * crashed page, nothing logged as an error, every readable row's chart listed, what could not be
 * read said, and a list that cannot be read at all leaves the last good one with the stale notice.
 */

const sim = appSimulator();
const consoleErrors = watchConsoleErrors();
const LIST = `${TEST_API}/extensions`;

/** The list answers whatever `current.body` holds. */
function serveBodies() {
  const current = { body: '[]' };
  sim.server.use(
    http.get(
      LIST,
      () =>
        new HttpResponse(current.body, {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    ),
  );
  return current;
}

const statusText = () => screen.queryByText(/^\d+ of \d+ extensions$/)?.textContent ?? null;
const unreadableTitle = () => screen.queryByText(/^\d+ rows? could not be read$/)?.textContent;
const staleNotice = () => screen.queryByText(/^Showing the list as of/);

function expectListShown(bad: BadList, where: string) {
  const charts = expectedCharts(bad);
  if (!charts) throw new Error('not a list');
  expect(statusText(), `${where}: count`).toBe(
    `${String(charts.size)} of ${String(charts.size)} extensions`,
  );
  const left = leftOutCount(bad);
  expect(unreadableTitle() ?? null, `${where}: what was left out`).toBe(
    left === 0
      ? null
      : left === 1
        ? '1 row could not be read'
        : `${String(left)} rows could not be read`,
  );
  expect(staleNotice(), `${where}: not stale`).toBeNull();
}

describe('drill: bad lists in the rendered catalog', () => {
  it('stays readable through sixty bad lists read one after another', async () => {
    const seed = drillSeed(777);
    printSeedOnFailure('catalog bad lists', seed);
    const base = await simulatedList('busy');
    const current = serveBodies();
    current.body = JSON.stringify(base);
    const { queryClient } = renderApp('/?maturity=');
    await waitFor(() => {
      expect(statusText()).toMatch(/^2\d of 2\d extensions$/);
    });
    let lastGood: string | null = statusText();
    const count = drillCount(60);
    let refused = 0;
    for (let n = 0; n < count; n++) {
      const bad = badList(base, caseRng(seed, n), { garbageShare: 0.15 });
      const where = `seed ${String(seed)} case ${String(n)} (${bad.label})`;
      current.body = bad.body;
      const t0 = performance.now();
      await act(() => queryClient.refetchQueries({ queryKey: kubeHelmKeys.extensions() }));
      await waitFor(() => {
        expectPageStanding(where);
        if (bad.expect.kind === 'list') {
          expectListShown(bad, where);
        } else {
          // The last good list stays, and says it is old and why.
          expect(statusText(), `${where}: last list kept`).toBe(lastGood);
          expect(
            staleNotice()?.closest('[role="alert"]')?.textContent,
            `${where}: stale notice`,
          ).toContain('sent an answer this app cannot read');
        }
      });
      if (process.env.DRILL_DEBUG) console.log(Math.round(performance.now() - t0), bad.label);
      if (bad.expect.kind === 'list') lastGood = statusText();
      else refused += 1;
      expect(consoleErrors(), where).toEqual([]);
    }
    expect(refused).toBeGreaterThan(count / 20);
    reportDrill('catalog bad lists', { seed, bodies: count, refused });
  }, 600_000);
});
