import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';
import { appSimulator, rowOf } from '../../test/app-sim';
import { TEST_API } from '../../test/sim-server';

const sim = appSimulator();

const toActivity = async (user: UserEvent) => {
  await user.click(screen.getByRole('link', { name: 'Activity' }));
  return screen.findByRole('table', { name: 'Activity' });
};

const entryRow = (log: HTMLElement, text: string) => {
  const row = within(log)
    .getAllByRole('row')
    .find((r) => r.textContent.includes(text));
  if (!row) throw new Error(`no entry mentioning ${text}`);
  return row;
};

async function launchSegReview(user: UserEvent) {
  await user.click(
    within(await rowOf('MITK Workbench')).getByRole('button', { name: 'Launch MITK Workbench' }),
  );
  const dialog = await screen.findByRole('dialog', { name: /Launch MITK Workbench/ });
  await user.type(within(dialog).getByRole('textbox', { name: /Display name/i }), 'seg-review');
  await user.click(within(dialog).getByRole('button', { name: 'Launch 0.6.0' }));
  await screen.findByText('Launched seg-review (MITK Workbench 0.6.0)');
}

describe('the activity log', () => {
  it('says so when nothing was done yet', async () => {
    renderApp('/activity');
    expect(await screen.findByText(/Nothing yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear the log' })).toBeDisabled();
  });

  it('shows a launch under the name typed for it, then how it ended, in words', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=&q=mitk');
    await launchSegReview(user);
    const log = await toActivity(user);
    const entry = entryRow(log, 'seg-review');
    expect(within(entry).getByRole('link', { name: 'seg-review' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/releases\/mitk-workbench-chart-[0-9a-f]{20}$/) as unknown,
    );
    expect(entry).toHaveTextContent('instance of MITK Workbench');
    expect(entry).toHaveTextContent('Started');
    expect(entry).toHaveTextContent('Waiting until it is ready');
    // The release hash is for bug reports, not for reading.
    expect(entry.textContent).not.toMatch(/mitk-workbench-chart-[0-9a-f]{20}/);

    // The instance starts and the list is rebuilt: the entry says how it ended.
    sim.elapse(60_000);
    await waitFor(
      () => {
        expect(entryRow(log, 'seg-review')).toHaveTextContent('Ready');
      },
      { timeout: 30_000 },
    );
    expect(entryRow(log, 'seg-review')).not.toHaveTextContent('Waiting until');
  }, 60_000);

  it('records updating the extensions too', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=');
    await user.click(await screen.findByRole('button', { name: 'Update extensions' }));
    await screen.findByText('Extension collections updated');
    const entry = entryRow(await toActivity(user), 'Update extensions');
    expect(entry).toHaveTextContent('Extension collections');
    expect(entry).toHaveTextContent('Fetching');
    expect(entry).toHaveTextContent(/appear in the catalog within about half a minute/);
  });

  it('says "Copied" on the copy button itself, and copies the whole entry', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=&q=mitk');
    await launchSegReview(user);
    const entry = entryRow(await toActivity(user), 'seg-review');
    const copy = within(entry).getByRole('button', { name: /^Copy details of Launch seg-review/ });
    await user.click(copy);
    expect(copy).toHaveTextContent('Copied');
    expect(copy).toHaveAccessibleName('Copied the details of Launch seg-review');
    expect(screen.getByText(/^Copied the details of Launch seg-review/)).toBeInTheDocument();
    const copied = JSON.parse(await navigator.clipboard.readText()) as Record<string, unknown>;
    expect(copied).toMatchObject({
      action: 'Launch',
      extension: 'seg-review',
      releaseName: expect.stringMatching(/^mitk-workbench-chart-/) as unknown,
    });
  });

  it('shows no internal names of outcomes or severities anywhere', async () => {
    sim.server.use(
      http.post(`${TEST_API}/helm-install-chart`, () => HttpResponse.error()),
      http.post(`${TEST_API}/helm-delete-chart`, () =>
        HttpResponse.json({ detail: 'locked' }, { status: 500 }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/?maturity=&q=edk');
    await user.click(
      within(await rowOf('Extension Development Kit')).getByRole('button', {
        name: 'Install Extension Development Kit',
      }),
    );
    let dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Install 0.6.0' }));
    await within(dialog).findByText('No answer for Extension Development Kit 0.6.0');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'radiomics');
    await user.click(
      within(await rowOf('Radiomics')).getByRole('button', { name: 'Uninstall Radiomics' }),
    );
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Uninstall' }));
    await within(dialog).findByRole('alert');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const log = await toActivity(user);
    expect(within(log).getAllByRole('row')).toHaveLength(3);
    expect(entryRow(log, 'Extension Development Kit')).toHaveTextContent('No answer');
    expect(entryRow(log, 'Radiomics')).toHaveTextContent('Failed');
    const page = screen.getByRole('main').textContent;
    expect(page).not.toMatch(
      /outcome-unknown|already-installed|no-answer|helm-timeout|helm-error|unrecognised-reply|\b(success|warning|error|info)\b|kube-helm/,
    );
  });
});
