import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TeamSyncStatus } from '../settings/team';
import {
  BACKOFF_MS,
  createLiveSync,
  type FeedPosition,
  type LiveSyncDeps,
  PUSH_DELAY_MS,
  PUSH_WAIT_MAX_MS,
} from './live';

const AT: FeedPosition = {
  server: { url: 'http://127.0.0.1:1', database: 'team', username: '', password: '' },
  since: '5',
};
const ok: TeamSyncStatus = { state: 'ok', at: 1 };

/** A long-poll the test answers by hand; each wait is one pending promise, aborted with its signal. */
function feed() {
  const waiting: { resolve(changed: boolean): void; reject(error: unknown): void }[] = [];
  const wait = (_at: FeedPosition, signal: AbortSignal) =>
    new Promise<boolean>((resolve, reject) => {
      if (signal.aborted) return reject(new Error('aborted'));
      signal.addEventListener('abort', () => reject(new Error('aborted')));
      waiting.push({ resolve, reject });
    });
  return { waiting, wait };
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

function deps(over: Partial<LiveSyncDeps> = {}) {
  const f = feed();
  const sleep = vi.fn(async (_ms: number, _signal: AbortSignal) => undefined);
  const d = {
    round: vi.fn(async (): Promise<TeamSyncStatus> => ok),
    position: vi.fn(async () => AT),
    hasOutbox: vi.fn(async () => false),
    waitForChanges: f.wait,
    sleep,
    ...over,
  };
  return { d, f, sleep };
}

describe('live team sync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does nothing until a page opens, then catches up and long-polls', async () => {
    const { d, f } = deps();
    const live = createLiveSync(d);
    await settle();
    expect(d.round).not.toHaveBeenCalled();
    live.pageOpened();
    await settle();
    expect(d.round).toHaveBeenCalledTimes(1);
    expect(f.waiting).toHaveLength(1);
    live.pageClosed();
    await live.stopped();
  });

  it('runs a round when the feed reports changes, and not when it only timed out', async () => {
    const { d, f } = deps();
    const live = createLiveSync(d);
    live.pageOpened();
    await settle();
    f.waiting[0]?.resolve(false);
    await settle();
    expect(d.round).toHaveBeenCalledTimes(1);
    f.waiting[1]?.resolve(true);
    await settle();
    expect(d.round).toHaveBeenCalledTimes(2);
    expect(f.waiting).toHaveLength(3);
    live.pageClosed();
    await live.stopped();
  });

  it('stops when the last page closes and when no team is set up', async () => {
    const { d, f } = deps({ round: vi.fn(async (): Promise<TeamSyncStatus> => ({ state: 'off', at: 1 })) });
    const live = createLiveSync(d);
    live.pageOpened();
    await live.stopped();
    expect(f.waiting).toHaveLength(0);
    live.pageClosed();
  });

  it('backs off on failures, longer each time, and resumes by itself', async () => {
    let calls = 0;
    const round = vi.fn(async (): Promise<TeamSyncStatus> => {
      calls += 1;
      return calls <= 3 ? { state: 'failed', at: calls, reason: 'unreachable' } : ok;
    });
    const { d, f, sleep } = deps({ round });
    const live = createLiveSync(d);
    live.pageOpened();
    await settle();
    await settle();
    expect(round).toHaveBeenCalledTimes(4);
    expect(sleep.mock.calls.map((c) => c[0])).toEqual(BACKOFF_MS.slice(0, 3));
    expect(f.waiting).toHaveLength(1);
    live.pageClosed();
    await live.stopped();
  });

  it('pushes a local write about a second later, once for a burst', async () => {
    const { d } = deps({ hasOutbox: vi.fn(async () => true) });
    const live = createLiveSync(d);
    live.wrote();
    live.wrote();
    await vi.advanceTimersByTimeAsync(PUSH_DELAY_MS - 100);
    expect(d.round).not.toHaveBeenCalled();
    live.wrote();
    await vi.advanceTimersByTimeAsync(PUSH_DELAY_MS);
    expect(d.round).toHaveBeenCalledTimes(1);
  });

  it('a rep who never pauses still has their writes pushed within PUSH_WAIT_MAX_MS', async () => {
    const { d } = deps({ hasOutbox: vi.fn(async () => true) });
    const live = createLiveSync(d);
    for (let t = 0; t < PUSH_WAIT_MAX_MS + 100; t += 100) {
      live.wrote();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(d.round).toHaveBeenCalledTimes(1);
    // The next burst waits afresh.
    for (let t = 0; t < PUSH_WAIT_MAX_MS - 200; t += 100) {
      live.wrote();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(d.round).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(PUSH_DELAY_MS);
    expect(d.round).toHaveBeenCalledTimes(2);
  });

  it('a write with nothing in the outbox (a read) sends nothing', async () => {
    const { d } = deps();
    const live = createLiveSync(d);
    live.wrote();
    await vi.advanceTimersByTimeAsync(PUSH_DELAY_MS * 2);
    expect(d.round).not.toHaveBeenCalled();
  });

  it('a write while the long-poll waits interrupts it with a round', async () => {
    const { d, f } = deps({ hasOutbox: vi.fn(async () => true) });
    const live = createLiveSync(d);
    live.pageOpened();
    await settle();
    expect(d.round).toHaveBeenCalledTimes(1);
    live.wrote();
    await vi.advanceTimersByTimeAsync(PUSH_DELAY_MS);
    await settle();
    expect(d.round).toHaveBeenCalledTimes(2);
    expect(f.waiting).toHaveLength(2);
    live.pageClosed();
    await live.stopped();
  });
});
