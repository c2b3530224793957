import { describe, expect, it } from 'vitest';
import { SWITCH_START, switchReducer, type SwitchEvent, type SwitchState } from './switch-steps';

const failure = { severity: 'error', title: 'No', message: 'It failed.' } as const;
const run = (...events: SwitchEvent[]): SwitchState => events.reduce(switchReducer, SWITCH_START);

describe('switching versions, step by step', () => {
  it('goes uninstall → wait → install → done', () => {
    expect(
      [
        run({ type: 'start' }),
        run({ type: 'start' }, { type: 'uninstall-accepted', at: 5 }),
        run({ type: 'start' }, { type: 'uninstall-accepted', at: 5 }, { type: 'gone' }),
        run(
          { type: 'start' },
          { type: 'uninstall-accepted', at: 5 },
          { type: 'gone' },
          { type: 'installed' },
        ),
      ].map((s) => s.step),
    ).toEqual(['uninstalling', 'waiting', 'installing', 'done']);
  });

  it('keeps waiting from the first accepted uninstall when a forced one follows', () => {
    const state = run(
      { type: 'start' },
      { type: 'uninstall-accepted', at: 5 },
      { type: 'uninstall-accepted', at: 90 },
    );
    expect(state).toEqual({ step: 'waiting', waitingSince: 5, failure: null });
  });

  it('fails with the reason, and stays failed', () => {
    const state = run(
      { type: 'start' },
      { type: 'uninstall-failed', failure },
      { type: 'gone' },
      { type: 'installed' },
    );
    expect(state.step).toBe('failed');
    expect(state.failure).toBe(failure);
    expect(
      run(
        { type: 'start' },
        { type: 'uninstall-accepted', at: 1 },
        { type: 'gone' },
        { type: 'install-failed', failure },
      ).step,
    ).toBe('failed');
  });

  it('can be cancelled only before the install starts, and nothing happens after', () => {
    expect(run({ type: 'start' }, { type: 'cancel' }).step).toBe('cancelled');
    expect(
      run(
        { type: 'start' },
        { type: 'uninstall-accepted', at: 1 },
        { type: 'cancel' },
        { type: 'gone' },
      ).step,
    ).toBe('cancelled');
    expect(
      run(
        { type: 'start' },
        { type: 'uninstall-accepted', at: 1 },
        { type: 'gone' },
        { type: 'cancel' },
      ).step,
    ).toBe('installing');
  });

  it('ignores answers that do not fit the step', () => {
    expect(run({ type: 'gone' }).step).toBe('confirm');
    expect(run({ type: 'installed' }).step).toBe('confirm');
    expect(run({ type: 'uninstall-accepted', at: 3 }).step).toBe('confirm');
  });
});
