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

/** Whether any element matching `selector` is outside the hidden cached views (usually the first one is). */
function anyShown(root: ParentNode, selector: string): boolean {
  const first = root.querySelector(selector);
  if (!first) return false;
  if (!first.closest(sel.hidden)) return true;
  for (const el of root.querySelectorAll(selector)) if (!el.closest(sel.hidden)) return true;
  return false;
}

/** Prefer elements not inside a hidden cached view; all of them when none is visible. */
function shown<T extends Element>(els: T[]): T[] {
  const visible = els.filter((el) => !el.closest(sel.hidden));
  return visible.length ? visible : els;
}

/** A message's person chips and label cells (outside its body), in document order. */
interface MessageParts {
  chips: Element[];
  labels: Element[];
}

/** What walkThread finds in the thread. */
interface ThreadParts {
  /** Messages (each id once, none inside another) with their id, and collapsed rows with '', in order. */
  items: [Element, string][];
  parts: Map<Element, MessageParts>;
}

/** The thread's messages and collapsed rows in document order; messages alone when it has no collapsed row. */
function itemsOf(root: ParentNode): Iterable<Element> {
  // One selector per query: a selector list is matched element by element, several times slower in a long thread.
  const collapsed = sel.collapsed.split(', ').some((one) => root.querySelector(one));
  return root.querySelectorAll(collapsed ? sel.item : sel.message);
}

/** Elements matching `selector` inside the message, none of them in one of its bodies. */
function outsideBodies(message: Element, selector: string, bodies: readonly Element[]): Element[] {
  const found = all(message, selector);
  return bodies.length ? found.filter((el) => !bodies.some((body) => body.contains(el))) : found;
}

/**
 * The thread's messages (each id once, none inside another) and collapsed rows in document order, and each
 * message's chips and labels: those under it in no message body.
 */
function walkThread(root: ParentNode): ThreadParts {
  const items: [Element, string][] = [];
  const parts = new Map<Element, MessageParts>();
  const ids = new Set<string>();
  const rootInMessage = root instanceof Element && root.closest(sel.message) !== null;
  let outer: Element | undefined;
  for (const el of itemsOf(root)) {
    const nested = rootInMessage || outer?.contains(el) === true;
    const isMessage = el.matches(sel.message);
    if (isMessage && !nested) outer = el;
    const id = cleanId(attr(el, 'data-message-id'));
    if (id) {
      if (!ids.has(id) && !nested) {
        ids.add(id);
        items.push([el, id]);
      }
    } else if (!nested && !isMessage && !el.querySelector(sel.message)) items.push([el, '']);
  }
  for (const [message, id] of items) {
    if (!id) continue;
    // Inside a message body (quoted), or the root is: nothing in it counts.
    if (message.closest(sel.body)) {
      parts.set(message, { chips: [], labels: [] });
      continue;
    }
    const bodies = all(message, sel.body);
    parts.set(message, {
      chips: outsideBodies(message, sel.person, bodies),
      labels: outsideBodies(message, sel.label, bodies),
    });
  }
  return { items, parts };
}

/**
 * Reads one message element: the sender (span.gD, else the first person chip), then recipients by role
 * from the details table's "to:"/"cc:"/"bcc:" rows, else the header's recipient chips as "to".
 */
function readMessage(
  m: Element,
  id: string,
  parts: MessageParts,
  add: (el: Element | undefined, role: PersonRole) => string,
): DetectedMessage {
  const { chips: people, labels } = parts;
  const fromEmail = add(people.find((el) => el.matches(sel.sender)) ?? people[0], 'from');
  const recipients: [PersonRole, Element[]][] = [];
  for (const cell of labels) {
    const role = /^(to|cc|bcc) ?:?$/.exec(textOf(cell).toLowerCase())?.[1] as PersonRole | undefined;
    const row = cell.closest('tr');
    // A row inside the message holds only the message's chips; one around it (unusual) is read as a whole.
    if (role && row)
      recipients.push([role, m.contains(row) ? people.filter((el) => row.contains(el)) : chips(row, sel.person)]);
  }
  if (!recipients.length) recipients.push(['to', people.filter((el) => el.matches(sel.recipient))]);
  const toEmails: string[] = [];
  for (const [role, els] of recipients) {
    for (const el of els) {
      const email = add(el, role);
      if (email && !toEmails.includes(email)) toEmails.push(email);
    }
  }
  return { id, fromEmail, toEmails, at: parseGmailDate(m.querySelector(sel.time)?.getAttribute('title')) };
}

/** The thread's own view: the nearest ancestor of the subject that holds messages, else the document. */
function threadView(doc: Document, subject: Element): ParentNode {
  for (let el = subject.parentElement; el; el = el.parentElement) if (el.querySelector(sel.item)) return el;
  return doc;
}

/**
 * The first thread subject outside the hidden cached views, else the first hidden one. Every subject is an h2:
 * a tag's live list is a fast scan of Gmail's large document (a selector list a slow one), and read item by
 * item, never by its length, it walks the document only as far as the subject on screen.
 */
function findSubject(doc: Document): { subjectEl: Element | undefined; shownSubject: boolean } {
  const headings = doc.getElementsByTagName('h2');
  let hidden: Element | undefined;
  for (let i = 0, el = headings.item(0); el; el = headings.item(++i)) {
    if (!el.matches(sel.subject)) continue;
    if (!el.closest(sel.hidden)) return { subjectEl: el, shownSubject: true };
    hidden ??= el;
  }
  return { subjectEl: hidden, shownSubject: false };
}

/** What the page shows at `url`: the open thread's subject, messages and people (the account excluded). */
export function readGmailThread(doc: Document, url: string): DetectedPage {
  const route = readGmailRoute(url);
  const account = readGmailAccount(doc);
  const people: DetectedPerson[] = [];
  const seen = new Set([account]);
  // The same few addresses appear on every message: each raw attribute is checked once per read.
  const cleaned = new Map<string, string>();
  /** Adds the chip's person (first role seen wins; the account left out); returns its address or ''. */
  const add = (el: Element | undefined, role: PersonRole): string => {
    const raw = el?.getAttribute('email') ?? '';
    let email = cleaned.get(raw);
    if (email === undefined) {
      email = cleanEmail(raw);
      cleaned.set(raw, email);
    }
    if (el && email && !seen.has(email)) {
      seen.add(email);
      people.push({ name: cleanText(attr(el, 'name')) || textOf(el) || localPart(email), email, role });
    }
    return email;
  };
  const { subjectEl, shownSubject } = findSubject(doc);
  const root = route.kind !== 'compose' && subjectEl ? threadView(doc, subjectEl) : doc;
  // Trust what is on screen as well as the address: a visible thread is a thread at any list URL.
  // Its messages are looked for in its own view first, in the whole document only when none is there.
  const threadOnScreen =
    route.kind !== 'compose' &&
    shownSubject &&
    (anyShown(root, sel.message) || (root !== doc && anyShown(doc, sel.message)));
  const kind = threadOnScreen ? 'thread' : route.kind;
  const page: DetectedPage = { site: 'gmail', kind, url, account, people, messages: [], problems: [] };

  if (kind === 'list') {
    for (const row of shown(all(doc, sel.row))) {
      for (const el of all(row, sel.person)) add(el, 'participant');
    }
  }
  if (kind !== 'thread') return page;

  const subject = textOf(subjectEl, 500);
  if (subject) page.subject = subject;
  const legacy = subjectEl?.closest(sel.threadId) ?? subjectEl?.parentElement?.querySelector(sel.threadId);
  const threadId = cleanId(attr(legacy, 'data-legacy-thread-id')) || (route.kind === 'thread' ? route.threadId : '');
  if (threadId) page.threadId = threadId;

  const { items, parts } = walkThread(root);
  let collapsed = 0;
  for (const [el, id] of items) {
    if (id) page.messages.push(readMessage(el, id, parts.get(el) ?? { chips: [], labels: [] }, add));
    // A collapsed row: its sender is a participant, but without an id it cannot be logged.
    else if (add(senderOf(el), 'from')) collapsed++;
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
