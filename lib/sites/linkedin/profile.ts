/**
 * A LinkedIn profile in any of its layouts (classic, hashed classes, server-driven). The URL's slug is the identity;
 * each field is read by named strategies in order, and the one that matched is recorded for site health.
 */
import { normaliseLinkedInSlug } from '../../identity/linkedin';
import { attr, cleanEmail, cleanText, textOf } from '../dom';
import type { DetectedPage } from '../types';
import type { LinkedInRoute } from './route';
import { sel } from './selectors';
import { all, flag, person, reading } from './text';

type ProfileRoute = Extract<LinkedInRoute, { kind: 'profile' }>;

export const NAME_STRATEGIES = ['slug-heading', 'main-h1', 'card-heading'] as const;
export const HEADLINE_STRATEGIES = ['classic-headline', 'block-after-name'] as const;
export const COMPANY_STRATEGIES = ['company-label', 'company-link'] as const;

const KEY_PREFIX = 'ProfileVerificationTriggerRef-';
const isMemberId = (slug: string) => /^ACo/.test(slug);

/** The profile a link is bound to: the server-driven componentkey's slug, else its href's. */
function slugOf(a: Element | null): string | null {
  const key = attr(a, 'componentkey');
  return normaliseLinkedInSlug(key.startsWith(KEY_PREFIX) ? key.slice(KEY_PREFIX.length) : attr(a, 'href'));
}

/**
 * The text of the first block (div/p) after the name's own block: the headline in builds whose classes are
 * hashed. '' when that block holds links or buttons (then it is not the headline).
 */
function blockAfter(heading: Element): string {
  for (let el: Element | null = heading, up = 0; el && up < 4 && !el.matches(`main, section, ${sel.topCard}`); up++) {
    let next = el.nextElementSibling;
    while (next && !/^(?:DIV|P)$/.test(next.tagName)) next = next.nextElementSibling;
    if (next) return next.querySelector('a, button, h1, h2') ? '' : textOf(next);
    el = el.parentElement;
  }
  return '';
}

/**
 * The name's heading and the slug it proves, by strategy. Only a heading bound to the URL's slug proves the
 * profile by itself; the others need the page's own sub-page links to name the slug (after history navigation
 * the previous profile can still be on screen). A heading in an aside (recommendations) never counts.
 */
function findName(doc: Document, route: ProfileRoute, page: DetectedPage): [Element, string] | null {
  const bound = all(doc, sel.boundHeading).filter((h) => textOf(h) && !h.closest('aside'));
  let heading = bound.find((h) => slugOf(h.closest('a')) === route.slug);
  // A member-id URL (/in/ACoAA…): the one top-card heading names the profile, keyed by its vanity slug.
  const inCard = bound.filter((h) => h.closest(sel.serverCard));
  if (!heading && isMemberId(route.slug) && inCard.length === 1) heading = inCard[0];
  const slug = heading && slugOf(heading.closest('a'));
  if (heading && slug) {
    reading(page, 'name', NAME_STRATEGIES, 0);
    return [heading, slug];
  }
  const candidates = [all(doc, sel.name), all(doc, sel.cardHeading)];
  const index = candidates.findIndex((found) => found.some((h) => textOf(h) && !h.closest('aside')));
  const fallback = candidates[index]?.find((h) => textOf(h) && !h.closest('aside'));
  reading(page, 'name', NAME_STRATEGIES, fallback ? index + 1 : -1);
  if (!fallback) return flag(page, 'name-missing'), null;
  // A member-id URL cannot be compared with the vanity slug in those links: they must all name one profile.
  const slugs = all(doc, sel.ownLink).flatMap((a) => normaliseLinkedInSlug(attr(a, 'href')) ?? []);
  const own = slugs.includes(route.slug)
    ? route.slug
    : isMemberId(route.slug) && slugs.every((s) => s === slugs[0]) && slugs[0];
  if (own) return [fallback, own];
  flag(page, slugs.length ? 'page-stale' : 'profile-unconfirmed');
  return null;
}

export function readProfile(doc: Document, route: ProfileRoute, page: DetectedPage): void {
  const found = findName(doc, route, page);
  if (!found) return;
  const [heading, slug] = found;
  // Headline and company come from the card that holds the name, never from another part of the page.
  const card = heading.closest(sel.topCard) ?? doc;
  const headlines = [textOf(card.querySelector(sel.headline)), blockAfter(heading)];
  const label = cleanText(attr(card.querySelector(sel.company), 'aria-label'), 300);
  const companies = [
    cleanText(/^Current company: (.+?)(?:\. Click\b.*)?$/.exec(label)?.[1]),
    textOf(card.querySelector(sel.companyLink)),
  ];
  const h = headlines.findIndex(Boolean);
  const c = companies.findIndex(Boolean);
  reading(page, 'headline', HEADLINE_STRATEGIES, h);
  reading(page, 'company', COMPANY_STRATEGIES, c);
  const p = person(textOf(heading), slug, 'profile', headlines[h], companies[c]);
  if (!p) return;
  if (route.overlay === 'contact-info') {
    const mailto = attr(doc.querySelector(sel.email), 'href').slice(7).split('?')[0] ?? '';
    try {
      p.email = cleanEmail(decodeURIComponent(mailto));
    } catch {}
  }
  page.people.push(p);
}
