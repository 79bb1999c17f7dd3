/**
 * Who is this? Matching a person seen on a page against saved contacts, and finding likely duplicates
 * among contacts. Pure functions on plain data.
 */
import { canonicalEmail } from './email';
import { normaliseLinkedInSlug, profileSlugs } from './linkedin';
import { guessOrganisationName, organisationDomainOf } from './organisation';

export interface MatchCandidate {
  name?: string;
  emails?: string[];
  /** Slug or profile URL. */
  linkedin?: string;
  company?: string;
}

export interface MatchableContact {
  id: string;
  name: string;
  emails: string[];
  /** Slug or profile URL. */
  linkedin?: string;
  /** Other forms of the same profile (a member id beside a vanity slug): the same person too. */
  linkedinAliases?: readonly string[];
  orgName?: string;
}

export type MatchReason = 'email' | 'linkedin' | 'name-company';

export interface PersonMatch {
  contactId: string;
  reason: MatchReason;
  /** 1 = certain (same canonical address or profile); below 1 = probable. */
  confidence: number;
}

export interface DuplicatePair {
  /** The contact that comes first in the input. */
  a: string;
  b: string;
  reason: MatchReason;
  confidence: number;
}

export const CONFIDENCE = {
  /** Same canonical email or LinkedIn profile. */
  certain: 1,
  /** Same normalised name at the same (normalised) organisation name. */
  nameOrg: 0.7,
  /** Same normalised name; the organisation only agrees through an email domain. */
  nameDomain: 0.6,
} as const;

/** Lower-case, accents removed, every run of non-letters/digits a single space. */
const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N},]+/gu, ' ');

/** Post-nominals that follow a name after a comma ("Ann Lee, MBA"); not a first name. */
const SUFFIX = /^(?:mba|phd|md|msc|bsc|ma|ba|jd|llm|cpa|cfa|acca|pmp|esq|jr|sr|ii|iii|iv|peng|ceng|frm|cfp)$/;

/**
 * A name for comparison: case, accents, punctuation and spacing ignored, post-nominals after a comma
 * dropped, and "Last, First" read as "First Last". '' when there is no name.
 */
export function normalisePersonName(name: string | undefined): string {
  const parts = fold(name ?? '')
    .split(',')
    .map((p) => p.trim());
  while (parts.length > 1 && (parts.at(-1) ?? '').split(' ').every((w) => !w || SUFFIX.test(w))) parts.pop();
  const [last = '', first] = parts;
  return (parts.length === 2 && first ? `${first} ${last}` : parts.join(' ')).replace(/\s+/g, ' ').trim();
}

/** Legal forms and filler that do not tell organisations apart. */
const LEGAL = new Set(
  'the inc incorporated ltd limited llc llp plc corp corporation co company gmbh ag sa sas sarl bv nv srl spa pty oy ab kk group'.split(
    ' ',
  ),
);

/** An organisation name for comparison: folded, dots and legal forms dropped, no spaces ("Acme Corp." = "ACME, Inc."). */
export function normaliseOrganisationName(name: string | undefined): string {
  const words = fold((name ?? '').replace(/\./g, '')) // "S.A." is "SA", "Booking.com" is "bookingcom"
    .split(/[\s,]+/)
    .filter(Boolean);
  const core = words.filter((w) => !LEGAL.has(w));
  return (core.length ? core : words).join('');
}

/** [key, confidence] pairs: the organisation name, then guesses from the contact's work domains. */
export function organisationKeysOf(orgName: string | undefined, emails: readonly string[]): [string, number][] {
  const keys: [string, number][] = [];
  const add = (key: string, confidence: number) => {
    if (key && !keys.some(([k]) => k === key)) keys.push([key, confidence]);
  };
  add(normaliseOrganisationName(orgName), CONFIDENCE.nameOrg);
  for (const e of emails) {
    const domain = organisationDomainOf(e);
    if (domain) add(normaliseOrganisationName(guessOrganisationName(domain)), CONFIDENCE.nameDomain);
  }
  return keys;
}

const emailsOf = (emails: readonly string[] | undefined): string[] =>
  (emails ?? []).map(canonicalEmail).filter((e) => e.includes('@'));

/**
 * The best saved contact for a person seen on a page, or null. An exact canonical email wins, then the
 * LinkedIn profile (both certain), then the same name at the same organisation (probable): the name
 * alone never matches. Ties go to the earlier contact.
 */
export function matchPerson(candidate: MatchCandidate, contacts: readonly MatchableContact[]): PersonMatch | null {
  const emails = new Set(emailsOf(candidate.emails));
  const slug = normaliseLinkedInSlug(candidate.linkedin);
  const certain = (reason: MatchReason, test: (c: MatchableContact) => boolean): PersonMatch | null => {
    const hit = contacts.find(test);
    return hit ? { contactId: hit.id, reason, confidence: CONFIDENCE.certain } : null;
  };
  const byEmail = emails.size ? certain('email', (c) => emailsOf(c.emails).some((e) => emails.has(e))) : null;
  if (byEmail) return byEmail;
  const byProfile = slug ? certain('linkedin', (c) => profileSlugs(c).includes(slug)) : null;
  if (byProfile) return byProfile;

  const name = normalisePersonName(candidate.name);
  const org = normaliseOrganisationName(candidate.company);
  if (!name || !org) return null;
  let best: PersonMatch | null = null;
  for (const c of contacts) {
    if (normalisePersonName(c.name) !== name) continue;
    const confidence = organisationKeysOf(c.orgName, c.emails).find(([k]) => k === org)?.[1] ?? 0;
    if (confidence > (best?.confidence ?? 0)) best = { contactId: c.id, reason: 'name-company', confidence };
  }
  return best;
}

/**
 * Pairs of contacts that are probably one person, each pair once with its strongest reason, in the order
 * found: shared canonical email, then LinkedIn profile (its own or an alias), then name + organisation. Contacts are bucketed by
 * key, and each bucket pairs its first contact with the others (merging those pairs merges the bucket),
 * so the output grows with the number of contacts, never with its square.
 */
export function duplicateSuggestions(contacts: readonly MatchableContact[]): DuplicatePair[] {
  /** key -> reason and members as [index, confidence], indexes ascending. */
  const buckets = new Map<string, { reason: MatchReason; members: [number, number][] }>();
  const put = (key: string, reason: MatchReason, index: number, confidence: number) => {
    const bucket = buckets.get(key) ?? { reason, members: [] };
    buckets.set(key, bucket);
    if (bucket.members.at(-1)?.[0] !== index) bucket.members.push([index, confidence]);
  };
  // Email keys first, then profiles, then names: Map keeps insertion order, so stronger reasons come first.
  contacts.forEach((c, i) => {
    for (const e of emailsOf(c.emails)) put(`e:${e}`, 'email', i, CONFIDENCE.certain);
  });
  contacts.forEach((c, i) => {
    for (const slug of profileSlugs(c)) put(`l:${slug}`, 'linkedin', i, CONFIDENCE.certain);
  });
  contacts.forEach((c, i) => {
    const name = normalisePersonName(c.name);
    if (name)
      for (const [org, confidence] of organisationKeysOf(c.orgName, c.emails))
        put(`n:${name}|${org}`, 'name-company', i, confidence);
  });

  const found = new Map<string, DuplicatePair>();
  for (const { reason, members } of buckets.values()) {
    const [[i, ci] = [-1, 0], ...rest] = members;
    const a = contacts[i];
    for (const [j, cj] of rest) {
      const b = contacts[j];
      if (!a || !b || a.id === b.id) continue;
      const confidence = Math.min(ci, cj);
      const seen = found.get(`${i}:${j}`);
      if (!seen) found.set(`${i}:${j}`, { a: a.id, b: b.id, reason, confidence });
      else if (confidence > seen.confidence) Object.assign(seen, { reason, confidence });
    }
  }
  return [...found.values()];
}
