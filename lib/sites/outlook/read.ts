/**
 * Outlook on the web: the conversation in the reading pane. Pure reads, small enough for the content
 * script. People come from title/aria-label attributes holding addresses, grouped by "From:"/"To:"/"Cc:" blocks.
 */
import { attr, cleanEmail, cleanText, localPart, textOf } from '../dom';
import type { DetectedMessage, DetectedPage, DetectedPerson, PersonRole } from '../types';
import { sel } from './selectors';

const HOST = /^outlook\.(?:office|office365|live)\.com$/;
const ADDRESS = /[^\s<>;,"()]+@[^\s<>;,"()]+\.[^\s<>;,"()]+/;

/** The conversation id in /mail/<folder>/id/<id>, decoded; '' when the URL names none. */
export function readOutlookRoute(url: string): { mail: boolean; id: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { mail: false, id: '' };
  }
  if (!HOST.test(u.hostname) || !/^\/mail\b/.test(u.pathname)) return { mail: false, id: '' };
  let id = /\/id\/([^/]+)/.exec(u.pathname)?.[1] ?? '';
  try {
    id = decodeURIComponent(id);
  } catch {
    id = '';
  }
  return { mail: true, id: /^[\w=+/.-]{1,200}$/.test(id) ? id : '' };
}

/** "Tue 11/24/2026 8:30 AM" (US order, as Outlook shows it in English) → epoch ms, local time; else null. */
export function parseOutlookDate(s: string): number | null {
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d\d)(?:\s*([AP])M)?/i.exec(s);
  if (!m) return null;
  const [, mo = '', d = '', y = '', h = '', min = '', ap = ''] = m;
  const hour = ap ? (+h % 12) + (/p/i.test(ap) ? 12 : 0) : +h;
  return new Date(+y, +mo - 1, +d, hour, +min).getTime();
}

/** A person from an element whose title/aria-label holds "Name <address>", "Name address" or "address". */
function personIn(el: Element, role: PersonRole): DetectedPerson | null {
  const label = attr(el, 'title') || attr(el, 'aria-label');
  const email = cleanEmail(ADDRESS.exec(label)?.[0]);
  if (!email) return null;
  const shown = cleanText(label.replace(ADDRESS, '').replace(/[<>]/g, ''));
  const text = textOf(el)
    .replace(/<[^<>]*>$/, '')
    .trim();
  return { name: cleanText(shown || text) || localPart(email), email, role };
}

const ROLE: Record<string, PersonRole> = { from: 'from', to: 'to', cc: 'cc', bcc: 'bcc' };

export function readOutlookPage(doc: Document, url: string): DetectedPage {
  const route = readOutlookRoute(url);
  const account = cleanEmail(textOf(doc.querySelector(sel.account))) || null;
  const page: DetectedPage = { site: 'outlook', kind: 'none', url, account, people: [], messages: [], problems: [] };
  const pane = doc.querySelector(sel.pane);
  if (!route.mail) return page;
  const messages = pane ? Array.from(pane.querySelectorAll(sel.message)) : [];
  if (!pane || !messages.length) {
    page.kind = 'list';
    return page;
  }
  page.kind = 'thread';
  const threadId = route.id || attr(doc.querySelector(sel.selected), 'data-convid');
  if (threadId) page.threadId = threadId.slice(0, 200);
  const subject = textOf(pane.querySelector(sel.subject), 500);
  if (subject) page.subject = subject;
  const seen = new Set([account]);
  messages.forEach((m, n) => {
    const message: DetectedMessage = { id: '', fromEmail: '', toEmails: [], at: null };
    for (const block of m.querySelectorAll(sel.role)) {
      if (block.closest(sel.body)) continue;
      const role = ROLE[attr(block, 'aria-label').split(':')[0]?.toLowerCase() ?? ''] ?? 'to';
      for (const el of block.querySelectorAll(sel.person)) {
        const p = personIn(el, role);
        if (!p) continue;
        if (role === 'from') message.fromEmail ||= p.email;
        else if (!message.toEmails.includes(p.email)) message.toEmails.push(p.email);
        if (!seen.has(p.email)) {
          seen.add(p.email);
          page.people.push(p);
        }
      }
    }
    const time = m.querySelector(sel.time);
    message.at = parseOutlookDate(attr(time, 'title') || textOf(time));
    // No message ids on the page: the sender and time tell a conversation's messages apart.
    message.id = `${page.threadId ?? 'x'}|${message.fromEmail}|${message.at ?? n}`.slice(0, 300);
    if (message.at !== null && message.fromEmail) page.messages.push(message);
  });
  const flags: [unknown, string][] = [
    [!subject, 'subject-missing'],
    [!page.people.length, 'people-missing'],
    [page.messages.length < messages.length, 'time-missing'],
    [!account, 'account-missing'],
  ];
  for (const [on, code] of flags) if (on) page.problems.push(`outlook.${code}`);
  return page;
}
