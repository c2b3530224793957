import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';
import { appSimulator, refreshNow, rowOf } from '../../test/app-sim';
import { TEST_API } from '../../test/sim-server';

const sim = appSimulator();
const table = () => screen.findByRole('table', { name: 'Extensions' });

/** Written down per fixture row: the state chip and the action button. */
const EXPECTED: [string, string, string, boolean][] = [
  ['nnUNet', 'Ready', 'Uninstall', true],
  ['Total Segmentator v2', 'Not installed', 'Install', true],
  ['Body and Organ Analysis', 'Failed', 'Uninstall', true],
  ['Radiomics', 'Starting', 'Uninstall', true],
  // pending-install since 2025: stuck, so the way out is offered.
  ['WSI converter', 'Installing · stuck', 'Force uninstall', true],
  ['Interactive MITK Segmentation', 'Uninstalling', 'Uninstalling…', false],
  ['Classification (ResNet18)', 'Not installed', 'Install', true],
  ['otsus-method-workflow', 'Not installed', 'Install', true],
  ['Code Server for Airflow', 'Ready', 'Uninstall', true],
  ['Collabora', 'Ready', 'Uninstall', true],
  ['Slim Viewer', 'Not installed', 'Install', true],
  ['Extension Development Kit', 'Not installed', 'Install', true],
  ['Jupyterlab Notebook', '1 of 2 ready', 'Launch', true],
  ['lung-study', 'Ready', 'Delete', true],
  ['jupyterlab-chart-b71e04c9d2a35f6e8c10', 'Starting', 'Delete', true],
  ['Code Server for Development', '0 of 1 ready', 'Launch', true],
  ['r-analysis', 'Failed', 'Delete', true],
  ['MITK Workbench', 'Launchable', 'Launch', true],
  ['Tensorboard', 'Launchable', 'Launch', true],
  ['Minio Sync', 'Launchable', 'Launch', true],
  ['New Registry', 'Launchable', 'Launch', true],
  ['hello-world-chart', 'Not installed', 'Install', true],
];

describe('the catalog', () => {
  it('shows every fixture row with its state and the action that state allows', async () => {
    renderApp('/?maturity=');
    await table();
    for (const [name, state, action, enabled] of EXPECTED) {
      const row = await rowOf(name);
      expect(within(row).getByText(state), name).toBeInTheDocument();
      const button = within(row).getByRole('button', {
        name: new RegExp(`^${action.replace('…', '')}`),
      });
      expect(button, name).toHaveTextContent(action);
      // Busy buttons stay focusable and say they are unavailable.
      expect(button, name).toHaveAttribute('aria-disabled', String(!enabled));
    }
  });

  it('hides experimental charts by default, says how many, and shows them on request', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await table();
    expect(screen.queryByText('WSI converter')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show them' }));
    expect(await screen.findByText('WSI converter')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Experimental/ })).toBeChecked();
  });

  it('offers only safe links of running releases, and documentation where it exists', async () => {
    renderApp('/?maturity=');
    const codeServer = await rowOf('Code Server for Airflow');
    expect(
      within(codeServer).getByRole('link', { name: /Open Code Server for Airflow/ }),
    ).toHaveAttribute('href', '/code-server/');
    expect(within(codeServer).getByRole('link', { name: /Documentation/ })).toHaveAttribute(
      'href',
      '/docs/user_guide/extensions.html#code-server-for-airflow',
    );
    expect(within(await rowOf('otsus-method-workflow')).queryByRole('link')).toBeNull();
  });

  it('keeps a chosen version across polls', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=');
    const picker = within(await rowOf('Collabora')).getByRole('combobox', {
      name: 'Version of Collabora',
    });
    expect(picker).toHaveValue('0.5.3');
    await user.selectOptions(picker, '0.6.0');
    // Something changes on the platform; once the list shows it, a poll has replaced the rows.
    await act(async () => {
      await sim.backend.install(
        JSON.stringify({ name: 'edk', version: '0.6.0', keywords: ['kaapanaapplication'] }),
        null,
      );
    });
    await refreshNow(user);
    await waitFor(async () => {
      expect(
        within(await rowOf('Extension Development Kit')).queryByText('Not installed'),
      ).toBeNull();
    });
    expect(
      within(await rowOf('Collabora')).getByRole('combobox', { name: 'Version of Collabora' }),
    ).toHaveValue('0.6.0');
    expect(within(await rowOf('Collabora')).getByText('installed: 0.5.3')).toBeInTheDocument();
  });

  it('keeps showing the last list when kube-helm fails, says why, and recovers', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=');
    await rowOf('nnUNet');
    sim.server.use(
      http.get(`${TEST_API}/extensions`, () =>
        HttpResponse.json({ detail: 'Failed to get extensions' }, { status: 500 }),
      ),
    );
    await refreshNow(user);
    const notice = await screen.findByText(/Showing the list as of/);
    expect(notice.closest('[role="alert"]')).toHaveTextContent('Failed to get extensions');
    expect(await rowOf('nnUNet')).toBeInTheDocument();
    sim.server.resetHandlers();
    await waitFor(async () => {
      await user.click(screen.getByRole('button', { name: 'Retry now' }));
    });
    await waitFor(() => {
      expect(screen.queryByText(/Showing the list as of/)).not.toBeInTheDocument();
    });
  });

  it('lets "/" jump to the search, and filters as you type', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=');
    await table();
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search extensions' });
    expect(search).toHaveFocus();
    await user.keyboard('lung');
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('1 of 25 extensions');
    });
    expect(await rowOf('Jupyterlab Notebook')).toBeInTheDocument();
  });

  it('says when nothing matches, and clears search and filters in one go', async () => {
    const user = userEvent.setup();
    renderApp('/?kind=workflow&q=zzz');
    expect(await screen.findByText(/No extension matches “zzz”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('13 of 25 extensions');
    });
    expect(screen.getByRole('checkbox', { name: /Workflows/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Stable/ })).toBeChecked();
  });

  it('tells what to do with an empty catalog', async () => {
    sim.reset({ scenario: 'empty' });
    renderApp('/');
    expect(
      await screen.findByRole('heading', { name: 'The catalog is empty' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Upload a chart' })).toHaveAttribute(
      'href',
      '/uploads',
    );
    expect(screen.getAllByRole('button', { name: 'Update extensions' }).length).toBeGreaterThan(0);
  });

  it('updates the extensions, showing progress and the result', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await table();
    await user.click(screen.getByRole('button', { name: 'Update extensions' }));
    expect(screen.getByRole('button', { name: 'Updating extensions…' })).toBeDisabled();
    expect(await screen.findByText('Extension collections updated')).toBeInTheDocument();
    expect(screen.getByText(/appear in the list within about half a minute/)).toBeInTheDocument();
  });

  it('collapses and expands the instances of a multi-installable chart, in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?maturity=');
    await rowOf('lung-study');
    await user.click(
      screen.getByRole('button', { name: 'Hide 2 instances of Jupyterlab Notebook' }),
    );
    expect(screen.queryByText('lung-study')).not.toBeInTheDocument();
    expect(router.state.location.search).toContain('closed=jupyterlab-chart');
    await user.click(
      screen.getByRole('button', { name: 'Show 2 instances of Jupyterlab Notebook' }),
    );
    expect(await screen.findByText('lung-study')).toBeInTheDocument();
  });
});
