import { useCallback } from 'react';
import { actionFor, type RowAction } from '../domain/actions';
import type { ReleaseFacts } from '../domain/releases/releases';
import { ActionButton } from './action-button';
import { useExtensionActions } from './extension-actions';

/** What a release's button does now: remove it, force its removal when stuck, or wait. */
export function releaseAction(release: ReleaseFacts): RowAction {
  return actionFor(release.instance ? 'instance' : 'single', release.derived.state, {
    stuck: release.stuck,
  });
}

/** Opens the dialog for a release's action (the dialogs belong to features/actions). */
export function useReleaseActions(): (release: ReleaseFacts, action: RowAction) => void {
  const actions = useExtensionActions();
  return useCallback(
    (release, action) => {
      const { row, version, offerForce } = release;
      switch (action.kind) {
        case 'uninstall':
        case 'delete':
          actions.request({ kind: action.kind, row, version, offerForce });
          break;
        case 'force-uninstall':
          actions.request({
            kind: release.instance ? 'delete' : 'uninstall',
            row,
            version,
            offerForce: true,
            force: true,
          });
          break;
        default:
          break;
      }
    },
    [actions],
  );
}

/**
 * A release's action button. A busy one stays focusable and only says it is unavailable, so focus
 * is never lost while the state changes under it.
 */
export function ReleaseActionButton({
  release,
  action = releaseAction(release),
  variant = 'outlined',
}: {
  release: ReleaseFacts;
  action?: RowAction;
  variant?: 'outlined' | 'contained';
}) {
  const run = useReleaseActions();
  return (
    <ActionButton
      action={action}
      name={release.name}
      variant={variant}
      onClick={() => {
        run(release, action);
      }}
    />
  );
}
