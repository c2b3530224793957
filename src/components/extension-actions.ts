import { createContext, useContext } from 'react';
import type { ExtensionRow } from '../api';
import type { ParamValues } from '../domain/params/fields';

/** What a user can ask to do with a catalog row (the dialogs live in features/actions). */
export type ExtensionAction =
  | {
      kind: 'install' | 'launch';
      row: ExtensionRow;
      version: string;
      /** Answers to start the form with instead of the chart's defaults ("launch again"). */
      values?: ParamValues;
    }
  | {
      kind: 'uninstall' | 'delete';
      row: ExtensionRow;
      version: string;
      /** The release is stuck or failed for a while: offer to skip hooks. */
      offerForce: boolean;
      /** Go straight to the forced uninstall. */
      force?: boolean;
    }
  | { kind: 'switch-version'; row: ExtensionRow; from: string; to: string };

export interface ExtensionActions {
  request(action: ExtensionAction): void;
}

export const ExtensionActionsContext = createContext<ExtensionActions | null>(null);

export function useExtensionActions(): ExtensionActions {
  const actions = useContext(ExtensionActionsContext);
  if (!actions) throw new Error('useExtensionActions outside its provider');
  return actions;
}
