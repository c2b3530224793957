import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { kubeHelmKeys } from '../../queries/extensions';
import { appSimulator, rowOf } from '../app-sim';
import { renderApp } from '../render';
import { watchConsoleErrors } from './page-checks';
import { drillCount, drillSeed, printSeedOnFailure, reportDrill } from './seed';

/**
 * Drill: a long session on the simulated platform (fast profile). Each cycle installs a
 * single-install chart and launches an instance of an application at once, waits until both are
 * up, then uninstalls the one and deletes the other, through the catalog's dialogs. Every click
 * sends exactly one request, no line stays busy once the platform has settled, and at the end the
 * catalog and the releases place show what the platform holds.
 */

const sim = appSimulator();
const consoleErrors = watchConsoleErrors();

const SINGLES = ['Extension Development Kit', 'Slim Viewer', 'Classification (ResNet18)'];
const APPS = ['Jupyterlab Notebook', 'Tensorboard', 'Code Server for Development'];
const BUSY = /^(Installing|Uninstalling|Starting)…$/;
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Sent = { method: string; path: string }[];

function recordRequests(): Sent {
  const sent: Sent = [];
  sim.server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    sent.push({ method: request.method, path: url.pathname.replace(/^\/kube-helm-api/, '') });
  });
  return sent;
}

const writes = (sent: Sent, from: number, path: string) =>
  sent.slice(from).filter((r) => r.method === 'POST' && r.path === path).length;

/** Lets the platform's time pass and reads the list until `check` holds (a few polls at most). */
async function settle(queryClient: QueryClient, check: () => Promise<void> | void, where: string) {
  let last: unknown = null;
  for (let poll = 0; poll < 12; poll++) {
    sim.elapse(4_000);
    await act(() => queryClient.refetchQueries({ queryKey: kubeHelmKeys.extensions() }));
    try {
      await check();
      return poll + 1;
    } catch (error) {
      last = error;
    }
  }
  throw new Error(`${where}: not settled after 12 polls: ${String(last)}`);
}

async function confirm(user: UserEvent, dialogName: RegExp, button: RegExp) {
  const dialog = await screen.findByRole('dialog', { name: dialogName });
  await user.click(await within(dialog).findByRole('button', { name: button }));
  await waitFor(() => {
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
}

/** The row's action button (not busy). */
const actionOf = async (line: string, action: string) =>
  within(await rowOf(line)).getByRole('button', { name: `${action} ${line}` });

function noBusyLine() {
  const table = screen.getByRole('table', { name: 'Extensions' });
  const busy = within(table)
    .queryAllByRole('button')
    .filter((b) => BUSY.test(b.textContent.trim()));
  expect(busy.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([]);
}

describe('drill: soak', () => {
  it('goes through install, launch, uninstall and delete cycles without a stuck line or a duplicate request', async () => {
    const seed = drillSeed(5);
    printSeedOnFailure('soak', seed);
    sim.reset({ scenario: 'fresh', timing: 'fast', seed });
    // The dialogs load on first use. The first load of their modules here (Vite transforming a
    // module tree in the test runner) is the machine's speed, not the app's: on a loaded machine
    // it took longer than the wait for a dialog. Loaded before the drill waits for anything.
    await Promise.all([
      import('../../features/actions/install-dialog'),
      import('../../features/actions/uninstall-dialog'),
    ]);
    const sent = recordRequests();
    const user = userEvent.setup();
    const { queryClient, router } = renderApp('/?maturity=');
    await rowOf(SINGLES[0] ?? '');
    // Six cycles in the suite; `npm run drills:soak` runs a hundred (DRILL_SOAK_CYCLES).
    const cycles = Number(process.env.DRILL_SOAK_CYCLES) || drillCount(6);
    let polls = 0;
    const t0 = performance.now();
    const releasesOnPlatform = () => [...sim.backend.world.releases.keys()].sort();

    /** Installs `single` and launches `app` as `instance`, until the catalog shows both ready. */
    const up = async (single: string, app: string, instance: string, where: string) => {
      let from = sent.length;
      await user.click(await actionOf(single, 'Install'));
      await confirm(user, new RegExp(`^Install ${literally(single)}`), /^Install \d/);
      expect(writes(sent, from, '/helm-install-chart'), `${where}: install sent once`).toBe(1);

      from = sent.length;
      await user.click(await actionOf(app, 'Launch'));
      const dialog = await screen.findByRole('dialog', {
        name: new RegExp(`^Launch ${literally(app)}`),
      });
      const name = within(dialog).getByRole('textbox', { name: /Display name/i });
      await user.clear(name);
      await user.paste(instance);
      await confirm(user, new RegExp(`^Launch ${literally(app)}`), /^Launch \d/);
      expect(writes(sent, from, '/helm-install-chart'), `${where}: launch sent once`).toBe(1);

      polls += await settle(
        queryClient,
        async () => {
          expect(within(await rowOf(single)).getByText('Ready')).toBeInTheDocument();
          expect(within(await rowOf(instance)).getByText('Ready')).toBeInTheDocument();
          noBusyLine();
        },
        `${where}: up`,
      );
      // What the catalog shows ready is what helm holds: these two releases.
      expect(releasesOnPlatform().length, `${where}: releases on the platform`).toBe(
        platformBefore.length + 2,
      );
    };

    /** Uninstalls `single` and deletes `instance`, until the catalog shows both gone. */
    const down = async (single: string, instance: string, where: string) => {
      let from = sent.length;
      await user.click(await actionOf(single, 'Uninstall'));
      await confirm(user, new RegExp(`^Uninstall ${literally(single)}\\?`), /^Uninstall$/);
      expect(writes(sent, from, '/helm-delete-chart'), `${where}: uninstall sent once`).toBe(1);

      from = sent.length;
      await user.click(await actionOf(instance, 'Delete'));
      await confirm(user, new RegExp(`^Delete ${instance}\\?`), /^Delete$/);
      expect(writes(sent, from, '/helm-delete-chart'), `${where}: delete sent once`).toBe(1);

      polls += await settle(
        queryClient,
        async () => {
          expect(within(await rowOf(single)).getByText('Not installed')).toBeInTheDocument();
          expect(screen.queryByText(instance)).not.toBeInTheDocument();
          noBusyLine();
        },
        `${where}: gone`,
      );
      // What the catalog shows gone is gone from helm too.
      expect(releasesOnPlatform(), `${where}: releases on the platform`).toEqual(platformBefore);
    };

    const platformBefore = releasesOnPlatform();
    for (let n = 0; n < cycles; n++) {
      const single = SINGLES[n % SINGLES.length] ?? '';
      const app = APPS[n % APPS.length] ?? '';
      const instance = `soak-${String(n)}`;
      const where = `seed ${String(seed)} cycle ${String(n)} (${single}, ${app})`;
      await up(single, app, instance, where);
      await down(single, instance, where);
      expect(consoleErrors(), where).toEqual([]);
    }
    const elapsed = performance.now() - t0;
    // The session ends with something installed, for the last comparison to mean something.
    await up(SINGLES[0] ?? '', APPS[0] ?? '', 'soak-last', 'last');

    // Every write the session sent was one click's.
    const installs = writes(sent, 0, '/helm-install-chart');
    const deletes = writes(sent, 0, '/helm-delete-chart');
    expect(installs).toBe(cycles * 2 + 2);
    expect(deletes).toBe(cycles * 2);

    // The catalog and the releases place show what the platform holds.
    const platform = releasesOnPlatform();
    expect(platform.length).toBe(platformBefore.length + 2);
    for (const [i, single] of SINGLES.entries()) {
      expect(
        within(await rowOf(single)).getByText(i === 0 ? 'Ready' : 'Not installed'),
      ).toBeInTheDocument();
    }
    await act(() => router.navigate('/releases'));
    await screen.findByRole('heading', { name: 'Releases', level: 1 });
    await waitFor(() => {
      const shown = new Set(
        within(screen.getByRole('main'))
          .queryAllByRole('link')
          .map((a) => /^\/releases\/([^/?#]+)$/.exec(a.getAttribute('href') ?? '')?.[1])
          .filter((name) => name !== undefined)
          .map(decodeURIComponent),
      );
      expect([...shown].sort()).toEqual(platform);
    });
    reportDrill('soak', {
      seed,
      cycles,
      'install+uninstall and launch+delete cycles': cycles * 2,
      operations: cycles * 4,
      'install requests': installs,
      'delete requests': deletes,
      polls,
      'ms per cycle': Math.round(elapsed / cycles),
      'releases at the end': platform.length,
    });
  }, 900_000);
});
