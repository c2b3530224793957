import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  alertWhileRetrying,
  appSimulator,
  listReadsDown,
  refreshUntil,
  rowOf,
} from '../../test/app-sim';
import { appQueryClient, renderApp } from '../../test/render';
import { TEST_API } from '../../test/sim-server';

const sim = appSimulator();

const panel = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name });

/** Installs a chart on the simulated platform, as another browser would have. */
async function installed(chart: string) {
  await act(async () => {
    await sim.backend.install(
      JSON.stringify({ name: chart, version: '0.1.0', keywords: ['kaapanaapplication'] }),
      null,
    );
  });
}

describe('a release page', () => {
  it('follows a release from starting to ready', async () => {
    const user = userEvent.setup();
    await act(async () => {
      await sim.backend.install(
        JSON.stringify({ name: 'edk', version: '0.6.0', keywords: ['kaapanaapplication'] }),
        null,
      );
    });
    renderApp('/releases/edk');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Extension Development Kit' }),
    ).toBeVisible();
    expect(await panel(/^(Being installed|Installed|Starting up)$/)).toBeVisible();
    // helm finishes, the pod is created and starts.
    sim.elapse(5_000);
    await refreshUntil(user, () => {
      expect(screen.getByRole('heading', { level: 2, name: 'Ready' })).toBeVisible();
    });
    const helm = screen.getByRole('region', { name: 'Helm' });
    expect(within(helm).getByText('deployed')).toBeVisible();
    expect(within(helm).getByText('edk-0.6.0')).toBeVisible();
    const pods = within(screen.getByRole('table', { name: 'Pods' })).getAllByRole('row');
    expect(pods[1]).toHaveTextContent(/^edk-.*1\/1running0/);
    expect(
      screen.getByRole('link', { name: /Open Extension Development Kit at \/edk\// }),
    ).toBeVisible();
  });

  it('says a crash-looping release keeps crashing, and what to try', async () => {
    await installed('broken-app-chart');
    sim.elapse(20_000);
    renderApp('/releases/broken-app-chart');
    expect(await panel('It keeps crashing')).toBeVisible();
    const region = screen.getByRole('region', { name: 'It keeps crashing' });
    expect(within(region).getByText(/Next step:/).parentElement).toHaveTextContent(
      /install it again/i,
    );
    expect(within(region).getByRole('button', { name: /^Uninstall Broken App/ })).toBeVisible();
    expect(
      within(screen.getByRole('table', { name: 'Pods' })).getByText('crashloopbackoff'),
    ).toBeVisible();
  });

  it('sends an image that cannot be pulled to Uploads', async () => {
    await installed('missing-image-chart');
    sim.elapse(20_000);
    renderApp('/releases/missing-image-chart');
    expect(await panel('Its image is not on this machine')).toBeVisible();
    const region = screen.getByRole('region', { name: 'Its image is not on this machine' });
    expect(within(region).getByRole('link', { name: 'Upload the image' })).toHaveAttribute(
      'href',
      '/uploads',
    );
  });

  it('force-uninstalls a stuck release, then says it has been removed', async () => {
    const user = userEvent.setup();
    renderApp('/releases/wsiconv-workflow');
    expect(await panel('Installation is stuck')).toBeVisible();
    const region = screen.getByRole('region', { name: 'Installation is stuck' });
    await user.click(within(region).getByRole('button', { name: 'Force uninstall WSI converter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Force uninstall WSI converter?' });
    await user.click(within(dialog).getByRole('button', { name: 'Force uninstall' }));
    expect(await screen.findByText('Force-uninstalling WSI converter')).toBeVisible();
    sim.elapse(5_000);
    await refreshUntil(user, () => {
      expect(
        screen.getByRole('heading', { level: 2, name: 'This release has been removed' }),
      ).toBeVisible();
    });
    expect(screen.getByText(/force uninstall asked for from this browser/)).toBeVisible();
  });

  it('says when no release of that name ever existed', async () => {
    renderApp('/releases/no-such-thing');
    expect(await panel('There is no such release')).toBeVisible();
    expect(screen.getByText(/no release named “no-such-thing”/)).toBeVisible();
    expect(
      within(screen.getByRole('note')).getByRole('link', { name: 'Open the catalog' }),
    ).toHaveAttribute('href', '/');
  });

  it('names the release while the list cannot be read, and says why', async () => {
    // An answer that cannot be read (not retried): the page stays without a list.
    sim.server.use(http.get(`${TEST_API}/extensions`, () => HttpResponse.json({ rows: [] })));
    renderApp('/releases/edk');
    expect(await screen.findByRole('heading', { level: 1, name: 'edk' })).toBeVisible();
    const box = (await screen.findAllByRole('alert')).find((alert) =>
      alert.textContent.includes('Loading the release failed'),
    );
    expect(box).toHaveTextContent('The extension service sent an answer this app cannot read.');
    expect(screen.getByRole('link', { name: 'All releases' })).toHaveAttribute('href', '/releases');
  });

  it('says at once that the list cannot be reached, tries again by itself and recovers', async () => {
    const list = listReadsDown(sim);
    renderApp('/releases/nnunet-workflow', {}, undefined, appQueryClient()); // the app's retries
    await alertWhileRetrying('Loading the release failed', list.reads);
    expect(screen.queryByLabelText('Loading the release')).not.toBeInTheDocument();
    list.up();
    expect(
      await screen.findByRole('region', { name: 'Helm' }, { timeout: 20_000 }),
    ).toHaveTextContent('deployed');
    expect(screen.queryByText('Loading the release failed')).not.toBeInTheDocument();
  });

  it('does not call a release unlisted when the list could not be read', async () => {
    sim.server.use(http.get(`${TEST_API}/extensions`, () => HttpResponse.json({ rows: [] })));
    renderApp('/releases/nnunet-workflow');
    const box = await screen.findByText('Reading the extension list failed');
    expect(box.closest('[role="alert"]')).toHaveTextContent(
      'The extension service sent an answer this app cannot read.',
    );
    expect(screen.getByRole('region', { name: 'Helm' })).toHaveTextContent('deployed');
    expect(screen.queryByText('Not in the extension list')).not.toBeInTheDocument();
    // Nothing is guessed from helm alone: no reading, and the pods are said to be unknown, and why.
    expect(screen.queryByRole('heading', { level: 2, name: 'Installed' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Pods' })).toHaveTextContent(
      'Not known yet: the extension list, which shows them, could not be read.',
    );
  });

  it("shows helm's fresher status where the list lags", async () => {
    sim.server.use(
      http.get(`${TEST_API}/view-chart-status`, () =>
        HttpResponse.json({
          NAME: 'nnunet-workflow',
          'LAST DEPLOYED': 'Thu Dec 18 09:12:44 2025',
          NAMESPACE: 'admin',
          STATUS: 'uninstalling',
          REVISION: 2,
        }),
      ),
    );
    renderApp('/releases/nnunet-workflow');
    expect(await panel('Being removed')).toBeVisible();
    const helm = screen.getByRole('region', { name: 'Helm' });
    expect(within(helm).getByText('uninstalling')).toBeVisible();
    // What the list says comes with the list's own read.
    expect(await within(helm).findByText('the list still says deployed')).toBeVisible();
    expect(within(helm).getByText('2')).toBeVisible();
  });

  it('knows an application a workflow started, which the list never shows', async () => {
    renderApp('/releases/kaapanaint-mitk-flow-251218094107123456');
    expect(await panel('Started by a workflow')).toBeVisible();
    expect(
      within(screen.getByRole('note')).getByRole('link', { name: 'Active applications' }),
    ).toHaveAttribute('href', '/applications');
    expect(
      within(screen.getByRole('region', { name: 'Helm' })).getByText('deployed'),
    ).toBeVisible();
  });

  it('launches again with the values an instance was launched with', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?maturity=&q=mitk');
    await user.click(
      within(await rowOf('MITK Workbench')).getByRole('button', { name: 'Launch MITK Workbench' }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Launch MITK Workbench/ });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Service type' }),
      'NodePort',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: /GPU/i }));
    const name = within(dialog).getByRole('textbox', { name: /Display name/i });
    await user.clear(name);
    await user.type(name, 'seg-review');
    await user.click(within(dialog).getByRole('button', { name: 'Launch 0.6.0' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    const release = [...sim.backend.world.releases.keys()].find((n) =>
      n.startsWith('mitk-workbench-chart-'),
    );
    if (!release) throw new Error('the launch made no release');
    await act(async () => {
      await router.navigate(`/releases/${release}`);
    });
    const launched = await screen.findByRole('region', { name: 'Launched with' });
    expect(within(launched).getByText('seg-review')).toBeVisible();
    expect(within(launched).getByText('NodePort')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Launch again with these values' }));
    const again = await screen.findByRole('dialog', { name: /Launch MITK Workbench/ });
    expect(within(again).getByRole('combobox', { name: 'Service type' })).toHaveValue('NodePort');
    expect(within(again).getByRole('checkbox', { name: /GPU/i })).toBeChecked();
    expect(within(again).getByRole('textbox', { name: /Display name/i })).toHaveValue('seg-review');
  });
});
