/**
 * Any website: people and organisations from schema.org JSON-LD, hCard / h-card microformats and mailto
 * links. Pure reads (JSON.parse only, never markup), small enough for the content script.
 */
import { linkedInProfileUrl } from '../../identity/linkedin';
import { attr, cleanEmail, cleanText, localPart, textOf, uniqueByEmail } from '../dom';
import type { DetectedOrganisation, DetectedPage, DetectedPerson } from '../types';
import { sel } from './selectors';

const MAX_PEOPLE = 100;
const MAX_JSON = 200_000;

type Thing = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const types = (t: Thing): string[] => [t['@type']].flat().map(str);
const isPerson = (t: Thing) => types(t).includes('Person');
const isOrganisation = (t: Thing) => types(t).some((x) => /Organization$|^Corporation$|^LocalBusiness$/.test(x));

/** "mailto:A@x.com?subject=…", "Ann Lee <ann@x.com>", "ann@x.com" → "ann@x.com", or ''. */
function emailIn(raw: string): string {
  let s = raw.replace(/^mailto:/i, '').split('?')[0] ?? '';
  try {
    s = decodeURIComponent(s);
  } catch {
    return '';
  }
  return cleanEmail(/<([^<>]+)>/.exec(s)?.[1] ?? s);
}

function domainOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function organisation(name: string, url: string): DetectedOrganisation | null {
  const org: DetectedOrganisation = { name: cleanText(name) };
  if (!org.name) return null;
  if (/^https?:\/\//.test(url) && url.length < 2048) {
    org.url = url;
    const domain = domainOf(url);
    if (domain) org.domain = domain;
  }
  return org;
}

function personFromJson(t: Thing): DetectedPerson | null {
  const name = cleanText(str(t.name) || [str(t.givenName), str(t.familyName)].join(' '));
  const email = emailIn(str(first(t.email)));
  if (!name && !email) return null;
  const p: DetectedPerson = { name: name || localPart(email), email, role: 'participant' };
  const works = first(t.worksFor);
  const company = cleanText(typeof works === 'object' && works ? str((works as Thing).name) : str(works));
  const title = cleanText(str(first(t.jobTitle)));
  const profile = [t.sameAs, t.url]
    .flat()
    .map((u) => linkedInProfileUrl(str(u)))
    .find(Boolean);
  if (company) p.company = company;
  if (title) p.title = title;
  if (profile) p.profileUrl = profile;
  return p;
}

/** Collects Person and Organization things at any depth (an organisation inside a person is its employer). */
function walk(node: unknown, found: { people: DetectedPerson[]; orgs: DetectedOrganisation[] }, depth = 0): void {
  if (depth > 8 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node.slice(0, 200)) walk(n, found, depth + 1);
    return;
  }
  const t = node as Thing;
  if (isPerson(t)) {
    const p = personFromJson(t);
    if (p) found.people.push(p);
    return;
  }
  if (isOrganisation(t)) {
    const org = organisation(str(t.name), str(first(t.url)));
    if (org) found.orgs.push(org);
  }
  for (const v of Object.values(t)) if (typeof v === 'object') walk(v, found, depth + 1);
}

function readCard(card: Element): DetectedPerson | DetectedOrganisation | null {
  const own = (selector: string) =>
    Array.from(card.querySelectorAll(selector)).find((el) => el.closest(sel.card) === card || el === card);
  const nameEl = own(sel.cardName);
  const orgEl = card.querySelector(sel.cardOrg);
  const name = textOf(nameEl);
  const org = textOf(orgEl?.querySelector(sel.cardName) ?? orgEl);
  const link = own(sel.cardUrl);
  // hCard's convention: a card whose name is its organisation is the organisation's card.
  if (nameEl && (nameEl === orgEl || (org && name === org))) return organisation(name, attr(link, 'href'));
  const emailEl = own(sel.cardEmail);
  const email = emailIn(attr(emailEl, 'href') || textOf(emailEl, 300));
  if (!name && !email) return null;
  const p: DetectedPerson = { name: name || localPart(email), email, role: 'participant' };
  const title = textOf(own(sel.cardTitle));
  const profile = linkedInProfileUrl(attr(link, 'href'));
  if (org) p.company = org;
  if (title) p.title = title;
  if (profile) p.profileUrl = profile;
  return p;
}

/** Words a mailto link's text uses when it is not a name ("Email us", "Contact sales"). */
const NOT_A_NAME = /\b(?:e-?mail|mail|contact|write|us|me|here|support|sales|info|team|press|jobs|and|or)\b|@/i;

function mailtoPeople(doc: Document): DetectedPerson[] {
  return Array.from(doc.querySelectorAll(sel.mailto)).flatMap((a) => {
    const href = attr(a, 'href').slice(7);
    const text = textOf(a);
    const list = href.split('?')[0]?.split(',') ?? [];
    return list.flatMap((raw) => {
      const email = emailIn(raw);
      if (!email) return [];
      const name = list.length === 1 && text && !NOT_A_NAME.test(text) && /\s/.test(text) ? text : localPart(email);
      return [{ name, email, role: 'participant' } satisfies DetectedPerson];
    });
  });
}

/** What a page of any website says about people and organisations. */
export function readWebPage(doc: Document, url: string): DetectedPage {
  const found = { people: [] as DetectedPerson[], orgs: [] as DetectedOrganisation[] };
  const problems: string[] = [];
  for (const script of doc.querySelectorAll(sel.jsonLd)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON) continue;
    try {
      walk(JSON.parse(text), found);
    } catch {
      if (!problems.length) problems.push('web.jsonld-invalid');
    }
  }
  for (const card of doc.querySelectorAll(sel.card)) {
    if (card.matches(sel.cardOrg)) continue;
    const read = readCard(card);
    if (read && 'role' in read) found.people.push(read);
    else if (read) found.orgs.push(read);
  }
  found.people.push(...mailtoPeople(doc));
  const people = uniqueByEmail(found.people).slice(0, MAX_PEOPLE);
  const page: DetectedPage = { site: 'web', kind: 'none', url, account: null, people, messages: [], problems };
  const [org] = found.orgs;
  if (org) page.organisation = org;
  if (people.length || org) page.kind = 'list';
  else problems.push('web.people-missing');
  return page;
}
