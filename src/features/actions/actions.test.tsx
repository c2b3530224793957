import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { extensionListSchema } from '../../api';
import fixtureJson from '../../mocks/fixtures/extensions.json';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';
import { appSimulator, rowOf } from '../../test/app-sim';
import { TEST_API } from '../../test/sim-server';

const sim = appSimulator();
const notification = (title: string | RegExp) => screen.findByText(title);

describe('installing and launching', () => {
  it('launches with parameters; the instance shows at once, starting, under its chart', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=&q=mitk');
    await user.click(
      within(await rowOf('MITK Workbench')).getByRole('button', { name: 'Launch MITK Workbench' }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Launch MITK Workbench/ });
    expect(
      within(dialog).getByText(/new instance of this application in project admin/),
    ).toBeInTheDocument();
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Service type' }),
      'NodePort',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: /GPU/i }));
    const name = within(dialog).getByRole('textbox', { name: /Display name/i });
    await user.clear(name);
    await user.type(name, 'seg-review');
    // Three answers differ from their defaults (a text field repeats its label in its outline).
    for (const label of [/Service type/, /GPU/, /Display name/]) {
      expect(within(dialog).getAllByText(label)[0]?.parentElement?.textContent).toContain(
        'changed',
      );
    }
    await user.click(within(dialog).getByRole('button', { name: 'Launch 0.6.0' }));
    // The notification names the instance by the name typed for it.
    expect(await notification('Launched seg-review (MITK Workbench 0.6.0)')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    const instance = await rowOf('seg-review');
    expect(within(instance).getByText('Starting')).toBeInTheDocument();
    expect(within(instance).getByText(/^mitk-workbench-chart-[0-9a-f]{20}$/)).toBeInTheDocument();
  });

  it('refuses to launch without a project, before sending anything', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=&q=tensorboard', {
      project: { transport: 'header', current: () => null },
    });
    await user.click(
      within(await rowOf('Tensorboard')).getByRole('button', { name: 'Launch Tensorboard' }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Launch Tensorboard/ });
    expect(within(dialog).getByText(/No project is selected/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Launch 0.6.0' })).toBeDisabled();
  });

  it('confirms an extension without settings with one keypress', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=&q=edk');
    await user.click(
      within(await rowOf('Extension Development Kit')).getByRole('button', {
        name: 'Install Extension Development Kit',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Install Extension Development Kit/ });
    await waitFor(() => {
      expect(within(dialog).getByRole('button', { name: 'Install 0.6.0' })).toHaveFocus();
    });
    await user.keyboard('{Enter}');
    expect(await notification('Installed Extension Development Kit 0.6.0')).toBeInTheDocument();
    await waitFor(async () => {
      expect(
        within(await rowOf('Extension Development Kit')).getAllByText(
          /^(Installing|Starting|Ready)$/,
        ).length,
      ).toBeGreaterThan(0);
    });
  });

  it('checks answers before sending and says why', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=&q=jupyter');
    await user.click(
      within(await rowOf('Jupyterlab Notebook')).getByRole('button', {
        name: 'Launch Jupyterlab Notebook',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: /Display name/i });
    await user.clear(name);
    await user.type(name, "Bob's notes");
    expect(within(dialog).getByText(/drops values containing/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Launch 0.6.0' }));
    expect(
      within(dialog).getByText('Some answers need attention before this can be sent.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Launched/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reset to defaults' }));
    // The chart's "-" (no display name) shows as an empty answer.
    expect(within(dialog).getByRole('textbox', { name: /Display name/i })).toHaveValue('');
  });

  it('does not carry answers from one dialog into the next', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=&q=jupyter');
    await user.click(
      within(await rowOf('Jupyterlab Notebook')).getByRole('button', {
        name: 'Launch Jupyterlab Notebook',
      }),
    );
    let dialog = await screen.findByRole('dialog');
    await user.clear(within(dialog).getByRole('textbox', { name: /Display name/i }));
    await user.type(within(dialog).getByRole('textbox', { name: /Display name/i }), 'first');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    await user.click(
      within(await rowOf('Jupyterlab Notebook')).getByRole('button', {
        name: 'Launch Jupyterlab Notebook',
      }),
    );
    dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: /Display name/i })).toHaveValue('');
    await user.click(within(dialog).getByRole('button', { name: 'Launch 0.6.0' }));
    await notification(/^Launched Jupyterlab Notebook/);
    const launched = [...sim.backend.world.releases.values()].filter(
      (r) => r.chart === 'jupyterlab-chart' && !r.frozen,
    );
    expect(launched.map((r) => r.params.display_name)).toEqual(['-']);
  });
});

describe('outcomes, as they really are', () => {
  const installEdk = async () => {
    const user = userEvent.setup();
    await user.click(
      within(await rowOf('Extension Development Kit')).getByRole('button', {
        name: 'Install Extension Development Kit',
      }),
    );
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Install 0.6.0' }),
    );
  };
  const reply = (response: () => Response) => {
    sim.server.use(http.post(`${TEST_API}/helm-install-chart`, response));
  };

  it('already installed: nothing was done, and what to do', async () => {
    reply(
      () =>
        new HttpResponse(new TextEncoder().encode('Chart is already installed edk'), {
          status: 200,
        }),
    );
    renderApp('/?maturity=&q=edk');
    await installEdk();
    expect(
      await notification('Nothing was done: Extension Development Kit is already installed'),
    ).toBeInTheDocument();
    // Nothing was done, so the row does not pretend otherwise: it stays as the list shows it.
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    const row = await rowOf('Extension Development Kit');
    expect(within(row).getByText('Not installed')).toBeInTheDocument();
    expect(
      within(row).getByRole('button', { name: 'Install Extension Development Kit' }),
    ).toHaveAttribute('aria-disabled', 'false');
  });

  it('outcome unknown after the helm limit: keeps watching, and says so', async () => {
    reply(
      () =>
        new HttpResponse(new TextEncoder().encode('Chart install command failed for edk'), {
          status: 500,
        }),
    );
    renderApp('/?maturity=&q=edk', { helmInstallTimeoutMs: 0 });
    await installEdk();
    expect(
      await notification('Extension Development Kit 0.6.0 may still be installing'),
    ).toBeInTheDocument();
    expect(screen.getByText(/the catalog keeps watching it/)).toBeInTheDocument();
    expect(
      within(await rowOf('Extension Development Kit')).getByText('Installing'),
    ).toBeInTheDocument();
  });

  it("failed: with the server's message, the dialog stays open", async () => {
    reply(() => HttpResponse.json({ detail: 'Chart install failed disk full' }, { status: 500 }));
    renderApp('/?maturity=&q=edk');
    await installEdk();
    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert).toHaveTextContent('Installing Extension Development Kit 0.6.0 failed');
    expect(alert).toHaveTextContent('Chart install failed disk full');
    // Said once, in the dialog: no notification repeats it.
    expect(screen.getAllByText(/Installing Extension Development Kit 0.6.0 failed/)).toHaveLength(
      1,
    );
  });

  it('no answer (dropped connection): the dialog stays open with what was typed', async () => {
    reply(() => HttpResponse.error());
    const user = userEvent.setup();
    renderApp('/?maturity=&q=tensorboard');
    await user.click(
      within(await rowOf('Tensorboard')).getByRole('button', { name: 'Launch Tensorboard' }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Launch Tensorboard/ });
    const name = within(dialog).getByRole('textbox', { name: /Display name/i });
    await user.type(name, 'runs-a');
    await user.click(within(dialog).getByRole('button', { name: 'Launch 0.6.0' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('No answer for Tensorboard 0.6.0');
    expect(alert).toHaveTextContent('The connection to the platform was lost.');
    expect(alert).toHaveTextContent('may or may not have been launched');
    expect(alert).toHaveTextContent(/Look in the catalog for a new instance under Tensorboard/);
    expect(within(dialog).getByRole('textbox', { name: /Display name/i })).toHaveValue('runs-a');
    expect(await within(dialog).findByRole('button', { name: 'Launch 0.6.0' })).toBeEnabled();
    // Said once, in the dialog.
    expect(screen.getAllByText('No answer for Tensorboard 0.6.0')).toHaveLength(1);
  });

  it('no answer (the request hangs): the same, once the wait is over', async () => {
    sim.server.use(
      http.post(`${TEST_API}/helm-install-chart`, () => new Promise<Response>(() => undefined)),
    );
    renderApp('/?maturity=&q=edk', { timeouts: { install: 300 } });
    await installEdk();
    const dialog = screen.getByRole('dialog');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('No answer for Extension Development Kit 0.6.0');
    expect(alert).toHaveTextContent('The platform did not answer in time.');
    expect(alert).toHaveTextContent(
      /If the catalog shows it as installing or ready, it went through/,
    );
    expect(await within(dialog).findByRole('button', { name: 'Install 0.6.0' })).toBeEnabled();
  });
});

describe('uninstalling', () => {
  it('asks first, naming the release; then the row shows uninstalling', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=&q=radiomics');
    await user.click(
      within(await rowOf('Radiomics')).getByRole('button', { name: 'Uninstall Radiomics' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Uninstall Radiomics?' });
    expect(within(dialog).getByText(/stays in the catalog as “Not installed”/)).toBeInTheDocument();
    // The release's own name is there for whoever needs it, under "Details".
    expect(within(dialog).getByText('Release radiomics-workflow.')).toBeInTheDocument();
    expect(
      within(dialog).queryByRole('button', { name: 'Force uninstall' }),
    ).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Uninstall' }));
    expect(await notification('Uninstalling Radiomics')).toBeInTheDocument();
    await waitFor(async () => {
      expect(
        within(await rowOf('Radiomics')).getAllByText(/^(Uninstalling|Not installed)$/).length,
      ).toBeGreaterThan(0);
    });
  });

  it("a failure stays in the dialog, said once, with the server's words quoted", async () => {
    sim.server.use(
      http.post(`${TEST_API}/helm-delete-chart`, () =>
        HttpResponse.json({ detail: 'Release is locked' }, { status: 500 }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/?maturity=&q=radiomics');
    await user.click(
      within(await rowOf('Radiomics')).getByRole('button', { name: 'Uninstall Radiomics' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Uninstall Radiomics?' });
    await user.click(within(dialog).getByRole('button', { name: 'Uninstall' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Uninstalling Radiomics failed');
    expect(alert).toHaveTextContent('The platform answered: “Release is locked”.');
    expect(screen.getAllByText('Uninstalling Radiomics failed')).toHaveLength(1);
  });

  it('deletes an instance, naming it and its release', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=&q=lung');
    await user.click(
      within(await rowOf('lung-study')).getByRole('button', { name: 'Delete lung-study' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Delete lung-study?' });
    expect(within(dialog).getByText(/leaves the catalog once it is gone/)).toBeInTheDocument();
    expect(
      within(dialog).getByText('Release jupyterlab-chart-3f9a1c7e52b04d8a6e1f.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/launched .* ago/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await notification('Deleting lung-study')).toBeInTheDocument();
  });

  it('does not offer a forced uninstall for a release that just failed', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=&state=attention');
    const failedRow = await rowOf('Body and Organ Analysis');
    await user.click(
      within(failedRow).getByRole('button', { name: 'Uninstall Body and Organ Analysis' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).queryByRole('button', { name: 'Force uninstall' }),
    ).not.toBeInTheDocument();
  });

  it('offers a forced uninstall for a release seen failed for a while, also after a reload', async () => {
    // An earlier visit saw it failed two minutes ago (what the page keeps across reloads).
    localStorage.setItem(
      'kaapana-extensions.observations',
      JSON.stringify([
        ['body-and-organ-analysis-workflow', { state: 'failed', since: Date.now() - 120_000 }],
      ]),
    );
    const user = userEvent.setup();
    renderApp('/?maturity=&state=attention');
    await user.click(
      within(await rowOf('Body and Organ Analysis')).getByRole('button', {
        name: 'Uninstall Body and Organ Analysis',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Force uninstall' })).toBeInTheDocument();
    expect(within(dialog).getByText(/without running its clean-up steps/)).toBeInTheDocument();
    expect(within(dialog).getByText(/helm uninstall --no-hooks/)).not.toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Force uninstall' }));
    expect(await notification('Force-uninstalling Body and Organ Analysis')).toBeInTheDocument();
  });

  it('keeps a fresh uninstall busy, without offering force', async () => {
    renderApp('/?maturity=&q=mitk');
    const row = await rowOf('Interactive MITK Segmentation');
    expect(
      within(row).getByRole('button', { name: 'Uninstalling Interactive MITK Segmentation' }),
    ).toHaveAttribute('aria-disabled', 'true');
    expect(within(row).queryByRole('button', { name: /Force uninstall/ })).not.toBeInTheDocument();
  });
});

describe('switching versions', () => {
  it('uninstalls, waits until gone, installs — as one operation', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=&q=collabora');
    const row = await rowOf('Collabora');
    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'Version of Collabora' }),
      '0.6.0',
    );
    await user.click(
      within(await rowOf('Collabora')).getByRole('button', { name: 'Switch to 0.6.0 Collabora' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Switch Collabora from 0.5.3 to 0.6.0',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Switch to 0.6.0' }));
    await within(dialog).findByText('Waiting until 0.5.3 is removed…');
    // The chart's uninstall hook runs; then helm has removed the old release.
    sim.elapse(10_000);
    expect(await within(dialog).findByText(/^Switched to 0.6.0. It is starting now/)).toBeVisible();
    expect(sim.backend.world.releases.get('collabora-chart')?.version).toBe('0.6.0');
    // Said once, in the dialog: no notification repeats it, not even after closing.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(screen.queryByText(/^Switched/)).not.toBeInTheDocument();
  });

  it('can be cancelled before the install starts', async () => {
    const user = userEvent.setup();
    sim.server.use(
      http.get(`${TEST_API}/view-chart-status`, () =>
        HttpResponse.json({
          NAME: 'nnunet-workflow',
          'LAST DEPLOYED': 'x',
          NAMESPACE: 'admin',
          STATUS: 'uninstalling',
          REVISION: 1,
        }),
      ),
    );
    renderApp('/?maturity=&q=nnunet');
    await user.selectOptions(
      within(await rowOf('nnUNet')).getByRole('combobox', { name: 'Version of nnUNet' }),
      '0.5.3',
    );
    await user.click(
      within(await rowOf('nnUNet')).getByRole('button', { name: 'Switch to 0.5.3 nnUNet' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Switch to 0.5.3' }));
    await within(dialog).findByText('Waiting until 0.6.0 is removed…');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(
      within(dialog).getByText(/Cancelled. 0.6.0 is being removed; 0.5.3 was not installed/),
    ).toBeInTheDocument();
    // helm finishes removing 0.6.0 (status now 404): nothing gets installed after a cancel.
    sim.server.resetHandlers();
    sim.elapse(10_000);
    await waitFor(() => {
      expect(sim.backend.world.releases.has('nnunet-workflow')).toBe(false);
    });
    expect(within(dialog).queryByText(/Installing 0.5.3/)).not.toBeInTheDocument();
  });
});

describe('chart-supplied text', () => {
  it('renders XSS attempts in help, html, description and display_name inert', async () => {
    const rows = extensionListSchema.parse(fixtureJson);
    const evil = rows.map((row) => {
      if (row.releaseName === 'hello-world-chart') {
        return {
          ...row,
          description: '<img src=x onerror="window.__pwned=1">desc',
          extension_params: {
            doc: {
              type: 'doc',
              title: '<b>t</b>',
              html: '<script>window.__pwned=1</script><i>fine</i><img src=x onerror="window.__pwned=1">',
              required: true,
            },
            greeting: {
              type: 'string',
              default: 'hi',
              definition: 'Greeting',
              help: '<a href="javascript:window.__pwned=1">x</a><b>bold</b>',
              required: true,
            },
          },
        };
      }
      if (row.releaseName === 'jupyterlab-chart-3f9a1c7e52b04d8a6e1f') {
        return { ...row, display_name: '<img src=x onerror="window.__pwned=1">' };
      }
      return row;
    });
    sim.server.use(http.get(`${TEST_API}/extensions`, () => HttpResponse.json(evil)));
    const user = userEvent.setup();
    const { container } = renderApp('/?maturity=');
    expect(
      await screen.findByText('<img src=x onerror="window.__pwned=1">desc'),
    ).toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror="window.__pwned=1">')).toBeInTheDocument();
    await user.click(
      within(await rowOf('hello-world-chart')).getByRole('button', {
        name: 'Install hello-world-chart',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('<b>t</b>')).toBeInTheDocument();
    expect(within(dialog).getByText('fine').tagName).toBe('I');
    await user.hover(within(dialog).getByRole('button', { name: 'Help on Greeting' }));
    expect(await screen.findByText('bold')).toBeInTheDocument();
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
  });
});
