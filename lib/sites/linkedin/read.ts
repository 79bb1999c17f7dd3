/**
 * LinkedIn detection: Document + URL in, people out. Pure reads (no DOM writes, no clock, no messaging),
 * small enough for the content script. LinkedIn shows no addresses (except in a profile's contact-info
 * overlay), so people are keyed by their canonical profile URL.
 */
import { linkedInProfileUrl, normaliseLinkedInSlug } from '../../identity/linkedin';
import { attr, cleanEmail, cleanText, textOf, uniqueByEmail } from '../dom';
import type { DetectedMessage, DetectedPage, DetectedPerson, PersonRole } from '../types';
import { type LinkedInRoute, readLinkedInRoute } from './route';
import { sel } from './selectors';

/** A LinkedIn message: fromEmail is always ''; the sender's shown name says who wrote it (you or them). */
export interface LinkedInMessage extends DetectedMessage {
  fromName: string;
}

type Route<K extends LinkedInRoute['kind']> = Extract<LinkedInRoute, { kind: K }>;

const all = (root: ParentNode, selector: string): Element[] => Array.from(root.querySelectorAll(selector));

const flag = (page: DetectedPage, code: string): void => void page.problems.push(`linkedin.${code}`);

/** The visible copy of an element's text (LinkedIn repeats text for screen readers), else all of it. */
const shownText = (el: Element | null | undefined): string => textOf(el?.querySelector(sel.visible)) || textOf(el);

/** A name as shown, without a screen-reader "View X's profile" or a degree badge ("• 2nd"). */
const nameIn = (el: Element | null | undefined): string =>
  cleanText(
    shownText(el)
      .replace(/^(.+?) ?View \1['’]s profile/, '$1')
      .replace(/^View (.+)['’]s profile$/, '$1')
      .replace(/\s*(?:[•·]\s*(?:1st|2nd|3rd\+?)|(?:1st|2nd|3rd\+?) degree connection)(?:\s.*)?$/, ''),
  );

/** A person at a canonical profile URL; null without a name or a profile link. */
function person(name: string, href: string, role: PersonRole, title = '', company = ''): DetectedPerson | null {
  const profileUrl = linkedInProfileUrl(href);
  if (!name || !profileUrl) return null;
  const p: DetectedPerson = { name, email: '', role, profileUrl };
  if (company) p.company = company;
  if (title && title !== name) p.title = title;
  return p;
}

/**
 * The text of the first block (div/p) after the name's own block: the headline in builds whose classes are
 * hashed. '' when that block holds links or buttons (then it is not the headline).
 */
function blockAfter(h1: Element): string {
  for (let el: Element | null = h1, up = 0; el && up < 4 && !el.matches('main, section'); el = el.parentElement) {
    let next = el.nextElementSibling;
    while (next && !/^(?:DIV|P)$/.test(next.tagName)) next = next.nextElementSibling;
    if (next) return next.querySelector('a, button, h1, h2') ? '' : textOf(next);
    up++;
  }
  return '';
}

function readProfile(doc: Document, route: Route<'profile'>, page: DetectedPage): void {
  const h1 = all(doc, sel.name).find((h) => textOf(h));
  if (!h1) {
    flag(page, 'name-missing');
    return;
  }
  // After history navigation the previous page can still be on screen. Links into the profile's own
  // sub-pages (overlays, details, activity) must name the URL's slug; a member-id URL (/in/ACoAA…) cannot be
  // compared with the vanity slug in those links, so there they must all name one profile (and its vanity
  // slug, the stable key, is used).
  const slugs = all(doc, sel.ownLink).flatMap((a) => normaliseLinkedInSlug(attr(a, 'href')) ?? []);
  const slug = slugs.includes(route.slug)
    ? route.slug
    : /^ACo/.test(route.slug) && slugs.every((s) => s === slugs[0]) && slugs[0];
  if (!slug) {
    flag(page, slugs.length ? 'page-stale' : 'profile-unconfirmed');
    return;
  }
  const label = cleanText(attr(doc.querySelector(sel.company), 'aria-label'), 300);
  const company = /^Current company: (.+?)(?:\. Click\b.*)?$/.exec(label)?.[1] ?? '';
  const p = person(textOf(h1), slug, 'profile', textOf(doc.querySelector(sel.headline)) || blockAfter(h1));
  if (!p) return;
  if (company) p.company = cleanText(company);
  if (route.overlay === 'contact-info') {
    const mailto = attr(doc.querySelector(sel.email), 'href').slice(7).split('?')[0] ?? '';
    try {
      p.email = cleanEmail(decodeURIComponent(mailto));
    } catch {}
  }
  page.people.push(p);
}

/** A site id: bounded, no markup. */
const cleanId = (s: string): string => (/^[\w:(),=+.-]{1,300}$/.test(s) ? s : '');

/** Epoch ms from a datetime attribute, else from a day heading with a year and the shown time ("9:02 AM"). */
function timeOf(t: Element | null, day: string): number | null {
  const at = Date.parse(attr(t, 'datetime') || (/\d{4}/.test(day) ? `${day} ${textOf(t, 40)}` : ''));
  return t && !Number.isNaN(at) ? at : null;
}

function readThread(doc: Document, route: Route<'thread'>, page: DetectedPage): void {
  page.threadId = route.id;
  const root = doc.querySelector(sel.thread) ?? doc;
  const header = root.querySelector(sel.threadHeader);
  const title = textOf(header?.querySelector(sel.threadTitle));
  const links = header ? all(header, sel.profileLink) : [];
  // One profile behind the header: it is the title's. Several (a group): each link named apart from the title.
  const one = new Set(links.map((a) => linkedInProfileUrl(attr(a, 'href')))).size === 1;
  for (const a of links) {
    const own = nameIn(a);
    const p = person(one ? title || own : own !== title ? own : '', attr(a, 'href'), 'participant');
    if (p) page.people.push(p);
  }

  const urns = all(root, sel.messageUrn);
  let from = '';
  let day = '';
  let at: number | null = null;
  let indexIds = 0;
  (urns.length ? urns : all(root, sel.messageRow)).forEach((el, n) => {
    const scope = el.closest('li') ?? el;
    day = textOf(scope.querySelector(sel.day)) || day;
    const sender = textOf(scope.querySelector(sel.sender));
    // Only a group's first message shows its sender and time; the rest are theirs too.
    if (sender) [from, at] = [sender, timeOf(scope.querySelector(sel.time), day)];
    let id = cleanId(attr(el, 'data-event-urn'));
    if (!id) [id, indexIds] = [`li:${route.id}:${n}`, indexIds + 1];
    const message: LinkedInMessage = { id, fromEmail: '', toEmails: [], at, fromName: from };
    page.messages.push(message);
  });

  if (!page.people.length) flag(page, 'participant-missing');
  if (!page.messages.length) flag(page, 'messages-missing');
  if (indexIds) flag(page, 'message-ids-missing');
  if (page.messages.some((m) => !(m as LinkedInMessage).fromName)) flag(page, 'sender-missing');
  if (page.messages.some((m) => m.at === null)) flag(page, 'time-missing');
}

/** People search results: each card's profile link and name, with the headline when shown. */
function readSearch(doc: Document, page: DetectedPage): void {
  for (const r of all(doc, sel.result)) {
    if (r.parentElement?.closest(sel.result)) continue;
    const links = all(r, sel.profileLink);
    const url = linkedInProfileUrl(attr(links[0], 'href'));
    // The name link, not the picture's (aria-hidden, its text is "Status is online") nor a mutual connection's.
    const a = links.find(
      (l) => attr(l, 'aria-hidden') !== 'true' && nameIn(l) && linkedInProfileUrl(attr(l, 'href')) === url,
    );
    const p = person(nameIn(a), attr(a, 'href'), 'participant', textOf(r.querySelector(sel.resultHeadline)));
    if (p) page.people.push(p);
  }
}

/** Feed posts: each author who is a member (company authors have no /in/ link). */
function readFeed(doc: Document, page: DetectedPage): void {
  for (const actor of all(doc, `${sel.post} ${sel.actor}`)) {
    const link = actor.querySelector(sel.profileLink);
    const title = shownText(actor.querySelector(sel.actorTitle));
    const p = person(nameIn(actor.querySelector(sel.actorName)), attr(link, 'href'), 'participant', title);
    if (p) page.people.push(p);
  }
}

/**
 * What the LinkedIn page at `url` shows. Profile: the member (role 'profile', email only from the open
 * contact-info overlay). Messaging thread: the other participant(s) and the messages. Search and feed: the
 * people listed. Company: no people; the organisation's name in `subject`.
 */
export function readLinkedInPage(doc: Document, url: string): DetectedPage {
  const route = readLinkedInRoute(url);
  const kind = route.kind === 'profile' || route.kind === 'thread' || route.kind === 'none' ? route.kind : 'list';
  const page: DetectedPage = { site: 'linkedin', kind, url, account: null, people: [], messages: [], problems: [] };
  if (route.kind === 'profile') readProfile(doc, route, page);
  if (route.kind === 'thread') readThread(doc, route, page);
  if (route.kind === 'search') readSearch(doc, page);
  if (route.kind === 'feed') readFeed(doc, page);
  if (route.kind === 'company') {
    const name = textOf(all(doc, sel.name).find((h) => textOf(h)));
    if (name) {
      page.subject = name;
      page.organisation = { name, url: `https://www.linkedin.com/company/${encodeURIComponent(route.slug)}/` };
    } else flag(page, 'organisation-missing');
  } else if (kind === 'list' && !page.people.length) flag(page, 'people-missing');
  page.people = uniqueByEmail(page.people);
  return page;
}
