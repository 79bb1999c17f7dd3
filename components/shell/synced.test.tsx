// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { announceSynced, useSyncedEpoch } from './synced';
import { useRpc } from './use-rpc';

describe("the team's changes arriving", () => {
  it('every view asking through useRpc reads again, once per round', async () => {
    let n = 0;
    const ask = vi.fn(async () => ++n);
    const { result } = renderHook(() => useRpc(ask, 'contact'));
    await waitFor(() => expect(result.current.value).toBe(1));
    act(() => announceSynced(1000));
    await waitFor(() => expect(result.current.value).toBe(2));
    // The same round heard twice (its port and a broadcast) is read once.
    act(() => announceSynced(1000));
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('views that read once on mount get a new key', () => {
    const { result } = renderHook(() => useSyncedEpoch());
    expect(result.current).toBe(0);
    act(() => announceSynced(2000));
    expect(result.current).toBe(1);
  });
});
