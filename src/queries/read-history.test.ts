import { hashKey, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readHistoryRecorder } from './read-history';

const KEY = ['kube-helm', 'extensions'];
const HASH = hashKey(KEY);
const PATIENCE = 25_000;

/** A read whose answer the test gives: `answer(rows)`, `fail(error)`, or nothing (it hangs). */
function controlledReads() {
  const pending: { resolve: (rows: string[]) => void; reject: (error: Error) => void }[] = [];
  return {
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      new Promise<string[]>((resolve, reject) => {
        pending.push({ resolve, reject });
        signal.addEventListener('abort', () => {
          reject(new Error('aborted'));
        });
      }),
    answer(rows: string[]) {
      pending.shift()?.resolve(rows);
    },
    fail(error: Error) {
      pending.shift()?.reject(error);
    },
    get waiting() {
      return pending.length;
    },
  };
}

let client: QueryClient;
beforeEach(() => {
  vi.useFakeTimers({ now: 1_750_000_000_000 });
  client = new QueryClient({
    defaultOptions: { queries: { retry: 3, retryDelay: 2_000, gcTime: Infinity } },
  });
});
afterEach(() => {
  client.clear();
  vi.useRealTimers();
});

async function firstRead(reads: ReturnType<typeof controlledReads>) {
  const done = client.query({ queryKey: KEY, queryFn: reads.queryFn });
  await vi.advanceTimersByTimeAsync(0);
  reads.answer(['a']);
  await done;
}

describe('the read history of a query', () => {
  it('keeps old data stale when a failing read is restarted (the failure count resets)', async () => {
    const recorder = readHistoryRecorder(client, PATIENCE);
    const reads = controlledReads();
    expect(recorder.freshness(HASH)).toEqual({ kind: 'unread', failure: null });
    await firstRead(reads);
    const readAt = Date.now();
    expect(recorder.freshness(HASH)).toEqual({ kind: 'fresh', readAt });

    await vi.advanceTimersByTimeAsync(15_000);
    void client.query({ queryKey: KEY, queryFn: reads.queryFn, staleTime: 0 });
    await vi.advanceTimersByTimeAsync(0);
    const failure = new Error('500');
    const failedAt = Date.now();
    reads.fail(failure);
    await vi.advanceTimersByTimeAsync(0);
    expect(client.getQueryState(KEY)?.fetchFailureCount).toBe(1);
    expect(recorder.freshness(HASH)).toEqual({
      kind: 'stale',
      readAt,
      why: 'failed',
      since: failedAt,
      error: failure,
    });

    // An action's refresh: the read under way is cancelled and started again, and hangs.
    await vi.advanceTimersByTimeAsync(1_000);
    void client.refetchQueries({ queryKey: KEY }, { cancelRefetch: true });
    await vi.advanceTimersByTimeAsync(0);
    const state = client.getQueryState(KEY);
    expect(state?.fetchFailureCount).toBe(0);
    expect(state?.status).toBe('success');
    for (const ms of [1_000, 30_000, 60_000]) {
      await vi.advanceTimersByTimeAsync(ms);
      expect(recorder.freshness(HASH)).toMatchObject({ kind: 'stale', why: 'failed', readAt });
    }
    // The answer comes at last.
    while (reads.waiting > 1) reads.fail(new Error('superseded'));
    reads.answer(['b']);
    await vi.advanceTimersByTimeAsync(0);
    expect(recorder.freshness(HASH)).toEqual({ kind: 'fresh', readAt: Date.now() });
  });

  it('turns stale when a read goes unanswered for the patience, and tells its listeners', async () => {
    const recorder = readHistoryRecorder(client, PATIENCE);
    const reads = controlledReads();
    await firstRead(reads);
    const readAt = Date.now();
    const listener = vi.fn();
    recorder.subscribe(HASH, listener);
    await vi.advanceTimersByTimeAsync(15_000);
    const waitingSince = Date.now();
    void client.query({ queryKey: KEY, queryFn: reads.queryFn, staleTime: 0 });
    await vi.advanceTimersByTimeAsync(PATIENCE - 1);
    expect(recorder.freshness(HASH)).toEqual({ kind: 'fresh', readAt });
    expect(listener).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(recorder.freshness(HASH)).toEqual({
      kind: 'stale',
      readAt,
      why: 'no-answer',
      since: waitingSince,
    });
    expect(listener).toHaveBeenCalledTimes(1);
    // Restarting the read does not make the wait start over.
    void client.refetchQueries({ queryKey: KEY }, { cancelRefetch: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(recorder.freshness(HASH)).toMatchObject({ why: 'no-answer', since: waitingSince });
    while (reads.waiting > 1) reads.fail(new Error('superseded'));
    reads.answer(['b']);
    await vi.advanceTimersByTimeAsync(0);
    expect(recorder.freshness(HASH)).toEqual({ kind: 'fresh', readAt: Date.now() });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('stops waiting when a read is cancelled and not started again', async () => {
    const recorder = readHistoryRecorder(client, PATIENCE);
    const reads = controlledReads();
    await firstRead(reads);
    const readAt = Date.now();
    void client
      .query({ queryKey: KEY, queryFn: reads.queryFn, staleTime: 0 })
      .catch(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(recorder.history(HASH).waitingSince).toBe(Date.now());
    await client.cancelQueries({ queryKey: KEY });
    expect(recorder.history(HASH).waitingSince).toBeNull();
    await vi.advanceTimersByTimeAsync(PATIENCE * 2);
    expect(recorder.freshness(HASH)).toEqual({ kind: 'fresh', readAt });
  });

  it('knows a failure that happened before anyone watched', async () => {
    const reads = controlledReads();
    await firstRead(reads);
    const readAt = Date.now();
    await vi.advanceTimersByTimeAsync(5_000);
    const failing = client.query({
      queryKey: KEY,
      queryFn: reads.queryFn,
      staleTime: 0,
      retry: false,
    });
    await vi.advanceTimersByTimeAsync(0);
    reads.fail(new Error('503'));
    await expect(failing).rejects.toThrow('503');
    const recorder = readHistoryRecorder(client, PATIENCE);
    expect(recorder.freshness(HASH)).toMatchObject({
      kind: 'stale',
      why: 'failed',
      readAt,
      since: Date.now(),
    });
  });

  it('counts the reads that failed in a row, which TanStack starts again at every read', async () => {
    const recorder = readHistoryRecorder(client, PATIENCE);
    const reads = controlledReads();
    // What the polls are told, as they are told it: when a read ends, by the query's observer.
    const told: number[] = [];
    const observer = new QueryObserver(client, {
      queryKey: KEY,
      queryFn: reads.queryFn,
      retry: 1,
      retryDelay: 1_000,
      refetchInterval: (query) => {
        told.push(recorder.failedReadsInARow(query));
        return false;
      },
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    reads.answer(['a']);
    await vi.advanceTimersByTimeAsync(0);
    expect(told.at(-1)).toBe(0);
    const failedRead = async () => {
      void observer.refetch();
      await vi.advanceTimersByTimeAsync(0);
      reads.fail(new Error('503'));
      await vi.advanceTimersByTimeAsync(1_000); // its one retry
      reads.fail(new Error('503'));
      await vi.advanceTimersByTimeAsync(0);
      return told.at(-1);
    };
    expect(await failedRead()).toBe(1);
    expect(await failedRead()).toBe(2);
    expect(await failedRead()).toBe(3);
    expect(client.getQueryState(KEY)?.fetchFailureCount).toBe(2);
    void observer.refetch();
    await vi.advanceTimersByTimeAsync(0);
    reads.answer(['b']);
    await vi.advanceTimersByTimeAsync(0);
    expect(told.at(-1)).toBe(0);
    expect(await failedRead()).toBe(1);
    unsubscribe();
  });

  it('is one recorder per query client', () => {
    expect(readHistoryRecorder(client)).toBe(readHistoryRecorder(client));
    expect(readHistoryRecorder(new QueryClient())).not.toBe(readHistoryRecorder(client));
  });
});
