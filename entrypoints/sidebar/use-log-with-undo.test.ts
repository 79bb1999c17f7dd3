// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { type ComponentChildren, h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ToastMessage } from '@/components/Toast';
import { ActionsProvider } from './actions';
import { useLogWithUndo } from './use-log-with-undo';

const rpc = vi.hoisted(() => vi.fn());
vi.mock('@/lib/protocol/client', () => ({ rpc }));

let toasts: { text: string; extra?: Partial<ToastMessage> }[];
let failures: unknown[];
const onLogged = vi.fn(async () => undefined);
const wrapper = ({ children }: { children: ComponentChildren }) =>
  h(ActionsProvider, {
    value: { show: (text, extra) => toasts.push({ text, ...(extra ? { extra } : {}) }), fail: (e) => failures.push(e) },
    children,
  });

beforeEach(() => {
  toasts = [];
  failures = [];
  rpc.mockReset();
  onLogged.mockClear();
});

describe('logging with undo', () => {
  it('refreshes, says what was logged, and Undo takes back exactly those writes', async () => {
    const { result } = renderHook(() => useLogWithUndo(onLogged), { wrapper });
    const written = { interactionIds: ['i1', 'i2'], createdContactIds: ['c1'] };
    await act(() =>
      result.current.log(
        async () => written,
        (r) => `Logged ${r.interactionIds.length}`,
      ),
    );
    expect(onLogged).toHaveBeenCalledTimes(1);
    expect(toasts.map((t) => t.text)).toEqual(['Logged 2']);

    await act(async () => toasts[0]?.extra?.undo?.());
    expect(rpc).toHaveBeenCalledWith('interactions.undoLog', written);
    expect(onLogged).toHaveBeenCalledTimes(2);
    expect(toasts.at(-1)?.text).toBe('Log undone.');
  });

  it('offers no Undo when nothing new was written', async () => {
    const { result } = renderHook(() => useLogWithUndo(onLogged), { wrapper });
    const nothing = { interactionIds: [], createdContactIds: [] };
    await act(() =>
      result.current.log(
        async () => nothing,
        () => 'Already logged',
      ),
    );
    expect(toasts).toEqual([{ text: 'Already logged' }]);
  });

  it('reports a refused log, and is ready again afterwards', async () => {
    const { result } = renderHook(() => useLogWithUndo(onLogged), { wrapper });
    const refused = new Error('storage-full');
    await act(() =>
      result.current.log(
        () => Promise.reject(refused),
        () => 'never shown',
      ),
    );
    expect(failures).toEqual([refused]);
    expect(toasts).toEqual([]);
    expect(result.current.busy).toBe(false);
  });
});
