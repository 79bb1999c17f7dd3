// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRpc } from './use-rpc';

/** An answer the test hands over when it chooses. */
function deferred<T>() {
  let settle: { resolve(value: T): void; reject(error: unknown): void } = { resolve: () => {}, reject: () => {} };
  const promise = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

afterEach(() => vi.useRealTimers());

describe('asking the background, newest answer wins', () => {
  it('keeps the answer to the newest key when an older answer arrives after it', async () => {
    const slow = deferred<string>();
    const ask = vi.fn((key: string) => (key === 'ann' ? slow.promise : Promise.resolve(`answer for ${key}`)));
    const { result, rerender } = renderHook(({ key }) => useRpc(() => ask(key), key), { initialProps: { key: 'ann' } });
    expect(result.current.loaded).toEqual({ state: 'loading' });
    rerender({ key: 'bob' });
    await waitFor(() => expect(result.current.value).toBe('answer for bob'));
    await act(async () => slow.resolve('answer for ann'));
    expect(result.current.loaded).toEqual({ state: 'ready', value: 'answer for bob' });
  });

  it('keeps the newest reload when an earlier one answers later, and reload resolves once shown', async () => {
    const answers = [deferred<number>(), deferred<number>(), deferred<number>()];
    let asked = 0;
    const { result } = renderHook(() =>
      useRpc(() => (answers[asked++] as ReturnType<typeof deferred<number>>).promise, 'k'),
    );
    let first: Promise<void> = Promise.resolve();
    let second: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.reload();
      second = result.current.reload();
    });
    await act(async () => {
      answers[2]?.resolve(3);
      await second;
    });
    expect(result.current.value).toBe(3);
    await act(async () => {
      answers[1]?.resolve(2);
      answers[0]?.resolve(1);
      await first;
    });
    expect(result.current.value).toBe(3);
  });

  it('keeps the last answer after a failure, says why, and clears the failure on the next answer', async () => {
    const ask = vi.fn<() => Promise<string>>().mockResolvedValueOnce('first');
    const { result } = renderHook(() => useRpc(ask, 'k'));
    await waitFor(() => expect(result.current.value).toBe('first'));
    const refused = new Error('refused');
    ask.mockRejectedValueOnce(refused);
    await act(() => result.current.reload());
    expect(result.current.loaded).toEqual({ state: 'failed', error: refused });
    expect(result.current.value).toBe('first');
    expect(result.current.error).toBe(refused);
    ask.mockResolvedValueOnce('second');
    await act(() => result.current.reload());
    expect(result.current.loaded).toEqual({ state: 'ready', value: 'second' });
    expect(result.current.error).toBeNull();
  });

  it('drops an answer that arrives after the page is gone', async () => {
    const slow = deferred<string>();
    const { result, unmount } = renderHook(() => useRpc(() => slow.promise, 'k'));
    unmount();
    await act(async () => slow.resolve('late'));
    expect(result.current.loaded).toEqual({ state: 'loading' });
  });

  it('with a wait, asks only for the key that stayed that long', async () => {
    vi.useFakeTimers();
    const ask = vi.fn(async (key: string) => key.toUpperCase());
    const { result, rerender } = renderHook(({ key }) => useRpc(() => ask(key), key, { wait: 100 }), {
      initialProps: { key: 'a' },
    });
    rerender({ key: 'ab' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(50);
    });
    rerender({ key: 'abc' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(ask.mock.calls).toEqual([['abc']]);
    expect(result.current.value).toBe('ABC');
  });
});
