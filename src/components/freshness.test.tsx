import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RefreshButton, UpdatedAgo } from './freshness';

/** Renders `ui` and counts the commits React makes inside it. */
function counted(ui: ReactNode) {
  const commits = { count: 0 };
  const view = render(
    <Profiler
      id="counted"
      onRender={() => {
        commits.count += 1;
      }}
    >
      {ui}
    </Profiler>,
  );
  return { commits, view };
}

describe('UpdatedAgo', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-12-02T12:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('renders again only when its words change, not on every tick', () => {
    const readAt = Date.now();
    const { commits } = counted(<UpdatedAgo updatedAt={readAt} />);
    expect(screen.getByText('Updated just now')).toBeInTheDocument();
    const afterMount = commits.count;
    for (let tick = 0; tick < 4; tick++) {
      act(() => {
        vi.advanceTimersByTime(1_000);
      });
    }
    expect(commits.count).toBe(afterMount);
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByText('Updated 5 s ago')).toBeInTheDocument();
    expect(commits.count).toBe(afterMount + 1);
    for (let tick = 0; tick < 3; tick++) {
      act(() => {
        vi.advanceTimersByTime(1_000);
      });
    }
    expect(screen.getByText('Updated 8 s ago')).toBeInTheDocument();
    expect(commits.count).toBe(afterMount + 4);
  });

  it('says "just now" again after a new read, and nothing before the first', () => {
    const { view } = counted(<UpdatedAgo updatedAt={0} />);
    expect(view.container).toHaveTextContent('');
    act(() => {
      vi.advanceTimersByTime(20_000);
    });
    view.rerender(<UpdatedAgo updatedAt={Date.now()} />);
    expect(screen.getByText('Updated just now')).toBeInTheDocument();
  });
});

describe('RefreshButton', () => {
  it('turns while the read asked for runs, and a second press reads again at once', async () => {
    const user = userEvent.setup();
    const reads: (() => void)[] = [];
    const onRefresh = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          reads.push(resolve);
        }),
    );
    render(<RefreshButton onRefresh={onRefresh} />);
    const button = screen.getByRole('button', { name: 'Refresh now' });
    expect(button).toHaveAttribute('aria-busy', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toBeEnabled();
    await user.click(button);
    expect(onRefresh).toHaveBeenCalledTimes(2);
    await act(async () => {
      reads.shift()?.();
      await Promise.resolve();
    });
    expect(button).toHaveAttribute('aria-busy', 'true');
    await act(async () => {
      reads.shift()?.();
      await Promise.resolve();
    });
    expect(button).toHaveAttribute('aria-busy', 'false');
  });

  it('stops turning when the read fails', async () => {
    const user = userEvent.setup();
    render(<RefreshButton onRefresh={() => Promise.reject(new Error('down'))} />);
    const button = screen.getByRole('button', { name: 'Refresh now' });
    await user.click(button);
    await vi.waitFor(() => {
      expect(button).toHaveAttribute('aria-busy', 'false');
    });
  });
});
