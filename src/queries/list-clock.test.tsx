import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { extensionListSchema, type ExtensionRow } from '../contract/schemas';
import type { SeenSince } from '../domain/catalog/attention';
import { deriveState } from '../domain/extension-state';
import { JudgementClock } from '../domain/judgement-clock';
import fixtureJson from '../mocks/fixtures/extensions.json';
import { useFetchStatus, useJudgedAt, useReadAt } from './list-clock';

const KEY = ['kube-helm', 'extensions'];
const calm = extensionListSchema
  .parse(fixtureJson)
  .filter((r) => !['installing', 'uninstalling', 'failed'].includes(deriveState(r).state));
const never: SeenSince = () => undefined;
const NONE: readonly unknown[] = [];

function setup() {
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const read = (rows: ExtensionRow[], at: number) => {
    act(() => {
      client.setQueryData(KEY, rows, { updatedAt: at });
    });
  };
  return { client, wrapper, read };
}

describe('useJudgedAt', () => {
  it('renders again only when the moment to judge the list at moves', () => {
    const { wrapper, read } = setup();
    const clock = new JudgementClock();
    let renders = 0;
    read(calm, 1000);
    const { result, rerender } = renderHook(
      ({ data }: { data: ExtensionRow[] }) => {
        renders += 1;
        return useJudgedAt(KEY, clock, data, never, NONE);
      },
      { wrapper, initialProps: { data: calm } },
    );
    expect(result.current).toBe(1000);
    const before = renders;
    // The same answer read again (the client gives the identical rows): nothing to render.
    read(calm, 16_000);
    read(calm, 31_000);
    expect(renders).toBe(before);
    expect(result.current).toBe(1000);
    // A new answer: the moment moves to its read.
    const changed = [...calm];
    read(changed, 46_000);
    rerender({ data: changed });
    expect(result.current).toBe(46_000);
  });
});

describe('useReadAt and useFetchStatus', () => {
  it('follow the query in the cache (0 and idle before it exists)', () => {
    const { wrapper, read } = setup();
    const { result } = renderHook(() => ({ at: useReadAt(KEY), status: useFetchStatus(KEY) }), {
      wrapper,
    });
    expect(result.current).toEqual({ at: 0, status: 'idle' });
    read(calm, 5000);
    expect(result.current).toEqual({ at: 5000, status: 'idle' });
  });
});
