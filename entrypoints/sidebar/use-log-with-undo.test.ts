// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { type ComponentChildren, h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FeedbackContext, type UndoOffer } from '@/components/shell/feedback';
import { useLogWithUndo } from './use-log-with-undo';

const rpc = vi.hoisted(() => vi.fn());
vi.mock('@/lib/protocol/client', () => ({ rpc }));

let said: string[];
let offers: { text: string; offer: UndoOffer }[];
let failures: unknown[];
const onLogged = vi.fn(async () => undefined);
const wrapper = ({ children }: { children: ComponentChildren }) =>
  h(FeedbackContext.Provider, {
    value: {
      say: (text) => said.push(text),
      fail: (e) => failures.push(e),
      offerUndo: (text, offer) => offers.push({ text, offer }),
    },
    children,
  });

beforeEach(() => {
  said = [];
  offers = [];
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
    expect(offers.map((o) => o.text)).toEqual(['Logged 2']);
    expect(said).toEqual([]);

    await act(async () => {
      await offers[0]?.offer.undo();
    });
    expect(rpc).toHaveBeenCalledWith('interactions.undoLog', written);
    expect(onLogged).toHaveBeenCalledTimes(2);
    expect(offers[0]?.offer.undone).toBe('Log undone.');
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
    expect(said).toEqual(['Already logged']);
    expect(offers).toEqual([]);
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
    expect(said).toEqual([]);
    expect(offers).toEqual([]);
    expect(result.current.busy).toBe(false);
  });
});
