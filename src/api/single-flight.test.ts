import { describe, expect, it } from 'vitest';
import { singleFlight } from './single-flight';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('singleFlight', () => {
  it('lets concurrent callers share one call, and starts a new one afterwards', async () => {
    let calls = 0;
    const gate = deferred<string>();
    const shared = singleFlight(() => {
      calls += 1;
      return gate.promise;
    });
    const a = shared();
    const b = shared();
    gate.resolve('rows');
    expect(await Promise.all([a, b])).toEqual(['rows', 'rows']);
    expect(calls).toBe(1);
    void shared();
    expect(calls).toBe(2);
  });

  it('aborts the shared call only when every caller has given up', async () => {
    let signal: AbortSignal | null = null;
    const shared = singleFlight((s) => {
      signal = s;
      return new Promise<string>(() => undefined);
    });
    const one = new AbortController();
    const two = new AbortController();
    const a = shared(one.signal);
    const b = shared(two.signal);
    one.abort(new DOMException('gone', 'AbortError'));
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    expect((signal as AbortSignal | null)?.aborted).toBe(false);
    two.abort(new DOMException('gone', 'AbortError'));
    await expect(b).rejects.toMatchObject({ name: 'AbortError' });
    expect((signal as AbortSignal | null)?.aborted).toBe(true);
  });
});
