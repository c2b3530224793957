import { render, screen } from '@testing-library/react';
import type * as JsxDevRuntime from 'react/jsx-dev-runtime';
import type * as JsxRuntime from 'react/jsx-runtime';
import { describe, expect, it, vi } from 'vitest';
import { UpdatedAgo } from './freshness';

/** How often the words were rendered, counted from outside (nothing in the app). */
const rendered = vi.hoisted(() => ({ count: 0 }));

/** Counts the elements created for the words ("Updated …"): each is one render of them. */
function counting<
  T extends (type: unknown, props: { children?: unknown }, ...rest: unknown[]) => unknown,
>(create: T): T {
  return ((type, props, ...rest) => {
    if (
      type === 'p' &&
      typeof props.children === 'string' &&
      props.children.startsWith('Updated')
    ) {
      rendered.count += 1;
    }
    return create(type, props, ...rest);
  }) as T;
}

vi.mock('react/jsx-dev-runtime', async (importOriginal) => {
  const actual = await importOriginal<typeof JsxDevRuntime>();
  return { ...actual, jsxDEV: counting(actual.jsxDEV as never) };
});
vi.mock('react/jsx-runtime', async (importOriginal) => {
  const actual = await importOriginal<typeof JsxRuntime>();
  return { ...actual, jsx: counting(actual.jsx as never), jsxs: counting(actual.jsxs as never) };
});

describe('UpdatedAgo', () => {
  it('renders its words again only when they change, not on every read', () => {
    const now = Date.now();
    const { rerender } = render(<UpdatedAgo updatedAt={now} />);
    expect(screen.getByText('Updated just now')).toBeInTheDocument();
    const before = rendered.count;
    expect(before).toBeGreaterThan(0);
    // Another read a second later: still "just now" (under 5 s), nothing to render.
    rerender(<UpdatedAgo updatedAt={now + 1000} />);
    expect(rendered.count).toBe(before);
    // A read that says something else.
    rerender(<UpdatedAgo updatedAt={now - 30_000} />);
    expect(screen.getByText(/^Updated \d+ s ago$/)).toBeInTheDocument();
    expect(rendered.count).toBe(before + 1);
  });
});
