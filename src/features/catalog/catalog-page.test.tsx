import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';
import { simServer, TEST_API } from '../../test/sim-server';
import { realClock } from '../../mocks/sim/clock';

const sim = simServer({ clock: realClock });
beforeAll(() => {
  sim.listen();
});
beforeEach(() => {
  sim.reset();
});
afterAll(() => {
  sim.close();
});

describe('the catalog place', () => {
  it('lists the extensions by their display names', async () => {
    renderApp('/');
    const list = await screen.findByRole('list', { name: 'Extensions' });
    expect(within(list).getByText('nnUNet')).toBeInTheDocument();
    expect(within(list).getByText('lung-study')).toBeInTheDocument();
    expect(within(list).getByText('otsus-method-workflow')).toBeInTheDocument();
  });

  it('says what went wrong when kube-helm fails, with the server message', async () => {
    sim.server.use(
      http.get(`${TEST_API}/extensions`, () =>
        HttpResponse.json({ detail: 'Failed to get extensions' }, { status: 500 }),
      ),
    );
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Loading the extensions failed');
    expect(alert).toHaveTextContent('Failed to get extensions');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
