import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSearchText } from './use-search-text';

describe('the search text', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the text to the address once typing pauses', () => {
    const write = vi.fn();
    const { result } = renderHook(({ url }) => useSearchText(url, write), {
      initialProps: { url: '' },
    });
    act(() => {
      result.current[1]('lu');
    });
    expect(write).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(write).toHaveBeenCalledWith('lu');
  });

  it('keeps letters typed while its own write reaches the address', () => {
    const write = vi.fn();
    const { result, rerender } = renderHook(({ url }) => useSearchText(url, write), {
      initialProps: { url: '' },
    });
    act(() => {
      result.current[1]('lu');
    });
    act(() => {
      vi.advanceTimersByTime(300);
    });
    // On a busy machine the user types on before the address has taken "lu".
    act(() => {
      result.current[1]('lun');
    });
    rerender({ url: 'lu' });
    expect(result.current[0]).toBe('lun');
  });

  it('takes a text that comes from the address (back, forward, a link)', () => {
    const { result, rerender } = renderHook(({ url }) => useSearchText(url, vi.fn()), {
      initialProps: { url: 'lung' },
    });
    rerender({ url: 'mitk' });
    expect(result.current[0]).toBe('mitk');
  });
});
