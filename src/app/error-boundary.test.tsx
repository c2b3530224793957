import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

function Fails({ message }: { message: string }): never {
  throw new TypeError(message);
}

describe('the crash notice', () => {
  it('says what broke and asks for a report', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Fails message="x is not a function" />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This page stopped working');
    expect(alert).toHaveTextContent('x is not a function');
    expect(alert).toHaveTextContent('report it');
  });

  it('turns the crash notice into advice to reload when a page could not be loaded', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Fails message="Importing a module script failed." />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This part of the app could not be loaded');
    expect(alert).not.toHaveTextContent('report it');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
  });
});
