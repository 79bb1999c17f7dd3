import * as z from 'zod/mini';
import { isPageEvent, isSentEvent } from '@/lib/protocol/events';
import type { ToSidebar } from '@/lib/protocol/sidebar-port';
import { DetectedPage, SentEmail } from '@/lib/schema/page';

/** Whom a page event is trusted from: our extension, in the top frame of the tab whose sidebar hears it. */
export interface Ours {
  extensionId: string;
  tabId: number | undefined;
}

type Sender = { id?: unknown; tab?: { id?: unknown }; frameId?: unknown } | null | undefined;

/** The content script of our extension in the top frame of the given tab. */
export function fromOurContentScript(sender: unknown, ours: Ours): boolean {
  const s = sender as Sender;
  return ours.tabId !== undefined && s?.id === ours.extensionId && s.tab?.id === ours.tabId && s.frameId === 0;
}

/** The page our tab's content script reports, parsed by its schema; null for anything else. */
export function pageFrom(message: unknown, sender: unknown, ours: Ours): z.infer<typeof DetectedPage> | null {
  if (!fromOurContentScript(sender, ours) || !isPageEvent(message)) return null;
  const parsed = z.safeParse(DetectedPage, message.page);
  return parsed.success ? parsed.data : null;
}

/** `ignored`: not a sent email from our tab, left unanswered; otherwise the email if it is valid. */
export type SentVerdict = 'ignored' | 'invalid' | { email: z.infer<typeof SentEmail> };

export function sentFrom(message: unknown, sender: unknown, ours: Ours): SentVerdict {
  if (!fromOurContentScript(sender, ours) || !isSentEvent(message)) return 'ignored';
  const parsed = z.safeParse(SentEmail, message.email);
  return parsed.success ? { email: parsed.data } : 'invalid';
}

type Listener = (message: unknown, sender: unknown, reply: (answer: unknown) => void) => false;

/** Hands an event to the sidebar of a tab; false when that tab has no sidebar listening. */
export type Deliver = (tabId: number, event: ToSidebar) => boolean;

/**
 * Passes what a top-frame content script reports (its page, an email it saw sent) to the sidebar of the same tab,
 * parsed by its schema; anything else, from anyone else, is dropped. A sent email is answered `true` only once a
 * sidebar has it (the content script retries otherwise), `false` when it is invalid.
 */
export function contentEventListener(extensionId: string, deliver: Deliver): Listener {
  return (message, sender, reply) => {
    const tabId = (sender as Sender)?.tab?.id;
    if (typeof tabId !== 'number') return false;
    const ours = { extensionId, tabId };
    const page = pageFrom(message, sender, ours);
    if (page) {
      deliver(tabId, { event: 'page', page });
      return false;
    }
    const verdict = sentFrom(message, sender, ours);
    if (verdict === 'invalid') reply(false);
    else if (verdict !== 'ignored' && deliver(tabId, { event: 'sent', email: verdict.email })) reply(true);
    return false;
  };
}
