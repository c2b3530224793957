import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { kubeHelmKeys } from '../../queries/extensions';
import { appSimulator, refreshNow, rowOf } from '../../test/app-sim';
import { renderApp } from '../../test/render';
import { TEST_API } from '../../test/sim-server';

const sim = appSimulator();
const LIST = `${TEST_API}/extensions`;
const count = () => screen.getByText(/\d+ of \d+ extensions/);
const alertWith = async (title: RegExp) =>
  (await screen.findByText(title)).closest<HTMLElement>('[role="alert"], [role="note"]');

/** The simulator's own list, changed on its way to the app. */
function serveList(change: (rows: Record<string, unknown>[]) => unknown[]) {
  sim.server.use(
    http.get(LIST, async () => {
      const reply = await sim.backend.listExtensions();
      if ('drop' in reply) return HttpResponse.error();
      const rows = JSON.parse(reply.body) as Record<string, unknown>[];
      return HttpResponse.json(change(rows) as never);
    }),
  );
}

const withoutParams = (name: string) => (rows: Record<string, unknown>[]) =>
  rows.map((row) => {
    if (row.releaseName !== name) return row;
    const copy = { ...row };
    delete copy.extension_params;
    return copy;
  });

describe('the catalog with broken answers', () => {
  it('lists every readable row of a first load with one malformed row, and says what it left out', async () => {
    const user = userEvent.setup();
    // One row without its parameters, and a bare string (kube-helm's corrupted cache).
    serveList((rows) => [...withoutParams('radiomics-workflow')(rows), 'bare string']);
    renderApp('/?maturity=');
    await rowOf('nnUNet');
    expect(count()).toHaveTextContent('24 of 24 extensions');
    expect(screen.queryByText('Radiomics')).not.toBeInTheDocument();
    const notice = await alertWith(/^2 rows could not be read$/);
    if (!notice) throw new Error('no notice');
    expect(notice).toHaveTextContent('Not listed: “Radiomics” and 1 without a name.');
    expect(screen.queryByText(/Loading the extensions failed/)).not.toBeInTheDocument();
    // Technical details, behind a disclosure, with the row and what is wrong with it.
    await user.click(within(notice).getByText('Technical details'));
    expect(within(notice).getByLabelText('Technical details')).toHaveTextContent(
      /#4 "Radiomics": extension_params: Invalid input: expected record, received undefined\s*#\d+: a bare text, not a row: "bare string"/,
    );
    expect(within(notice).getByRole('button', { name: 'Copy details' })).toBeInTheDocument();
  });

  it.each([[['bare string']], [[1, 'a', null]]])(
    'keeps the last good list when a 200 brings no readable row (%j)',
    async (body) => {
      const user = userEvent.setup();
      renderApp('/?maturity=');
      await rowOf('nnUNet');
      sim.server.use(http.get(LIST, () => HttpResponse.json(body)));
      await refreshNow(user);
      const notice = await alertWith(/^Showing the list as of/);
      expect(notice).toHaveTextContent('sent an answer this app cannot read');
      expect(screen.queryByText('The catalog is empty')).not.toBeInTheDocument();
      expect(await rowOf('nnUNet')).toBeInTheDocument();
      expect(count()).toHaveTextContent('25 of 25 extensions');
    },
  );

  it('takes a genuinely empty list as an empty catalog', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=');
    await rowOf('nnUNet');
    sim.server.use(http.get(LIST, () => HttpResponse.json([])));
    await refreshNow(user);
    expect(await screen.findByText('The catalog is empty')).toBeInTheDocument();
    expect(screen.queryByText(/Showing the list as of/)).not.toBeInTheDocument();
  });

  it('keeps the stale notice while an action restarts a read that hangs, until an answer comes', async () => {
    const { queryClient } = renderApp('/?maturity=');
    // As in the app: a failed read is retried later, and TanStack counts the failures meanwhile.
    queryClient.setQueryDefaults(kubeHelmKeys.extensions(), { retry: 1, retryDelay: 600_000 });
    await rowOf('nnUNet');
    sim.server.use(
      http.get(LIST, () =>
        HttpResponse.json({ detail: 'Failed to get extensions' }, { status: 500 }),
      ),
    );
    // A poll (the first attempt fails; its retry waits).
    act(() => {
      void queryClient.refetchQueries({ queryKey: kubeHelmKeys.extensions() });
    });
    const notice = await alertWith(/^Showing the list as of/);
    expect(notice).toHaveTextContent(
      'The extension service said: Failed to get extensions. We keep trying',
    );
    // The backend now hangs; an action's refresh starts the read again (and resets the count).
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    sim.server.use(
      http.get(LIST, async () => {
        await answered;
        const reply = await sim.backend.listExtensions();
        return 'drop' in reply ? HttpResponse.error() : HttpResponse.text(reply.body);
      }),
    );
    await act(async () => {
      void queryClient.invalidateQueries({ queryKey: kubeHelmKeys.extensions() });
      await delay(50);
    });
    expect(queryClient.getQueryState(kubeHelmKeys.extensions())).toMatchObject({
      fetchStatus: 'fetching',
      fetchFailureCount: 0,
      status: 'success',
    });
    expect(screen.getByText(/^Showing the list as of/)).toBeInTheDocument();
    await act(() => delay(300));
    expect(screen.getByText(/^Showing the list as of/)).toBeInTheDocument();
    // The answer comes (the simulator's own list): the notice goes.
    release();
    await waitFor(
      () => {
        expect(screen.queryByText(/^Showing the list as of/)).not.toBeInTheDocument();
      },
      { timeout: 10_000 },
    );
  });

  it('explains a failed first load in words, with the details apart and nothing "loading"', async () => {
    const user = userEvent.setup();
    sim.server.use(http.get(LIST, () => HttpResponse.json({ rows: [] })));
    renderApp('/?maturity=');
    const box = await alertWith(/^Loading the extensions failed$/);
    if (!box) throw new Error('no error box');
    expect(box).toHaveTextContent(
      'The extension service sent an answer this app cannot read. Reload the page. If it keeps happening, tell your Kaapana administrator.',
    );
    // No validation path in the words; it is in the details, which are really there.
    const details = within(box).getByLabelText('Technical details');
    const words = box.textContent.replace(details.textContent, '');
    expect(words).not.toMatch(/\(body\)|expected array/);
    await user.click(within(box).getByText('Technical details'));
    expect(details).toHaveTextContent(/Request: GET \/extensions/);
    expect(details).toHaveTextContent(/Answer: HTTP 200/);
    expect(details).toHaveTextContent(/What was wrong: \(body\): Invalid input: expected array/);
    expect(screen.queryByText('Loading extensions…')).not.toBeInTheDocument();
    expect(screen.queryByText('Not loaded yet')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Loading the extensions')).not.toBeInTheDocument();
  });

  it('says to sign in again, and how, when the session expires on a loaded catalog', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=');
    await rowOf('nnUNet');
    sim.server.use(http.get(LIST, () => new HttpResponse(null, { status: 401 })));
    await refreshNow(user);
    const notice = await alertWith(/^Showing the list as of/);
    if (!notice) throw new Error('no notice');
    expect(notice).toHaveTextContent('Your Kaapana session has expired');
    expect(notice).toHaveTextContent('reload the page and Kaapana asks for your login');
    expect(within(notice).getByRole('button', { name: 'Sign in again' })).toBeInTheDocument();
    const newTab = within(notice).getByRole('link', { name: 'Sign in in a new tab' });
    expect(newTab).toHaveAttribute('href', window.location.href);
    expect(newTab).toHaveAttribute('target', '_blank');
    expect(within(notice).getByRole('button', { name: 'Retry now' })).toBeInTheDocument();
    expect(await rowOf('nnUNet')).toBeInTheDocument();
  });
});
