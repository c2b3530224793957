import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { extensionListSchema } from '../../api';
import fixtureJson from '../../mocks/fixtures/extensions.json';
import { TEST_API } from '../../test/sim-server';
import { renderApp } from '../../test/render';
import { appSimulator, rowOf } from '../../test/app-sim';

const sim = appSimulator();

async function openLaunch(user: UserEvent, query: string, name: string) {
  renderApp(`/?maturity=&q=${query}`);
  await user.click(within(await rowOf(name)).getByRole('button', { name: `Launch ${name}` }));
  return screen.findByRole('dialog', { name: new RegExp(`Launch ${name}`) });
}

const gone = () =>
  waitFor(() => {
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

describe('closing a changed form', () => {
  it('Esc on an unchanged form closes at once', async () => {
    const user = userEvent.setup();
    await openLaunch(user, 'tensorboard', 'Tensorboard');
    await user.keyboard('{Escape}');
    await gone();
  });

  it('Esc on a changed form asks; keeping goes on with what was typed, discarding closes', async () => {
    const user = userEvent.setup();
    const dialog = await openLaunch(user, 'tensorboard', 'Tensorboard');
    await user.type(within(dialog).getByRole('textbox', { name: /Display name/i }), 'runs-a');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(ask).toHaveTextContent('The settings you changed for Tensorboard are lost');
    // The safe choice has focus.
    await waitFor(() => {
      expect(within(ask).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    });
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull();
    });
    expect(within(dialog).getByRole('textbox', { name: /Display name/i })).toHaveValue('runs-a');

    await user.keyboard('{Escape}');
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard your changes?' })).getByRole(
        'button',
        { name: 'Discard changes' },
      ),
    );
    await gone();
  });

  it('a click outside a changed switch form asks too', async () => {
    // Collabora (installed, two versions) with settings, as a chart may have.
    const rows = extensionListSchema.parse(fixtureJson).map((row) =>
      row.releaseName === 'collabora-chart'
        ? {
            ...row,
            extension_params: {
              greeting: { type: 'string', definition: 'Greeting', default: 'hi', required: true },
            },
          }
        : row,
    );
    sim.server.use(http.get(`${TEST_API}/extensions`, () => HttpResponse.json(rows)));
    const user = userEvent.setup();
    renderApp('/?maturity=&q=collabora');
    await user.selectOptions(
      within(await rowOf('Collabora')).getByRole('combobox', { name: 'Version of Collabora' }),
      '0.6.0',
    );
    await user.click(
      within(await rowOf('Collabora')).getByRole('button', { name: 'Switch to 0.6.0 Collabora' }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Switch Collabora/ });
    const outside = dialog.parentElement;
    if (!outside) throw new Error('no dialog container');
    await user.type(within(dialog).getByRole('textbox', { name: /Greeting/ }), '-there');
    await user.click(outside);
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull();
    });
    expect(within(dialog).getByRole('textbox', { name: /Greeting/ })).toHaveValue('hi-there');
    // Cancel is a deliberate choice: it closes without asking.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await gone();
  });
});

describe('a refused submit', () => {
  it('moves focus to the first answer that needs attention, each time', async () => {
    const user = userEvent.setup();
    const dialog = await openLaunch(user, 'registry', 'New Registry');
    await user.click(within(dialog).getByRole('button', { name: 'Launch 0.6.0' }));
    const first = within(dialog).getByRole('textbox', { name: /name for new registry/i });
    await waitFor(() => {
      expect(first).toHaveFocus();
    });
    expect(first).toHaveAccessibleDescription('Required.');
    await user.type(first, 'lab-a');
    await user.click(within(dialog).getByRole('button', { name: 'Launch 0.6.0' }));
    await waitFor(() => {
      expect(within(dialog).getByRole('textbox', { name: 'Registry URL' })).toHaveFocus();
    });
  });
});

describe('what a field expects', () => {
  it('a user id must be a whole number', async () => {
    const user = userEvent.setup();
    const dialog = await openLaunch(user, 'minio', 'Minio Sync');
    const uid = within(dialog).getByRole('textbox', { name: 'User ID' });
    expect(uid).toHaveValue('1000');
    expect(uid).toHaveAttribute('inputmode', 'numeric');
    await user.clear(uid);
    await user.type(uid, 'root');
    await user.click(within(dialog).getByRole('button', { name: 'Launch 0.6.0' }));
    await waitFor(() => {
      expect(uid).toHaveFocus();
    });
    expect(uid).toHaveAccessibleDescription('A whole number, digits only (for example 1000).');
    await user.clear(uid);
    await user.type(uid, '1001');
    await user.click(within(dialog).getByRole('button', { name: 'Launch 0.6.0' }));
    await gone();
    const launched = [...sim.backend.world.releases.values()].find(
      (r) => r.chart === 'minio-sync-chart' && !r.frozen,
    );
    // Sent as the chart declares it: text.
    expect(launched?.params.uid).toBe('1001');
  });

  it('a required single choice offers no blank choice', async () => {
    const user = userEvent.setup();
    const dialog = await openLaunch(user, 'mitk', 'MITK Workbench');
    const select = within(dialog).getByRole('combobox', { name: 'Service type' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['ClusterIP', 'NodePort']);
  });

  it('shows the chart\'s "none" words as empty, explains them, and sends them exactly', async () => {
    const user = userEvent.setup();
    const dialog = await openLaunch(user, 'jupyter', 'Jupyterlab Notebook');
    const name = within(dialog).getByRole('textbox', { name: /Display name/i });
    const exclude = within(dialog).getByRole('textbox', { name: /patterns to exclude/i });
    for (const [field, sent] of [
      [name, '-'],
      [exclude, '__EXCLUDE_NO_FILES__'],
    ] as const) {
      expect(field).toHaveValue('');
      expect(field).toHaveAttribute('placeholder', 'none');
      expect(field).toHaveAccessibleDescription(
        new RegExp(`Optional: empty means none \\(sent as “${sent}”\\)`),
      );
      expect(field).not.toBeRequired();
    }
    await user.click(within(dialog).getByRole('button', { name: 'Launch 0.6.0' }));
    await gone();
    const launched = [...sim.backend.world.releases.values()].find(
      (r) => r.chart === 'jupyterlab-chart' && !r.frozen,
    );
    expect(launched?.params).toMatchObject({
      display_name: '-',
      exclude_patterns: '__EXCLUDE_NO_FILES__',
    });
  });
});
