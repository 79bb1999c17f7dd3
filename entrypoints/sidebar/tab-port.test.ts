import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromSidebar, ToSidebar } from '@/lib/protocol/sidebar-port';

/** A stand-in for the background's end of the port: records what the sidebar asks, says what we make it say. */
function fakePorts() {
  const opened: { name?: string; asked: FromSidebar[]; say(event: ToSidebar): void; drop(): void }[] = [];
  const connect = vi.fn((info?: { name?: string }) => {
    const onMessage = new Set<(m: unknown) => void>();
    const onDisconnect = new Set<() => void>();
    const entry = {
      name: info?.name,
      asked: [] as FromSidebar[],
      say: (event: ToSidebar) => {
        for (const l of onMessage) l(event);
      },
      drop: () => {
        for (const l of onDisconnect) l();
      },
    };
    opened.push(entry);
    return {
      postMessage: (m: FromSidebar) => entry.asked.push(m),
      onMessage: { addListener: (l: (m: unknown) => void) => onMessage.add(l) },
      onDisconnect: { addListener: (l: () => void) => onDisconnect.add(l) },
    };
  });
  return { opened, connect };
}

describe('the sidebar page, through its port', () => {
  let ports: ReturnType<typeof fakePorts>;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules();
    ports = fakePorts();
    vi.spyOn(browser.runtime, 'connect').mockImplementation(ports.connect as never);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  async function started() {
    const { watchOwnPage } = await import('./use-page');
    const seen: unknown[] = [];
    const { onTabEvent } = await import('./tab-port');
    onTabEvent((e) => seen.push(e));
    watchOwnPage();
    return seen;
  }

  it('is told its page with the welcome, without asking, and takes up a lost line again', async () => {
    const seen = await started();
    expect(ports.opened).toHaveLength(1);
    expect(ports.opened[0]?.name).toBe('sidebar');
    ports.opened[0]?.say({ event: 'ready', tabId: 3 });
    ports.opened[0]?.say({ event: 'page', page: null });
    expect(ports.opened[0]?.asked).toEqual([]);
    expect(seen).toEqual([
      { event: 'ready', tabId: 3 },
      { event: 'page', page: null },
    ]);
    ports.opened[0]?.drop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(ports.opened).toHaveLength(2);
    ports.opened[1]?.say({ event: 'ready', tabId: 3 });
    expect(ports.opened[1]?.asked).toEqual([]);
  });

  it('never connects again after a refusal, nor after a line that was never welcomed', async () => {
    await started();
    ports.opened[0]?.say({ event: 'refused' });
    ports.opened[0]?.drop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(ports.opened).toHaveLength(1);
  });

  it('asks the content script of its tab to collapse through the background', async () => {
    const { setCollapsedInPage } = await import('./use-page');
    await started();
    ports.opened[0]?.say({ event: 'ready', tabId: 3 });
    setCollapsedInPage(true);
    expect(ports.opened[0]?.asked).toEqual([{ ask: 'collapse', collapsed: true }]);
  });

  it('sends a read over the port and hands back its answer, or the refusal as an RpcError', async () => {
    const { portRpc } = await import('./tab-port');
    const { RpcError } = await import('@/lib/protocol/client');
    await started();
    ports.opened[0]?.say({ event: 'ready', tabId: 3 });
    const input = { account: null, people: [{ name: 'Ann', email: 'ann@acme.example' }] };
    const found = portRpc('contacts.lookup', input);
    const refused = portRpc('contacts.lookup', input);
    expect(ports.opened[0]?.asked).toEqual([
      { ask: 'rpc', id: 1, request: { rpc: 'contacts.lookup', input } },
      { ask: 'rpc', id: 2, request: { rpc: 'contacts.lookup', input } },
    ]);
    const error = { code: 'invalid-input' as const, message: 'no' };
    ports.opened[0]?.say({ event: 'answer', id: 2, response: { ok: false, error } });
    ports.opened[0]?.say({ event: 'answer', id: 1, response: { ok: true, value: ['card'] } });
    await expect(found).resolves.toEqual(['card']);
    await expect(refused).rejects.toBeInstanceOf(RpcError);
  });

  it('asks again as a runtime message when the line is lost before the answer', async () => {
    const sendMessage = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, value: ['from a message'] } as never);
    const { portRpc } = await import('./tab-port');
    await started();
    ports.opened[0]?.say({ event: 'ready', tabId: 3 });
    const found = portRpc('contacts.lookup', { account: null, people: [] });
    ports.opened[0]?.drop();
    await expect(found).resolves.toEqual(['from a message']);
    expect(sendMessage).toHaveBeenCalledWith({ rpc: 'contacts.lookup', input: { account: null, people: [] } });
  });
});
