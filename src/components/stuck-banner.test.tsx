import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appSimulator } from '../test/app-sim';
import { renderApp } from '../test/render';

const sim = appSimulator();
const STUCK_HOOK = 'stuck-hook-workflow';
const banner = () =>
  screen
    .queryAllByRole('alert')
    .find((a) => /stuck|failed/.test(a.querySelector('.kh-alert__title')?.textContent ?? ''));

/** A workflow whose uninstall hook hangs, deployed and then asked to uninstall. */
async function uninstallingHook() {
  sim.reset({ scenario: 'fresh' });
  await act(async () => {
    await sim.backend.install(
      JSON.stringify({ name: STUCK_HOOK, version: '0.1.0', keywords: ['kaapanaworkflow'] }),
      null,
    );
  });
  sim.elapse(5_000);
  await act(async () => {
    await sim.backend.uninstall(JSON.stringify({ release_name: STUCK_HOOK }));
  });
  sim.elapse(60_000);
}

const stuckRow = async () => {
  const table = await screen.findByRole('table', { name: 'Releases' });
  await waitFor(() => {
    expect(within(table).getAllByText(/^Uninstalling/)[0]).toBeVisible();
  });
  return table;
};

describe('the stuck-release banner', () => {
  it('stays away while an uninstall is merely under way', async () => {
    await uninstallingHook();
    renderApp('/releases');
    await stuckRow();
    expect(banner()).toBeUndefined();
    expect(screen.getByRole('link', { name: 'Releases' })).toBeVisible();
  });

  it('says once that a release is stuck, with the one safe way out', async () => {
    await uninstallingHook();
    // An earlier visit saw it uninstalling two minutes ago (kept across reloads).
    localStorage.setItem(
      'kaapana-extensions.observations',
      JSON.stringify([[STUCK_HOOK, { state: 'uninstalling', since: Date.now() - 120_000 }]]),
    );
    const user = userEvent.setup();
    renderApp('/activity');
    await waitFor(() => {
      expect(banner()).toHaveTextContent(
        'Stuck Hook (simulated hanging uninstall): removing it is stuck',
      );
    });
    const alert = banner();
    if (!alert) throw new Error('no banner');
    await user.click(
      within(alert).getByRole('button', {
        name: 'Force uninstall Stuck Hook (simulated hanging uninstall)',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: /^Force uninstall Stuck Hook/ });
    await user.click(within(dialog).getByRole('button', { name: 'Force uninstall' }));
    expect(await screen.findByText(/^Force-uninstalling Stuck Hook/)).toBeVisible();
  });

  it('names one release and counts the others; it can be hidden, also after a reload', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp('/activity');
    await waitFor(() => {
      expect(banner()).toHaveTextContent('Body and Organ Analysis: installation failed');
    });
    const alert = banner();
    if (!alert) throw new Error('no banner');
    expect(
      within(alert).getByRole('button', { name: 'Uninstall Body and Organ Analysis' }),
    ).toBeVisible();
    expect(within(alert).getByRole('link', { name: '2 more are stuck or failed' })).toHaveAttribute(
      'href',
      '/releases?state=attention',
    );
    expect(within(alert).getByRole('link', { name: 'Details' })).toHaveAttribute(
      'href',
      '/releases/body-and-organ-analysis-workflow',
    );
    await user.click(within(alert).getByRole('button', { name: 'Hide this notice' }));
    expect(banner()).toBeUndefined();

    // A reload: still hidden, while the navigation still counts them.
    unmount();
    renderApp('/activity');
    expect(
      await screen.findByRole(
        'link',
        { name: /^Releases\W+3 need attention$/ },
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    expect(banner()).toBeUndefined();
  });

  it("leaves a release's own page to say it", async () => {
    renderApp('/releases/body-and-organ-analysis-workflow');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Installation failed' }),
    ).toBeVisible();
    await waitFor(() => {
      expect(banner()).toHaveTextContent('r-analysis: launch failed');
    });
  });
});
