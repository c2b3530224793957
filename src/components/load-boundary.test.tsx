import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LoadBoundary } from './load-boundary';
import { isLoadFailure } from './load-failure';

const CHROMIUM = 'Failed to fetch dynamically imported module: https://k.example/assets/a-1.js';
const FIREFOX = 'error loading dynamically imported module: https://k.example/assets/a-1.js';
const SAFARI = 'Importing a module script failed.';

/** The app's crash notice, in short. */
class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    return error ? (
      <p role="alert">This page stopped working: {error.message}</p>
    ) : (
      this.props.children
    );
  }
}

function Fails({ message }: { message: string }): never {
  throw new TypeError(message);
}

/** A place that opens a part which fails to load, like the catalog opening a dialog. */
function Opener({ message }: { message: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        onClick={() => {
          setOpen(true);
        }}
      >
        Open
      </button>
      <p>The catalog</p>
      <LoadBoundary
        what="The install form"
        onDismiss={() => {
          setOpen(false);
        }}
      >
        {open ? <Fails message={message} /> : null}
      </LoadBoundary>
    </>
  );
}

describe('a part of the app that cannot be loaded', () => {
  it('is recognised in the words of each browser, and nothing else is', () => {
    for (const message of [CHROMIUM, FIREFOX, SAFARI]) {
      expect(isLoadFailure(new TypeError(message))).toBe(true);
    }
    expect(isLoadFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
      false,
    );
    expect(isLoadFailure(CHROMIUM)).toBe(false);
  });

  it('says so at the edge of the page, which keeps working, and goes when closed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(
      <ErrorBoundary>
        <Opener message={CHROMIUM} />
      </ErrorBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The install form could not be loaded');
    expect(alert).toHaveTextContent(/updated on the server.*Reload the page to continue/);
    expect(screen.getByText('The catalog')).toBeVisible();
    expect(screen.queryByText('This page stopped working')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).toBeNull();
    // Opening it again meets the same trouble, and says so again.
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
  });

  it('leaves any other error to the crash notice', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(
      <ErrorBoundary>
        <Opener message="x is not a function" />
      </ErrorBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This page stopped working');
    expect(alert).toHaveTextContent('x is not a function');
  });
});
