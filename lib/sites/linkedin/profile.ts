/**
 * A LinkedIn profile in any of its layouts (classic, hashed classes, server-driven). The URL's slug is the identity;
 * each field is read by named strategies in order, and the one that matched is recorded for site health.
 */
import { normaliseLinkedInSlug } from '../../identity/linkedin';
import { attr, cleanEmail, cleanText, textOf } from '../dom';
import type { DetectedPage } from '../types';
import type { LinkedInRoute } from './route';
import { sel } from './selectors';
import { all, firstOf, flag, person } from './text';

type ProfileRoute = Extract<LinkedInRoute, { kind: 'profile' }>;

const isMemberId = (slug: string) => /^ACo/.test(slug);

/** The profile a heading's link is bound to: the server-driven componentkey's slug, else the href's. */
function slugOf(heading: Element): string | null {
  const a = heading.closest('a');
  const key = /^ProfileVerificationTriggerRef-(.+)/.exec(attr(a, 'componentkey'))?.[1];
  return normaliseLinkedInSlug(key ?? attr(a, 'href'));
}

/**
 * The text of the first block (div/p) after the name's own block: the headline in builds whose classes are
 * hashed. '' when that block holds links or buttons (then it is not the headline).
 */
function blockAfter(heading: Element): string {
  for (let el: Element | null = heading, up = 0; el && up < 4 && !el.matches(`section,main,${sel.serverCard}`); up++) {
    let next = el.nextElementSibling;
    while (next && !/^(?:DIV|P)$/.test(next.tagName)) next = next.nextElementSibling;
    if (next) return next.querySelector('a, button, h1, h2') ? '' : textOf(next);
    el = el.parentElement;
  }
  return '';
}

/**
 * The name's heading and the slug it proves. Only a heading bound to the URL's slug proves the profile by itself;
 * the others need the page's own sub-page links to name the slug (after history navigation the previous profile
 * can still be on screen). A heading in an aside (recommendations) never counts.
 */
function findName(doc: Document, route: ProfileRoute, page: DetectedPage): [Element, string] | null {
  const shown = (h: Element) => textOf(h) && !h.closest('aside');
  const first = (selector: string) => all(doc, selector).find(shown);
  // In the server-driven layout only its top card counts: recommendations use the same anchors, in main too.
  const server = doc.querySelector(sel.serverCard);
  const bound = all(doc, sel.boundHeading).filter((h) => shown(h) && h.closest(server ? sel.serverCard : 'main'));
  const proof =
    bound.find((h) => slugOf(h) === route.slug) ??
    // A member-id URL (/in/ACoAA…): the one top-card heading names the profile, keyed by its vanity slug.
    (server && isMemberId(route.slug) && bound.length === 1 ? bound[0] : undefined);
  const heading = firstOf(page, 'name', {
    slug: () => proof,
    h1: () => first(sel.name),
    card: () => first(sel.cardHeading),
  });
  if (!heading) {
    flag(page, 'name-missing');
    return null;
  }
  const proven = heading === proof && slugOf(heading);
  if (proven) return [heading, proven];
  // A member-id URL cannot be compared with the vanity slug in those links: they must all name one profile.
  const slugs = all(doc, sel.ownLink).flatMap((a) => normaliseLinkedInSlug(attr(a, 'href')) ?? []);
  const own = slugs.includes(route.slug)
    ? route.slug
    : isMemberId(route.slug) && slugs.every((s) => s === slugs[0]) && slugs[0];
  if (own) return [heading, own];
  flag(page, slugs.length ? 'page-stale' : 'profile-unconfirmed');
  return null;
}

export function readProfile(doc: Document, route: ProfileRoute, page: DetectedPage): void {
  const found = findName(doc, route, page);
  if (!found) return;
  const [heading, slug] = found;
  // Headline and company come from the card that holds the name, never from another part of the page.
  const card = heading.closest(`${sel.serverCard},main`) ?? doc;
  const headline = firstOf(page, 'headline', {
    classic: () => textOf(card.querySelector(sel.headline)),
    'after-name': () => blockAfter(heading),
  });
  const company = firstOf(page, 'company', {
    label: () =>
      /^Current company: (.+?)(?:\. Click\b.*)?$/.exec(
        cleanText(attr(card.querySelector(sel.company), 'aria-label'), 300),
      )?.[1],
    link: () => textOf(card.querySelector(sel.companyLink)),
  });
  const p = person(textOf(heading), slug, 'profile', headline, company && cleanText(company));
  if (!p) return;
  if (route.overlay === 'contact-info') {
    const mailto = attr(doc.querySelector(sel.email), 'href').slice(7).split('?')[0] ?? '';
    try {
      p.email = cleanEmail(decodeURIComponent(mailto));
    } catch {}
  }
  page.people.push(p);
}
