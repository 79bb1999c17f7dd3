/**
 * Live team sync while a Rapport page is open: a `_changes` long-poll on the team database runs a sync
 * round as soon as a teammate's change lands, and a local write is pushed about a second after it. With
 * no page open the background's alarm takes over (a service worker may stop at any time, so nothing here
 * relies on a timer outliving it). Failures back off and resume by themselves.
 */
import type { TeamSyncStatus } from '../settings/team';
import { couch, type TeamServer } from './couch';

/** Under the ~30 s after which an idle service worker stops, and under most proxies' idle timeouts. */
export const LONG_POLL_MS = 20_000;
/** How long a local write waits before it is pushed: a burst of writes goes out in one round. */
export const PUSH_DELAY_MS = 1_000;
/**
 * The longest a local write waits, however busy the rep (every answered request counts as a possible
 * write): the team sees a change within seconds, not only once the rep pauses.
 */
export const PUSH_WAIT_MAX_MS = 2_000;
export const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

export interface FeedPosition {
  server: TeamServer;
  since: string;
}

export interface LiveSyncDeps {
  /** One sync round (one at a time), its outcome. */
  round(): Promise<TeamSyncStatus>;
  /** Where the team's changes feed was last read; undefined when no team is set up. */
  position(): Promise<FeedPosition | undefined>;
  /** Whether local writes wait in the outbox. */
  hasOutbox(): Promise<boolean>;
  /** Resolves true when the feed has changes after `since`, false when the wait timed out. */
  waitForChanges?(at: FeedPosition, signal: AbortSignal): Promise<boolean>;
  sleep?(ms: number, signal: AbortSignal): Promise<void>;
}

/** The long-poll itself: `GET /{db}/_changes?feed=longpoll`, answered at the first change or after the timeout. */
export async function waitForChanges(at: FeedPosition, signal: AbortSignal): Promise<boolean> {
  // The server may hold the line longer than asked (or drop it silently): give up a little later.
  const limit = AbortSignal.any([signal, AbortSignal.timeout(LONG_POLL_MS + 10_000)]);
  const feed = (await couch(
    at.server,
    `/_changes?feed=longpoll&since=${encodeURIComponent(at.since)}&timeout=${LONG_POLL_MS}&limit=1`,
    { signal: limit },
  )) as { results?: unknown[] };
  return (feed.results?.length ?? 0) > 0;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export interface LiveSync {
  /** A page connected (sidebar, dashboard, popup): the loop runs while at least one is. */
  pageOpened(): void;
  pageClosed(): void;
  /** Something may have been written locally: pushed shortly when the outbox holds anything. */
  wrote(): void;
  /** Settings changed or the network came back: a round now, the backoff forgotten. */
  wake(): void;
  /** Resolves when the loop has stopped (tests). */
  stopped(): Promise<void>;
}

export function createLiveSync(deps: LiveSyncDeps): LiveSync {
  const wait = deps.waitForChanges ?? waitForChanges;
  const pause = deps.sleep ?? sleep;
  let pages = 0;
  let loop: Promise<void> | undefined;
  let current = new AbortController();
  let needRound = true;
  let pushTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the first write not yet pushed must go at the latest. */
  let pushDue: number | undefined;

  async function run(): Promise<void> {
    let failures = 0;
    needRound = true;
    while (pages > 0) {
      current = new AbortController();
      const { signal } = current;
      try {
        if (needRound) {
          needRound = false;
          const status = await deps.round();
          if (status.state === 'off') return;
          if (status.state === 'failed') throw new Error(status.reason);
        }
        const at = await deps.position();
        if (!at) return;
        needRound = await wait(at, signal);
        failures = 0;
      } catch {
        // Woken on purpose (a page closed, settings changed, a write to push): go round at once.
        if (signal.aborted) continue;
        needRound = true;
        await pause(BACKOFF_MS[Math.min(failures++, BACKOFF_MS.length - 1)] ?? 30_000, signal);
      }
    }
  }

  function start(): void {
    if (loop || pages === 0) return;
    loop = run()
      .catch(() => undefined)
      .finally(() => {
        loop = undefined;
      });
  }

  function wake(): void {
    needRound = true;
    current.abort();
    start();
  }

  async function pushIfWaiting(): Promise<void> {
    if (!(await deps.hasOutbox())) return;
    if (loop) wake();
    else await deps.round();
  }

  return {
    pageOpened() {
      pages += 1;
      start();
    },
    pageClosed() {
      pages = Math.max(0, pages - 1);
      if (pages === 0) current.abort();
    },
    wrote() {
      const now = Date.now();
      pushDue ??= now + PUSH_WAIT_MAX_MS;
      clearTimeout(pushTimer);
      pushTimer = setTimeout(
        () => {
          pushDue = undefined;
          pushIfWaiting().catch(() => undefined);
        },
        Math.max(0, Math.min(PUSH_DELAY_MS, pushDue - now)),
      );
    },
    wake,
    async stopped() {
      await loop;
    },
  };
}
