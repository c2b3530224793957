import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { appSimulator } from '../app-sim';
import { renderApp } from '../render';
import { TEST_API } from '../sim-server';
import { describeGarbage, garbageReply, type GarbageReply } from './garbage-replies';
import { expectPageStanding, watchConsoleErrors } from './page-checks';
import { caseRng, drillCount, drillSeed, printSeedOnFailure, reportDrill } from './seed';

/**
 * Drill: garbage from the endpoints a page reads besides the list (helm's chart status on a
 * release's page, the active applications), in the rendered app. Whatever comes back, the page
 * stands: not blank, not the crash notice, nothing logged as an error, and it says something.
 */

const sim = appSimulator();
const consoleErrors = watchConsoleErrors();

const PAGES = [
  { path: '/releases/code-server-chart', endpoint: 'view-chart-status' },
  { path: '/applications', endpoint: 'active-applications' },
] as const;

/** The garbage as msw's answer (a hang is left out: what a time-out means is drill 4's subject). */
function answer(reply: GarbageReply): Response {
  if (reply.kind !== 'answer') return HttpResponse.error();
  const headers = new Headers();
  if (reply.contentType) headers.set('Content-Type', reply.contentType);
  return new HttpResponse(reply.body, { status: reply.status, headers });
}

describe('drill: garbage on the pages', () => {
  it('keeps every page standing whatever its other endpoints answer', async () => {
    const seed = drillSeed(9_090);
    printSeedOnFailure('garbage pages', seed);
    const perPage = drillCount(10);
    let shown = 0;
    for (const [p, page] of PAGES.entries()) {
      for (let n = 0; n < perPage; n++) {
        const reply = garbageReply(caseRng(seed, p * 1_000 + n));
        const where = `seed ${String(seed)}, ${page.path} with ${page.endpoint} answering ${describeGarbage(reply)}`;
        sim.server.use(http.get(`${TEST_API}/${page.endpoint}`, () => answer(reply)));
        const { unmount } = renderApp(page.path);
        await screen.findByRole('heading', { level: 1 });
        // Settled: no loading placeholder left for what the endpoint answered.
        await waitFor(() => {
          expect(screen.queryAllByLabelText(/^Loading/), where).toEqual([]);
        });
        expectPageStanding(where);
        expect(consoleErrors(), where).toEqual([]);
        unmount();
        sim.server.resetHandlers();
        shown += 1;
      }
    }
    reportDrill('garbage pages', { seed, pages: shown });
  }, 300_000);
});
