import { useCallback } from 'react';
import { useExtensionActions } from '../../components/extension-actions';
import { isInstanceRow } from '../../domain/extension-state';
import type { ActionRequest } from './layout';

/** What a row's button asks for, turned into the dialog that does it. */
export function useRowActions(): (request: ActionRequest) => void {
  const actions = useExtensionActions();
  return useCallback(
    ({ action, row, version, offerForce, entry }: ActionRequest) => {
      switch (action.kind) {
        case 'install':
        case 'launch':
          actions.request({ kind: action.kind, row, version });
          break;
        case 'uninstall':
        case 'delete':
          actions.request({ kind: action.kind, row, version, offerForce });
          break;
        case 'force-uninstall':
          actions.request({
            kind: isInstanceRow(row) ? 'delete' : 'uninstall',
            row,
            version: entry.derived.installedVersion ?? version,
            offerForce: true,
            force: true,
          });
          break;
        case 'switch':
          actions.request({
            kind: 'switch-version',
            row,
            from: entry.derived.installedVersion ?? row.version,
            to: version,
          });
          break;
        case 'busy':
          break;
      }
    },
    [actions],
  );
}
