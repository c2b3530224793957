import { act, render, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useCatalogView } from './use-catalog-view';

type Api = ReturnType<typeof useCatalogView>;

/** The hook in a router; every render notes what the controls, the list and the address say. */
function setup(initial = '/') {
  const seen: { view: string; shown: string; url: string }[] = [];
  const api: { current: Api | null } = { current: null };
  function Probe() {
    const hook = useCatalogView();
    const { search } = useLocation();
    api.current = hook;
    seen.push({
      view: hook.view.hardware.join(',') + '|' + hook.view.kind.join(','),
      shown: hook.shown.hardware.join(',') + '|' + hook.shown.kind.join(','),
      url: search,
    });
    return null;
  }
  const router = createMemoryRouter([{ path: '/', element: <Probe /> }], {
    initialEntries: [initial],
  });
  render(<RouterProvider router={router} />);
  const hook = () => {
    if (!api.current) throw new Error('not rendered');
    return api.current;
  };
  return { seen, router, hook };
}

describe('the catalog view', () => {
  it('shows a change in the controls at once, in the list a painted frame later, then in the address', async () => {
    const { seen, router, hook } = setup();
    act(() => {
      hook().update({ hardware: ['gpu'] });
    });
    expect(hook().view.hardware).toEqual(['gpu']);
    expect(hook().shown.hardware).toEqual([]);
    expect(router.state.location.search).toBe('');
    await waitFor(() => {
      expect(router.state.location.search).toContain('hardware=gpu');
    });
    expect(hook().shown.hardware).toEqual(['gpu']);
    // Never the address before the list, nor the list before the controls.
    const order = seen.map((s) => [s.view !== '|', s.shown !== '|', s.url !== '']);
    for (const [view, shown, url] of order) {
      expect(!shown || view).toBe(true);
      expect(!url || shown).toBe(true);
    }
    expect(order.some(([view, shown]) => view && !shown)).toBe(true);
  });

  it('takes changes made before their turn came together, as one history entry', async () => {
    const { router, hook } = setup();
    act(() => {
      hook().update({ hardware: ['gpu'] });
      // Typing replaces its entry, but here it rides with a change that adds one.
      hook().update({ kind: ['workflow'] }, { replace: true });
    });
    await waitFor(() => {
      expect(router.state.location.search).toContain('kind=workflow');
    });
    expect(router.state.location.search).toContain('hardware=gpu');
    expect(hook().shown).toMatchObject({ hardware: ['gpu'], kind: ['workflow'] });
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('');
    await waitFor(() => {
      expect(hook().shown).toMatchObject({ hardware: [], kind: [] });
    });
    expect(hook().view).toMatchObject({ hardware: [], kind: [] });
  });

  it('walking back drops a change whose address was not written yet', async () => {
    const { router, hook } = setup('/?kind=application');
    await act(() => router.navigate('/?kind=workflow'));
    act(() => {
      hook().update({ hardware: ['gpu'] });
    });
    await act(() => router.navigate(-1));
    await waitFor(() => {
      expect(hook().shown.kind).toEqual(['application']);
    });
    // Long enough for every step still to come.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(router.state.location.search).toBe('?kind=application');
    expect(hook().view).toMatchObject({ kind: ['application'], hardware: [] });
    expect(hook().shown).toMatchObject({ kind: ['application'], hardware: [] });
    // Nothing was written over the entry walked away from: forward still leads to it.
    await act(() => router.navigate(1));
    expect(router.state.location.search).toBe('?kind=workflow');
  });
});
