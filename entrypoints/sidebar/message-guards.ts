import * as z from 'zod/mini';
import { isLoggedEvent, isPageEvent, isSentEvent } from '@/lib/protocol/events';
import { DetectedPage, SentEmail } from '@/lib/schema/page';

/** Whom the sidebar trusts: our extension, and for page events only the top frame of its own tab. */
export interface Ours {
  extensionId: string;
  tabId: number | undefined;
}

type Sender = { id?: unknown; tab?: { id?: unknown }; frameId?: unknown } | null | undefined;

/** The content script of our extension in the top frame of the sidebar's own tab. */
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

/** The background (our extension, in no tab) saying it logged a page from a keyboard shortcut. */
export function isLoggedNotice(message: unknown, sender: unknown, extensionId: string): boolean {
  const s = sender as Sender;
  return isLoggedEvent(message) && s?.id === extensionId && !s.tab;
}

type Listener = (message: unknown, sender: unknown, reply: (answer: unknown) => void) => false;

/** Shows the pages our tab reports; anything else is dropped. */
export function pageListener(ours: () => Ours, show: (page: z.infer<typeof DetectedPage>) => void): Listener {
  return (message, sender) => {
    const page = pageFrom(message, sender, ours());
    if (page) show(page);
    return false;
  };
}

/** Logs the sent emails our tab reports, answering whether each was valid (the content script retries otherwise). */
export function sentListener(ours: () => Ours, log: (email: z.infer<typeof SentEmail>) => void): Listener {
  return (message, sender, reply) => {
    const verdict = sentFrom(message, sender, ours());
    if (verdict === 'ignored') return false;
    reply(verdict !== 'invalid');
    if (verdict !== 'invalid') log(verdict.email);
    return false;
  };
}

export function loggedListener(extensionId: string, onLogged: () => void): Listener {
  return (message, sender) => {
    if (isLoggedNotice(message, sender, extensionId)) onLogged();
    return false;
  };
}
