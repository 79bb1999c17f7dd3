import type { Browser } from 'wxt/browser';
import type { CrmDb } from '@/lib/db/open';
import { readCheckpoint } from '@/lib/db/revisions/checkpoint';
import { anyWaiting } from '@/lib/db/revisions/outbox-floor';
import type { SyncedEvent } from '@/lib/protocol/events';
import { LIVE_PORT } from '@/lib/protocol/live-port';
import { SIDEBAR_PORT } from '@/lib/protocol/sidebar-port';
import { type TeamSyncStatus, teamSyncItem } from '@/lib/settings/team';
import { createLiveSync, type LiveSync } from '@/lib/sync/live';
import { replicationId } from '@/lib/sync/replicate';
import { serverOf, syncTeamNow } from '@/lib/sync/run';
import { sidebarTabOf } from './sidebar-ports';

type Port = Browser.runtime.Port;

/** Our pages that hold a port open: the live sync runs while there is one, and each hears `synced`. */
const pages = new Set<Port>();

/** Tells every open page, sidebars included, on its port: pages listen for no runtime message. */
function tellPages(at: number): void {
  const event: SyncedEvent = { event: 'synced', at };
  for (const port of pages) {
    try {
      port.postMessage(event);
    } catch {
      // Closed in the meantime: its onDisconnect removes it.
    }
  }
}

/** One sync round; open pages refresh what they show when the team's changes arrived. */
export async function syncAndTell(db: () => Promise<CrmDb>): Promise<TeamSyncStatus> {
  const status = await syncTeamNow(db);
  if (status.pulled) tellPages(status.at);
  return status;
}

/** Our dashboard or popup, or our sidebar framed in a tab; never a content script (its url is the site's). */
function isOurPage(port: Port, extensionId: string, ourOrigin: string): boolean {
  if (port.name === SIDEBAR_PORT)
    return sidebarTabOf(port.sender, extensionId, new URL(ourOrigin).protocol) !== undefined;
  return port.name === LIVE_PORT && port.sender?.id === extensionId && !!port.sender.url?.startsWith(ourOrigin);
}

/**
 * Team sync while a Rapport page is open (lib/sync/live.ts), wired to the pages' ports, the team
 * settings and the network. Returns the loop, told of local writes by the router.
 */
export function serveLiveSync(db: () => Promise<CrmDb>): LiveSync {
  const live = createLiveSync({
    round: () => syncAndTell(db),
    async position() {
      const settings = await teamSyncItem.getValue();
      if (!settings.enabled || !settings.url) return undefined;
      const server = serverOf(settings);
      const book = await db();
      const checkpoint = await readCheckpoint(book, await replicationId(book, server));
      return { server, since: checkpoint?.pulledSince ?? 'now' };
    },
    async hasOutbox() {
      return anyWaiting(await db());
    },
  });
  const extensionId = browser.runtime.id;
  const ourOrigin = browser.runtime.getURL('/');
  browser.runtime.onConnect.addListener((port) => {
    if (!isOurPage(port, extensionId, ourOrigin)) return;
    pages.add(port);
    live.pageOpened();
    port.onDisconnect.addListener(() => {
      pages.delete(port);
      live.pageClosed();
    });
  });
  teamSyncItem.watch(() => live.wake());
  globalThis.addEventListener?.('online', () => live.wake());
  return live;
}
