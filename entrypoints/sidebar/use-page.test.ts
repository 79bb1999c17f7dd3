// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromSidebar, ToSidebar } from '@/lib/protocol/sidebar-port';
import type { DetectedPage } from '@/lib/sites/types';

/** The background's end of the sidebar's port: what the sidebar asks, and a way to answer. */
function fakePort() {
  const asked: FromSidebar[] = [];
  const listeners = new Set<(m: unknown) => void>();
  const say = (event: ToSidebar) => {
    for (const listener of listeners) listener(event);
  };
  vi.spyOn(browser.runtime, 'connect').mockImplementation(
    () =>
      ({
        postMessage: (m: FromSidebar) => asked.push(m),
        onMessage: { addListener: (l: (m: unknown) => void) => listeners.add(l) },
        onDisconnect: { addListener: () => undefined },
      }) as never,
  );
  return { asked, say };
}

const threadWith = (email: string): DetectedPage => ({
  site: 'gmail',
  kind: 'thread',
  url: `https://mail.google.com/mail/u/0/#inbox/${email}`,
  account: 'me@example.com',
  people: [{ name: email, email, role: 'from' }],
  messages: [],
  problems: [],
});

const lookups = (asked: FromSidebar[]) => asked.filter((m) => m.ask === 'rpc');
/** Lets the answer's promises settle, well within the wait for slow cards. */
const settle = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(1);
  });

describe('a new page in the sidebar', () => {
  let port: ReturnType<typeof fakePort>;
  let shown: () => string;

  beforeEach(async () => {
    vi.useFakeTimers();
    vi.resetModules();
    port = fakePort();
    const { usePage } = await import('./use-page');
    const { result } = renderHook(() => usePage());
    shown = () => {
      const state = result.current;
      return state.status === 'ready' ? (state.page.people[0]?.email ?? '') : state.status;
    };
    port.say({ event: 'ready', tabId: 7 });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('is drawn once its people’s cards have come, not before', async () => {
    await act(async () => port.say({ event: 'page', page: threadWith('ann@acme.example') }));
    expect(lookups(port.asked)).toHaveLength(1);
    expect(shown()).toBe('loading');
    await act(async () => port.say({ event: 'answer', id: 1, response: { ok: true, value: [null] } }));
    await settle();
    expect(shown()).toBe('ann@acme.example');
  });

  it('is drawn without its cards when they are slow to come', async () => {
    await act(async () => port.say({ event: 'page', page: threadWith('ann@acme.example') }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(20);
    });
    expect(shown()).toBe('loading');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(40);
    });
    expect(shown()).toBe('ann@acme.example');
  });

  it('is never drawn once a newer page has come, even if its cards come last', async () => {
    await act(async () => port.say({ event: 'page', page: threadWith('ann@acme.example') }));
    await act(async () => port.say({ event: 'page', page: threadWith('bob@acme.example') }));
    await act(async () => port.say({ event: 'answer', id: 2, response: { ok: true, value: [null] } }));
    await settle();
    expect(shown()).toBe('bob@acme.example');
    await act(async () => port.say({ event: 'answer', id: 1, response: { ok: true, value: [null] } }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(shown()).toBe('bob@acme.example');
  });

  it('keeps a page waiting for its cards when the content script stops answering', async () => {
    await act(async () => port.say({ event: 'page', page: threadWith('ann@acme.example') }));
    await act(async () => port.say({ event: 'page', page: null }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(shown()).toBe('ann@acme.example');
  });
});
