import { useEffect, useState } from 'preact/hooks';
import { isSyncedEvent } from '@/lib/protocol/events';
import { LIVE_PORT } from '@/lib/protocol/live-port';

/** Wait before connecting again after the background stopped (a service worker may stop at any time). */
const RECONNECT_MS = 500;

const listeners = new Set<() => void>();
let lastAt = -1;

/** Changes from the team arrived: every open view that follows them reads again (once per round). */
export function announceSynced(at: number): void {
  if (at === lastAt) return;
  lastAt = at;
  for (const listener of listeners) listener();
}

/** Follows the team's arriving changes; returns the way to stop. */
export function onSynced(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** A number that grows each time the team's changes arrive: a key for views that read once on mount. */
export function useSyncedEpoch(): number {
  const [epoch, setEpoch] = useState(0);
  useEffect(() => onSynced(() => setEpoch((n) => n + 1)), []);
  return epoch;
}

/**
 * Holds the page's live port open while it is shown (the dashboard, the popup): team sync stays live
 * meanwhile, and `synced` events arrive on it. Connects again when the background restarts.
 */
export function useLivePort(): void {
  useEffect(() => {
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      port = browser.runtime.connect({ name: LIVE_PORT });
      port.onMessage.addListener((message: unknown) => {
        if (isSyncedEvent(message)) announceSynced(message.at);
      });
      port.onDisconnect.addListener(() => {
        port = undefined;
        if (!closed) timer = setTimeout(connect, RECONNECT_MS);
      });
    };
    connect();
    return () => {
      closed = true;
      clearTimeout(timer);
      port?.disconnect();
    };
  }, []);
}
