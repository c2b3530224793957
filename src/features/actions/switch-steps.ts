import type { OutcomeMessage } from './outcome-messages';

export type SwitchStep =
  'confirm' | 'uninstalling' | 'waiting' | 'installing' | 'done' | 'failed' | 'cancelled';

export interface SwitchState {
  step: SwitchStep;
  /** When the uninstall was accepted: only a status read after it counts. */
  waitingSince: number | null;
  failure: OutcomeMessage | null;
}

export type SwitchEvent =
  | { type: 'start' }
  | { type: 'uninstall-accepted'; at: number }
  | { type: 'uninstall-failed'; failure: OutcomeMessage }
  | { type: 'gone' }
  | { type: 'installed' }
  | { type: 'install-failed'; failure: OutcomeMessage }
  | { type: 'cancel' };

export const SWITCH_START: SwitchState = { step: 'confirm', waitingSince: null, failure: null };

/**
 * The steps of switching versions: uninstall, wait until the old release is gone, install.
 * Cancelling is possible until the install starts; a forced removal while waiting is another
 * accepted uninstall and keeps waiting from the first one.
 */
export function switchReducer(state: SwitchState, event: SwitchEvent): SwitchState {
  if (state.step === 'cancelled' || state.step === 'done' || state.step === 'failed') return state;
  switch (event.type) {
    case 'start':
      return state.step === 'confirm' ? { ...state, step: 'uninstalling' } : state;
    case 'uninstall-accepted':
      return state.step === 'uninstalling' || state.step === 'waiting'
        ? { ...state, step: 'waiting', waitingSince: state.waitingSince ?? event.at }
        : state;
    case 'uninstall-failed':
      return state.step === 'uninstalling' || state.step === 'waiting'
        ? { ...state, step: 'failed', failure: event.failure }
        : state;
    case 'gone':
      return state.step === 'waiting' ? { ...state, step: 'installing' } : state;
    case 'installed':
      return state.step === 'installing' ? { ...state, step: 'done' } : state;
    case 'install-failed':
      return state.step === 'installing'
        ? { ...state, step: 'failed', failure: event.failure }
        : state;
    case 'cancel':
      return state.step === 'uninstalling' || state.step === 'waiting'
        ? { ...state, step: 'cancelled' }
        : state;
  }
}

export const canCancel = (step: SwitchStep) => step === 'uninstalling' || step === 'waiting';
export const isBusy = (step: SwitchStep) =>
  step === 'uninstalling' || step === 'waiting' || step === 'installing';
export const isFinished = (step: SwitchStep) =>
  step === 'done' || step === 'failed' || step === 'cancelled';
