import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    return <CrashNotice message={error.message} />;
  }
}

export function CrashNotice({ message }: { message: string }) {
  return (
    <Alert severity="error" sx={{ m: 3 }} role="alert">
      <AlertTitle>This page stopped working</AlertTitle>
      {message}
      <br />
      Nothing was changed on the platform by this. Reload to start again; if it happens again,
      please report it with the message above.
      <br />
      <Button
        sx={{ mt: 1 }}
        variant="outlined"
        color="inherit"
        onClick={() => {
          window.location.reload();
        }}
      >
        Reload
      </Button>
    </Alert>
  );
}
