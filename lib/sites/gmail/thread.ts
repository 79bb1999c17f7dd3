/**
 * Gmail detection: Document in, people out. Pure reads (no DOM writes, no clock, no messaging),
 * small enough for the content script.
 */
import { attr, cleanEmail, cleanText, localPart, textOf } from '../dom';
import type { DetectedMessage, DetectedPage, DetectedPerson, PersonRole } from '../types';
import { readGmailAccount } from './account';
import { readGmailRoute } from './route';
import { sel } from './selectors';

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/**
 * Epoch ms (local time, as Gmail shows it) from a title such as "Mon, Nov 23, 2026, 10:15 AM" or
 * "23 Nov 2026, 10:15"; null when unreadable. Date.parse first, then a fallback for English month names
 * (engines differ in what Date.parse accepts, e.g. "Nov 23, 2026 at 10:15 PM").
 */
export function parseGmailDate(title: string | null | undefined): number | null {
  const s = cleanText(title, 100);
  const parsed = Date.parse(s);
  if (!Number.isNaN(parsed)) return parsed;
  const y = /(?<!\d)\d{4}(?!\d)/.exec(s);
  const d = /(?<![:\d])\d\d?(?![:\d])/.exec(s);
  const month = (s.toLowerCase().match(/\b[a-z]{3}/g) ?? []).map((w) => MONTHS.indexOf(w)).find((i) => i % 3 === 0);
  if (!y || !d || month === undefined) return null;
  const [, h = '0', min = '0', sec = '0', ap = ''] = /(\d\d?):(\d\d)(?::(\d\d))?(?:\s*([ap])\.?m\b)?/i.exec(s) ?? [];
  const hour = ap ? (+h % 12) + (/p/i.test(ap) ? 12 : 0) : +h;
  return new Date(+y[0], month / 3, +d[0], hour, +min, +sec).getTime();
}

/** A site id (message/thread): trimmed, bounded, no markup. */
const cleanId = (s: string): string => (/^[\w:#.-]{1,100}$/.test(s) ? s : '');

const all = (root: ParentNode, selector: string): Element[] => Array.from(root.querySelectorAll(selector));

/** Elements matching `selector` under `root`, ignoring anything inside a message body. */
const chips = (root: ParentNode, selector: string): Element[] =>
  all(root, selector).filter((el) => !el.closest(sel.body));

/** A message's or collapsed row's sender: span.gD / span.zF, else its first person chip. */
const senderOf = (el: Element): Element | undefined => chips(el, sel.sender)[0] ?? chips(el, sel.person)[0];

/** Prefer elements not inside a hidden cached view; all of them when none is visible. */
function shown<T extends Element>(els: T[]): T[] {
  const visible = els.filter((el) => !el.closest(sel.hidden));
  return visible.length ? visible : els;
}

/**
 * Reads one message element: the sender (span.gD, else the first person chip), then recipients by role
 * from the details table's "to:"/"cc:"/"bcc:" rows, else the header's recipient chips as "to".
 */
function readMessage(
  m: Element,
  id: string,
  add: (el: Element | undefined, role: PersonRole) => string,
): DetectedMessage {
  const fromEmail = add(senderOf(m), 'from');
  const recipients: [PersonRole, Element[]][] = [];
  for (const cell of chips(m, sel.label)) {
    const role = /^(to|cc|bcc) ?:?$/.exec(textOf(cell).toLowerCase())?.[1] as PersonRole | undefined;
    const row = cell.closest('tr');
    if (role && row) recipients.push([role, chips(row, sel.person)]);
  }
  if (!recipients.length) recipients.push(['to', chips(m, sel.recipient)]);
  const toEmails: string[] = [];
  for (const [role, els] of recipients) {
    for (const el of els) {
      const email = add(el, role);
      if (email && !toEmails.includes(email)) toEmails.push(email);
    }
  }
  return { id, fromEmail, toEmails, at: parseGmailDate(m.querySelector(sel.time)?.getAttribute('title')) };
}

/** What the page shows at `url`: the open thread's subject, messages and people (the account excluded). */
export function readGmailThread(doc: Document, url: string): DetectedPage {
  const route = readGmailRoute(url);
  const account = readGmailAccount(doc);
  const people: DetectedPerson[] = [];
  const seen = new Set([account]);
  /** Adds the chip's person (first role seen wins; the account left out); returns its address or ''. */
  const add = (el: Element | undefined, role: PersonRole): string => {
    const email = cleanEmail(el?.getAttribute('email'));
    if (el && email && !seen.has(email)) {
      seen.add(email);
      people.push({ name: cleanText(attr(el, 'name')) || textOf(el) || localPart(email), email, role });
    }
    return email;
  };
  const subjectEl = shown(all(doc, sel.subject))[0];
  // Trust what is on screen as well as the address: a visible thread is a thread at any list URL.
  const visible = (selector: string) => all(doc, selector).some((el) => !el.closest(sel.hidden));
  const threadOnScreen = route.kind !== 'compose' && visible(sel.subject) && visible(sel.message);
  const kind = threadOnScreen ? 'thread' : route.kind;
  const page: DetectedPage = { site: 'gmail', kind, url, account, people, messages: [], problems: [] };

  if (kind === 'list') {
    for (const row of shown(all(doc, sel.row))) {
      for (const el of all(row, sel.person)) add(el, 'participant');
    }
  }
  if (kind !== 'thread') return page;

  // The thread's own view: the nearest ancestor of the subject that holds messages.
  let root: ParentNode = doc;
  for (let el = subjectEl?.parentElement; el; el = el.parentElement) {
    if (el.querySelector(sel.item)) {
      root = el;
      break;
    }
  }
  const subject = textOf(subjectEl, 500);
  if (subject) page.subject = subject;
  const legacy = subjectEl?.closest(sel.threadId) ?? subjectEl?.parentElement?.querySelector(sel.threadId);
  const threadId = cleanId(attr(legacy, 'data-legacy-thread-id')) || (route.kind === 'thread' ? route.threadId : '');
  if (threadId) page.threadId = threadId;

  let collapsed = 0;
  const ids = new Set<string>();
  for (const el of all(root, sel.item)) {
    const id = cleanId(attr(el, 'data-message-id'));
    if (id) {
      if (!ids.has(id) && !el.parentElement?.closest(sel.message)) {
        ids.add(id);
        page.messages.push(readMessage(el, id, add));
      }
    } else if (!el.closest(sel.message) && !el.querySelector(sel.message)) {
      // A collapsed row: its sender is a participant, but without an id it cannot be logged.
      if (add(senderOf(el), 'from')) collapsed++;
    }
  }

  const flags: [unknown, string][] = [
    [!subject, 'subject-missing'],
    [!page.messages.length, 'messages-missing'],
    [collapsed, 'messages-collapsed'],
    [root.querySelector(sel.older), 'messages-hidden'],
    [page.messages.some((m) => !m.fromEmail), 'sender-missing'],
    [page.messages.some((m) => m.at === null), 'time-missing'],
    [!account, 'account-missing'],
  ];
  for (const [on, code] of flags) if (on) page.problems.push(`gmail.${code}`);
  return page;
}
