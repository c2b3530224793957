import { act, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement, memo, type ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render';
import type * as EntryCellsModule from './entry-cells';
import type * as InstanceCellsModule from './instance-cells';
import { appSimulator, refreshNow, rowOf } from '../../test/app-sim';

/** Which catalog lines rendered: the line components, counted from outside (nothing in the app). */
const rendered = vi.hoisted(() => [] as string[]);

vi.mock('./entry-cells', async (importOriginal) => {
  const actual = await importOriginal<typeof EntryCellsModule>();
  // The same shallow comparison as the real memo: this renders exactly when the line would.
  const EntryCells = memo(function CountedEntryCells(
    props: ComponentProps<typeof actual.EntryCells>,
  ) {
    rendered.push(props.entry.key);
    return createElement(actual.EntryCells, props);
  });
  return { ...actual, EntryCells };
});

vi.mock('./instance-cells', async (importOriginal) => {
  const actual = await importOriginal<typeof InstanceCellsModule>();
  const InstanceCells = memo(function CountedInstanceCells(
    props: ComponentProps<typeof actual.InstanceCells>,
  ) {
    rendered.push(props.instance.row.releaseName);
    return createElement(actual.InstanceCells, props);
  });
  return { ...actual, InstanceCells };
});

const sim = appSimulator();

describe('the catalog', () => {
  it('renders only the rows that changed when a poll brings news', async () => {
    const user = userEvent.setup();
    renderApp('/?maturity=');
    await rowOf('Extension Development Kit');
    await act(async () => {
      await sim.backend.install(
        JSON.stringify({ name: 'edk', version: '0.6.0', keywords: ['kaapanaapplication'] }),
        null,
      );
    });
    rendered.length = 0;
    await refreshNow(user);
    await waitFor(async () => {
      expect(
        within(await rowOf('Extension Development Kit')).queryByText('Not installed'),
      ).toBeNull();
    });
    expect([...new Set(rendered)]).toEqual(['edk']);
  });
});
