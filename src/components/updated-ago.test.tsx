import { render, screen } from '@testing-library/react';
import { createElement, type ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type TypographyModule from '@mui/material/Typography';
import { UpdatedAgo } from './freshness';

/** How often the words were rendered, counted from outside (nothing in the app). */
const rendered = vi.hoisted(() => ({ count: 0 }));

vi.mock('@mui/material/Typography', async (importOriginal) => {
  const actual = (await importOriginal<{ default: typeof TypographyModule }>()).default;
  function CountedTypography(props: ComponentProps<typeof actual>) {
    rendered.count += 1;
    return createElement(actual, props);
  }
  return { default: CountedTypography };
});

describe('UpdatedAgo', () => {
  it('renders its words again only when they change, not on every read', () => {
    const now = Date.now();
    const { rerender } = render(<UpdatedAgo updatedAt={now} />);
    expect(screen.getByText('Updated just now')).toBeInTheDocument();
    const before = rendered.count;
    // Another read a second later: still "just now" (under 5 s), nothing to render.
    rerender(<UpdatedAgo updatedAt={now + 1000} />);
    expect(rendered.count).toBe(before);
    // A read that says something else.
    rerender(<UpdatedAgo updatedAt={now - 30_000} />);
    expect(screen.getByText(/^Updated \d+ s ago$/)).toBeInTheDocument();
    expect(rendered.count).toBe(before + 1);
  });
});
