/**
 * LinkedIn conversations: the full messaging page's open thread, and the chat windows ("bubbles") open over any
 * page. Both show the other person in a header and the messages below, with the same message markup.
 */
import { linkedInProfileUrl } from '../../identity/linkedin';
import { attr, textOf } from '../dom';
import type { DetectedConversation, DetectedMessage, DetectedPerson } from '../types';
import { sel } from './selectors';
import { all, nameIn, person } from './text';

/** A LinkedIn message: fromEmail is always ''; the sender's shown name says who wrote it (you or them). */
export interface LinkedInMessage extends DetectedMessage {
  fromName: string;
}

/**
 * More windows, people and messages than LinkedIn ever shows (the page schema's caps): a page forging more is read
 * no further, so what was read still reaches the sidebar.
 */
const MAX_BUBBLES = 10;
const MAX_PEOPLE = 50;
const MAX_MESSAGES = 1000;

/** The people a conversation header links to: one link is the title's person; several (a group) each by name. */
export function headerPeople(header: Element | null | undefined, title: string): DetectedPerson[] {
  const links = header ? all(header, sel.profileLink) : [];
  const one = new Set(links.map((a) => linkedInProfileUrl(attr(a, 'href')))).size === 1;
  return links.flatMap((a) => {
    const own = nameIn(a);
    return person(one ? title || own : own !== title ? own : '', attr(a, 'href'), 'participant') ?? [];
  });
}

/** A site id: bounded, no markup. */
const cleanId = (s: string): string => (/^[\w:(),=+.-]{1,300}$/.test(s) ? s : '');

/** Epoch ms from a datetime attribute, else from a day heading with a year and the shown time ("9:02 AM"). */
function timeOf(t: Element | null, day: string): number | null {
  const at = Date.parse(attr(t, 'datetime') || (/\d{4}/.test(day) ? `${day} ${textOf(t, 40)}` : ''));
  return t && !Number.isNaN(at) ? at : null;
}

/**
 * The messages under `root`, in order. Without LinkedIn's ids they get ids from their position under `key`
 * ("li:<key>:<n>"), which the log treats as no key at all.
 */
export function readMessages(root: ParentNode, key: string): LinkedInMessage[] {
  const urns = all(root, sel.messageUrn);
  let from = '';
  let day = '';
  let at: number | null = null;
  return (urns.length ? urns : all(root, sel.messageRow)).map((el, n) => {
    const scope = el.closest('li') ?? el;
    day = textOf(scope.querySelector(sel.day)) || day;
    const sender = textOf(scope.querySelector(sel.sender));
    // Only a group's first message shows its sender and time; the rest are theirs too.
    if (sender) [from, at] = [sender, timeOf(scope.querySelector(sel.time), day)];
    return {
      id: cleanId(attr(el, 'data-event-urn')) || `li:${key}:${n}`,
      fromEmail: '',
      toEmails: [],
      at,
      fromName: from,
    };
  });
}

/**
 * Every chat window open over the page: the person it is with (by the header's profile link, a member id) and
 * its visible messages. A window whose header names no profile has no people; the caller says so.
 */
export function readBubbles(doc: Document): DetectedConversation[] {
  return all(doc, sel.bubble)
    .slice(0, MAX_BUBBLES)
    .map((bubble) => {
      const header = bubble.querySelector(sel.bubbleHeader);
      // The name is the link's text, or beside the link in the header.
      const people = headerPeople(header, nameIn(header?.querySelector(sel.profileLink)) || nameIn(header));
      const id = people[0]?.profileUrl ?? '';
      return { id, people: people.slice(0, MAX_PEOPLE), messages: readMessages(bubble, id).slice(-MAX_MESSAGES) };
    });
}
