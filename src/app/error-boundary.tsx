import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isLoadFailure, LOAD_FAILURE_HELP } from '../components/load-failure';
import { PlainAlert } from '../components/plain-alert';
import { ReloadButton } from '../components/reload-button';

interface State {
  error: Error | null;
}

/** The last line of defence: a crash shows what happened and a way back, not a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Kaapana Extensions crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <CrashNotice error={error} />;
  }
}

/** What a crash says: a part that could not be loaded is not a bug to report. */
export function CrashNotice({ error, inShell = false }: { error: unknown; inShell?: boolean }) {
  const message = error instanceof Error ? error.message : String(error);
  const loadFailure = isLoadFailure(error);
  return (
    <PlainAlert
      severity="error"
      className={inShell ? undefined : 'kh-alert--page'}
      title={loadFailure ? 'This part of the app could not be loaded' : 'This page stopped working'}
    >
      {loadFailure ? LOAD_FAILURE_HELP : message}
      <br />
      {loadFailure
        ? null
        : 'Nothing was changed on the platform by this. Reload to start again; if it happens again, please report it with the message above.'}
      <div className="kh-gap-above">
        <ReloadButton />
      </div>
    </PlainAlert>
  );
}
