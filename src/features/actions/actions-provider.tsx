import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import {
  ExtensionActionsContext,
  type ExtensionAction,
  type ExtensionActions,
} from '../../components/extension-actions';
import { LoadBoundary } from '../../components/load-boundary';
import { themed } from '../../components/themed';

// The dialogs (forms, sanitiser, steppers) load on first use, not with the catalog.
const InstallDialog = lazy(async () => ({
  default: await themed(async () => (await import('./install-dialog')).InstallDialog),
}));
const UninstallDialog = lazy(async () => ({
  default: await themed(async () => (await import('./uninstall-dialog')).UninstallDialog),
}));
const SwitchVersionDialog = lazy(async () => ({
  default: await themed(async () => (await import('./switch-version-dialog')).SwitchVersionDialog),
}));

const DIALOG_NAMES: Record<ExtensionAction['kind'], string> = {
  install: 'install form',
  launch: 'launch form',
  uninstall: 'uninstall dialog',
  delete: 'delete dialog',
  'switch-version': 'version switch dialog',
};

/**
 * Opens the dialog for an action asked for anywhere in the app (the catalog's rows). Each dialog
 * starts from scratch: nothing typed for one extension leaks into the next.
 */
export function ExtensionActionsProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<{ action: ExtensionAction; id: number } | null>(null);
  const actions = useMemo<ExtensionActions>(
    () => ({
      request: (action) => {
        setCurrent({ action, id: Date.now() });
      },
    }),
    [],
  );
  const close = () => {
    setCurrent(null);
  };
  const action = current?.action;
  const key = current?.id ?? 0;
  return (
    <ExtensionActionsContext.Provider value={actions}>
      {children}
      <LoadBoundary what={`The ${DIALOG_NAMES[action?.kind ?? 'install']}`} onDismiss={close}>
        <Suspense fallback={null}>
          {action && (action.kind === 'install' || action.kind === 'launch') ? (
            <InstallDialog
              key={key}
              row={action.row}
              version={action.version}
              values={action.values}
              onClose={close}
            />
          ) : null}
          {action && (action.kind === 'uninstall' || action.kind === 'delete') ? (
            <UninstallDialog
              key={key}
              row={action.row}
              version={action.version}
              offerForce={action.offerForce}
              force={action.force ?? false}
              onClose={close}
            />
          ) : null}
          {action?.kind === 'switch-version' ? (
            <SwitchVersionDialog
              key={key}
              row={action.row}
              from={action.from}
              to={action.to}
              onClose={close}
            />
          ) : null}
        </Suspense>
      </LoadBoundary>
    </ExtensionActionsContext.Provider>
  );
}
