/**
 * LinkedIn detection: Document + URL in, people out. Pure reads (no DOM writes, no clock, no messaging),
 * small enough for the content script. LinkedIn shows no addresses (except in a profile's contact-info
 * overlay), so people are keyed by their canonical profile URL.
 */
import { linkedInProfileUrl } from '../../identity/linkedin';
import { attr, textOf, uniqueByEmail } from '../dom';
import type { DetectedPage } from '../types';
import { headerPeople, type LinkedInMessage, readBubbles, readMessages } from './conversation';
import { readProfile } from './profile';
import { type LinkedInRoute, readLinkedInRoute } from './route';
import { sel } from './selectors';
import { all, firstOf, flag, nameIn, person, shownText } from './text';

export type { LinkedInMessage } from './conversation';

type Route<K extends LinkedInRoute['kind']> = Extract<LinkedInRoute, { kind: K }>;

function readThread(doc: Document, route: Route<'thread'>, page: DetectedPage): void {
  page.threadId = route.id;
  const root = doc.querySelector(sel.thread) ?? doc;
  const header = root.querySelector(sel.threadHeader);
  page.people.push(...headerPeople(header, textOf(header?.querySelector(sel.threadTitle))));
  page.messages = readMessages(root, route.id);
  if (!page.people.length) flag(page, 'participant-missing');
  if (!page.messages.length) flag(page, 'messages-missing');
  if (page.messages.some((m) => m.id.startsWith('li:'))) flag(page, 'message-ids-missing');
  if (page.messages.some((m) => !(m as LinkedInMessage).fromName)) flag(page, 'sender-missing');
  if (page.messages.some((m) => m.at === null)) flag(page, 'time-missing');
}

/**
 * People search results: each card's profile link and name, with the headline when shown. The 2026 layout names
 * the person in its lockup title link; older layouts are read from their links.
 */
function readSearch(doc: Document, page: DetectedPage): void {
  const peopleIn = (selector: string) => {
    const found = all(doc, selector).flatMap((r) => {
      if (r.parentElement?.closest(sel.result)) return [];
      const links = all(r, sel.profileLink);
      const url = linkedInProfileUrl(attr(links[0], 'href'));
      // The name link, not the picture's (aria-hidden, its text is "Status is online") nor a mutual connection's.
      const a =
        r.querySelector(sel.resultTitle) ??
        links.find(
          (l) => attr(l, 'aria-hidden') !== 'true' && nameIn(l) && linkedInProfileUrl(attr(l, 'href')) === url,
        );
      return person(nameIn(a), attr(a, 'href'), 'participant', textOf(r.querySelector(sel.resultHeadline))) ?? [];
    });
    return found.length > 0 && found;
  };
  const people = firstOf(page, 'results', {
    lockup: () => peopleIn(sel.result2026),
    entity: () => peopleIn(sel.result),
  });
  page.people = people ?? [];
  // Results drawn but none readable yet: a page still loading (or a changed layout), not an empty search.
  if (!people && doc.querySelector(`${sel.result2026},${sel.result}`)) flag(page, 'results-loading');
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
 * people listed. Company: no people; the organisation's name in `subject`. On any page: the chat windows open
 * over it, apart in `conversations`.
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
  } else if (kind === 'list' && !page.people.length && !page.problems.length) flag(page, 'people-missing');
  page.people = uniqueByEmail(page.people);
  const bubbles = readBubbles(doc);
  const open = bubbles.filter((b) => b.people.length);
  if (open.length) page.conversations = open;
  if (open.length < bubbles.length) flag(page, 'bubble-participant-missing');
  return page;
}
