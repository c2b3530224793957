import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { alertWhileRetrying, appSimulator, listReadsDown } from '../../test/app-sim';
import { appQueryClient, renderApp } from '../../test/render';

const sim = appSimulator();
const table = () => screen.findByRole('table', { name: 'Releases' });

/** The table row of a release, found by the text of its first cell. */
async function releaseRow(name: string): Promise<HTMLElement> {
  const rows = within(await table()).getAllByRole('row');
  const row = rows.find((r) => within(r).queryAllByRole('cell')[0]?.textContent.includes(name));
  if (!row) throw new Error(`no release row for ${name}`);
  return row;
}

const names = async () =>
  within(await table())
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('link')[0]?.textContent);

describe('the releases', () => {
  it('says at once that the list cannot be reached, tries again by itself and recovers', async () => {
    const list = listReadsDown(sim);
    renderApp('/releases', {}, undefined, appQueryClient()); // the app's retries
    await alertWhileRetrying('Loading the releases failed', list.reads);
    expect(screen.queryByLabelText('Loading the releases')).not.toBeInTheDocument();
    list.up();
    expect(await screen.findByRole('status', undefined, { timeout: 20_000 })).toHaveTextContent(
      '10 releases',
    );
    expect(screen.queryByText('Loading the releases failed')).not.toBeInTheDocument();
  });

  it('lists every deployed release with helm, state, pods, restarts, links and action', async () => {
    renderApp('/releases');
    expect(await screen.findByRole('status')).toHaveTextContent('10 releases');
    const collabora = await releaseRow('Collabora');
    const cells = within(collabora).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('collabora-chart0.5.3');
    expect(cells[2]).toHaveTextContent('deployed');
    expect(cells[3]).toHaveTextContent('Ready');
    expect(cells[4]).toHaveTextContent('1/1');
    expect(within(collabora).getByRole('link', { name: /Open Collabora/ })).toHaveAttribute(
      'href',
      '/web/store/Documents',
    );
    expect(within(collabora).getByRole('button', { name: 'Uninstall Collabora' })).toBeEnabled();
    const instance = await releaseRow('r-analysis');
    expect(within(instance).getByText('dev-code-server-chart-0c4d2e9a7b61f3e58d92')).toBeVisible();
    expect(within(instance).getByText('Launch failed')).toBeVisible();
    expect(within(instance).getByRole('button', { name: 'Delete r-analysis' })).toBeEnabled();
    // Stuck for months by helm's clock: only the forced uninstall helps.
    const wsi = await releaseRow('WSI converter');
    expect(within(wsi).getByText('Installing · stuck')).toBeVisible();
    expect(
      within(wsi).getByRole('button', { name: 'Force uninstall WSI converter' }),
    ).toBeEnabled();
    expect(
      within(await releaseRow('Interactive MITK Segmentation')).getByRole('button', {
        name: 'Uninstalling Interactive MITK Segmentation',
      }),
    ).toHaveAttribute('aria-disabled', 'true');
  });

  it('links each release to its own page', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/releases');
    await user.click(
      within(await releaseRow('lung-study')).getByRole('link', { name: 'lung-study' }),
    );
    // The release page loads on first use; the address changes once it has.
    expect(await screen.findByRole('heading', { level: 1, name: 'lung-study' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/releases/jupyterlab-chart-3f9a1c7e52b04d8a6e1f');
  });

  it('filters by state and search, in the URL, and back walks through the views', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/releases');
    await table();
    await user.click(screen.getByRole('checkbox', { name: 'Needs attention (3)' }));
    const address = () => new URLSearchParams(router.state.location.search);
    expect(address().get('state')).toBe('attention');
    expect(screen.getByRole('status')).toHaveTextContent('3 of 10 releases');
    expect(await names()).toEqual(['Body and Organ Analysis', 'r-analysis', 'WSI converter']);
    await user.click(screen.getByRole('checkbox', { name: 'Ready (4)' }));
    expect(screen.getByRole('status')).toHaveTextContent('7 of 10 releases');
    await user.type(screen.getByRole('searchbox', { name: 'Search releases' }), 'code');
    await waitFor(() => {
      expect(address().get('q')).toBe('code');
    });
    expect(address().get('state')).toBe('attention,ready');
    expect(await names()).toEqual(['r-analysis', 'Code Server for Airflow']);
    await router.navigate(-1);
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('3 of 10 releases');
    });
    expect(screen.getByRole('checkbox', { name: /^Ready/ })).not.toBeChecked();
  });

  it('restores a view from a deep link, and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderApp('/releases?q=jupyterlab&state=starting&sort=name');
    expect(await screen.findByRole('status')).toHaveTextContent('1 of 10 releases');
    expect(screen.getByRole('searchbox', { name: 'Search releases' })).toHaveValue('jupyterlab');
    expect(screen.getByRole('checkbox', { name: 'Starting (1)' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveTextContent('Name');
    expect(await names()).toEqual(['jupyterlab-chart-b71e04c9d2a35f6e8c10']);
    await user.click(screen.getByRole('checkbox', { name: 'Starting (1)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Being removed (0)' }));
    expect(screen.getByText(/No release matches “jupyterlab”/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(screen.getByRole('status')).toHaveTextContent('10 releases');
  });

  it('sorts by name, age and chart', async () => {
    const user = userEvent.setup();
    renderApp('/releases');
    await table();
    await user.click(screen.getByRole('combobox', { name: 'Sort by' }));
    await user.click(await screen.findByRole('option', { name: 'Newest first' }));
    expect((await names()).at(-1)).toBe('Collabora');
    await user.click(screen.getByRole('combobox', { name: 'Sort by' }));
    await user.click(await screen.findByRole('option', { name: 'Name' }));
    expect((await names())[0]).toBe('Body and Organ Analysis');
  });

  it('shows how many releases need attention in the navigation, from every place', async () => {
    renderApp('/activity');
    const nav = await screen.findByRole('navigation', { name: 'Places' });
    await waitFor(() => {
      expect(within(nav).getByRole('link', { name: /^Releases/ })).toHaveAccessibleName(
        'Releases, 3 need attention',
      );
    });
  });

  it('shows a long list a hundred at a time', async () => {
    const user = userEvent.setup();
    sim.reset({ scenario: 'large:1000' });
    renderApp('/releases?sort=name');
    const status = await screen.findByRole('status');
    const total = Number(/^(\d+) releases$/.exec(status.textContent)?.[1]);
    expect(total).toBeGreaterThan(100);
    expect(total).toBeLessThan(200);
    expect(within(await table()).getAllByRole('row')).toHaveLength(101);
    await user.click(
      screen.getByRole('button', {
        name: `Show ${String(total - 100)} more of ${String(total - 100)}`,
      }),
    );
    expect(within(await table()).getAllByRole('row')).toHaveLength(total + 1);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('says when nothing is deployed', async () => {
    sim.reset({ scenario: 'fresh' });
    renderApp('/releases');
    expect(await screen.findByText(/Nothing is deployed/)).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Install an extension from the catalog' }),
    ).toHaveAttribute('href', '/');
    const nav = screen.getByRole('navigation', { name: 'Places' });
    expect(within(nav).getByRole('link', { name: 'Releases' })).toBeVisible();
  });
});
