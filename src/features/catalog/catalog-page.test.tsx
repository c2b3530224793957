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
    expect(screen.queryByText('otsus-method-workflow')).not.toBeInTheDocument();
    // Never hidden: an experimental chart that is installed, failed or stuck.
    expect(await rowOf('Body and Organ Analysis')).toBeInTheDocument();
    expect(await rowOf('WSI converter')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show them' }));
    expect(await screen.findByText('otsus-method-workflow')).toBeInTheDocument();
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

  it('offers Open only for a release that is ready', async () => {
    renderApp('/?maturity=');
    const ready = await rowOf('lung-study');
    expect(within(ready).getByRole('link', { name: /Open lung-study/ })).toBeInTheDocument();
    // Starting, with a link kube-helm already lists: not yet.
    const starting = await rowOf('jupyterlab-chart-b71e04c9d2a35f6e8c10');
    expect(within(starting).queryByRole('link', { name: /^Open / })).toBeNull();
  });

  it('says each release state and why, and links it to the release page', async () => {
    renderApp('/?maturity=');
    const failed = within(await rowOf('Body and Organ Analysis')).getByRole('link', {
      name: /^Body and Organ Analysis: Failed\. .+\. Open its page\.$/,
    });
    expect(failed).toHaveAttribute('href', '/releases/body-and-organ-analysis-workflow');
    // The why is written out too, not only in the link's name.
    const why = failed.getAttribute('aria-label')?.split('. ')[1] ?? '';
    expect(within(await rowOf('Body and Organ Analysis')).getByText(why)).toBeInTheDocument();
    // Nothing to link for a chart that is not installed.
    expect(
      within(await rowOf('Slim Viewer')).queryByRole('link', { name: /Open its page/ }),
    ).toBeNull();
  });

  it('has one Tab stop per line; the arrow keys reach the rest', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=&q=code');
    const airflow = await rowOf('Code Server for Airflow');
    const uninstall = within(airflow).getByRole('button', {
      name: 'Uninstall Code Server for Airflow',
    });
    uninstall.focus();
    await user.tab();
    const next = screen.getByRole('button', { name: 'Launch Code Server for Development' });
    expect(next).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(uninstall).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(
      within(airflow).getByRole('link', { name: /Open Code Server for Airflow/ }),
    ).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(
      within(airflow).getByRole('link', { name: /^Code Server for Airflow: Ready/ }),
    ).toHaveFocus();
    await user.keyboard('{Home}');
    expect(
      within(airflow).getByRole('link', { name: /Documentation of Code Server for Airflow/ }),
    ).toHaveFocus();
    await user.keyboard('{End}');
    expect(uninstall).toHaveFocus();
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
      // 13 stable, and two experimental ones in trouble.
      expect(screen.getByRole('status')).toHaveTextContent('15 of 25 extensions');
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

  it('after an update on an empty catalog, shows progress until the charts arrive', async () => {
    const user = userEvent.setup();
    sim.reset({ scenario: 'empty' });
    renderApp('/');
    await screen.findByRole('heading', { name: 'The catalog is empty' });
    const [update] = screen.getAllByRole('button', { name: 'Update extensions' });
    if (!update) throw new Error('no update button');
    await user.click(update);
    expect(
      await screen.findByRole('heading', { name: 'Fetching the extension collections…' }),
    ).toBeInTheDocument();
    // The charts land on the platform and the next full read lists them.
    sim.elapse(10_000);
    expect(await table()).toBeInTheDocument();
    expect(screen.queryByText('Fetching the extension collections…')).toBeNull();
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
    // The list follows in the frame after the click, the address after that.
    await waitFor(() => {
      expect(screen.queryByText('lung-study')).not.toBeInTheDocument();
    });
    await waitFor(() => {
      expect(router.state.location.search).toContain('closed=jupyterlab-chart');
    });
    await user.click(
      screen.getByRole('button', { name: 'Show 2 instances of Jupyterlab Notebook' }),
    );
    expect(await screen.findByText('lung-study')).toBeInTheDocument();
  });
});
