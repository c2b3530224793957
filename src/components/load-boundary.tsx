import { Component, type ReactNode } from 'react';
import { isLoadFailure, LOAD_FAILURE_HELP } from './load-failure';
import { AlertButton, PlainAlert } from './plain-alert';
import { ReloadButton } from './reload-button';

interface Props {
  /** What could not be loaded, for the message: "The install form", "The menu". */
  what: string;
  /** Called when the user dismisses the message: close what was being opened. */
  onDismiss: () => void;
  children: ReactNode;
}

/**
 * Around a part that loads on demand: when it cannot be loaded, says so in an alert at the edge
 * of the screen, with a reload, instead of taking the whole page down. Any other error goes on up
 * to the app's crash notice.
 */
export class LoadBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!isLoadFailure(error)) throw error;
    const dismiss = () => {
      this.setState({ error: null });
      this.props.onDismiss();
    };
    return (
      <div className="kh-snack">
        <PlainAlert
          severity="error"
          className="kh-alert--raised"
          title={`${this.props.what} could not be loaded`}
        >
          {LOAD_FAILURE_HELP}
          <div className="kh-row-gap kh-gap-above">
            <ReloadButton size="small" />
            <AlertButton onClick={dismiss}>Close</AlertButton>
          </div>
        </PlainAlert>
      </div>
    );
  }
}
