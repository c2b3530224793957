import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { appSimulator, refreshUntil } from '../../test/app-sim';
import { renderApp } from '../../test/render';
import { TEST_API } from '../../test/sim-server';

const sim = appSimulator();

const TRIGGERED = 'kaapanaint-mitk-flow-251218094107123456';
const PROJECT_PATH = '/applications/project/6b1f0c2e-8d4a-4f4e-9b7a-2c3d5e6f7a81/release';

/** The simulator's project, as the gateway would pass it. */
const options = {
  project: {
    transport: 'header' as const,
    current: () => ({ id: '6b1f0c2e-8d4a-4f4e-9b7a-2c3d5e6f7a81', name: 'admin' }),
  },
};

const rowNamed = (table: HTMLElement, name: string) => {
  const row = within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryAllByRole('cell')[0]?.textContent.includes(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe('active applications', () => {
  it('lists what workflows opened and what runs in the project, with names and links', async () => {
    renderApp('/applications', options);
    const triggered = await screen.findByRole('table', { name: 'Opened by workflows' });
    const mine = screen.getByRole('table', { name: 'Launched in project admin' });
    const flow = rowNamed(triggered, TRIGGERED);
    expect(within(flow).getByText('Ready')).toBeVisible();
    expect(within(flow).getByRole('link', { name: `Release ${TRIGGERED}` })).toHaveAttribute(
      'href',
      `/releases/${TRIGGERED}`,
    );
    expect(within(flow).getByRole('button', { name: `Complete ${TRIGGERED}` })).toBeVisible();
    // The display name it was launched with, not the release id; the creation time.
    const lung = rowNamed(mine, 'lung-study');
    expect(lung).toHaveTextContent('Release jupyterlab-chart-3f9a1c7e52b04d8a6e1f');
    expect(lung).toHaveTextContent(new Date('2025-12-18T09:41:07Z').toLocaleString());
    expect(within(lung).getByRole('link', { name: /Open lung-study/ })).toHaveAttribute(
      'href',
      `${PROJECT_PATH}/jupyterlab-chart-3f9a1c7e52b04d8a6e1f`,
    );
    // Launched without a name: its extension's name from the catalog.
    const other = rowNamed(mine, 'Jupyterlab Notebook');
    expect(within(other).getByText('Starting')).toBeVisible();
    expect(within(mine).queryByRole('button', { name: /Complete/ })).toBeNull();
  });

  it('completes an application a workflow opened, after asking', async () => {
    const user = userEvent.setup();
    renderApp('/applications', options);
    const triggered = await screen.findByRole('table', { name: 'Opened by workflows' });
    await user.click(within(triggered).getByRole('button', { name: `Complete ${TRIGGERED}` }));
    let dialog = await screen.findByRole('dialog', { name: `Complete ${TRIGGERED}?` });
    expect(dialog).toHaveTextContent(/save your work in it first/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(sim.backend.world.releases.get(TRIGGERED)?.uninstall).toBeFalsy();

    await user.click(within(triggered).getByRole('button', { name: `Complete ${TRIGGERED}` }));
    dialog = await screen.findByRole('dialog', { name: `Complete ${TRIGGERED}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Complete' }));
    expect(await screen.findByText(`Completing ${TRIGGERED}`)).toBeVisible();
    expect(within(rowNamed(triggered, TRIGGERED)).getByText('Completing…')).toBeVisible();
    // Its uninstall hook runs; then it is gone.
    sim.elapse(10_000);
    await refreshUntil(user, () => {
      expect(screen.getByText('No workflow is waiting for you in an application.')).toBeVisible();
    });
  });

  it('says so when the platform refuses to complete an application', async () => {
    const user = userEvent.setup();
    sim.server.use(
      http.post(`${TEST_API}/complete-active-application`, () =>
        HttpResponse.json(
          {
            detail: `Internal server error: 500: Failed to complete active application: release ${TRIGGERED} does not have correct annotations`,
          },
          { status: 500 },
        ),
      ),
    );
    renderApp('/applications', options);
    const triggered = await screen.findByRole('table', { name: 'Opened by workflows' });
    await user.click(within(triggered).getByRole('button', { name: `Complete ${TRIGGERED}` }));
    const dialog = await screen.findByRole('dialog', { name: `Complete ${TRIGGERED}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Complete' }));
    expect(await within(dialog).findByText(/The platform refused/)).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Complete' })).toBeDisabled();
  });

  it('says what it does not list, and when nothing runs', async () => {
    renderApp('/applications', {
      project: { transport: 'header', current: () => ({ id: 'other', name: 'other' }) },
    });
    expect(await screen.findByText('No application runs in this project.')).toBeVisible();
    expect(screen.getByText(/2 applications belong to other projects or to none/)).toBeVisible();
  });
});
