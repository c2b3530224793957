import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { afterNextPaint, useAfterPaint } from './after-paint';

describe('after the next paint', () => {
  it('runs once, after a frame, and not at all when cancelled', async () => {
    const ran = vi.fn();
    const dropped = vi.fn();
    afterNextPaint(ran);
    afterNextPaint(dropped)();
    expect(ran).not.toHaveBeenCalled();
    await waitFor(() => {
      expect(ran).toHaveBeenCalledTimes(1);
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(ran).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });

  it('gives a value a frame late, and only the last of values that came within one frame', async () => {
    const renders: string[] = [];
    function Show({ value }: { value: string }) {
      const later = useAfterPaint(value);
      renders.push(later);
      return <p>{later}</p>;
    }
    const { rerender } = render(<Show value="a" />);
    act(() => {
      rerender(<Show value="ab" />);
      rerender(<Show value="abc" />);
    });
    expect(screen.getByText('a')).toBeInTheDocument();
    expect(await screen.findByText('abc')).toBeInTheDocument();
    expect(renders).not.toContain('ab');
  });
});
