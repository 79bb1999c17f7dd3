/**
 * The keys a person is stored, found and matched by: the one rule-book import, dedupe, lookup, merge and
 * storage all call. The spelling rules themselves live beside their subject (email.ts, linkedin.ts,
 * match.ts); this file decides which form is stored and which keys identify a person.
 */
import { canonicalEmail, normaliseEmail } from './email';
import { isMemberId, linkedInProfileUrl, normaliseLinkedInSlug, profileSlugs } from './linkedin';
import { normaliseOrganisationName, normalisePersonName } from './match';

export {
  canonicalEmail,
  linkedInProfileUrl,
  normaliseEmail,
  normaliseLinkedInSlug,
  normaliseOrganisationName,
  normalisePersonName,
  profileSlugs,
};

/**
 * The form a contact's LinkedIn profile is stored in (and indexed by): the decoded slug, vanity slugs
 * lower-cased, member ids (ACoAA…) as they are. A value that names no profile is kept as written, so
 * nothing the user typed is lost; it simply matches nothing.
 */
export function storedLinkedIn(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return normaliseLinkedInSlug(value) ?? value;
}

/** The most other forms of one profile kept: a member id beside a vanity slug, and a few spares. */
const MAX_ALIASES = 4;

/**
 * A profile seen for this person, recorded by the rule: the first becomes their profile; a member id
 * beside a vanity slug (or the other way round) is kept as an alias, so both URLs lead to them. Two
 * different vanity slugs, or two member ids, are two people: the contact is returned unchanged.
 */
export function withProfile<C extends { linkedin?: string; linkedinAliases?: string[] }>(
  contact: C,
  slugOrUrl: string | undefined,
): C {
  const slug = normaliseLinkedInSlug(slugOrUrl);
  if (!slug) return contact;
  const own = normaliseLinkedInSlug(contact.linkedin);
  if (!own) return { ...contact, linkedin: slug };
  const aliases = contact.linkedinAliases ?? [];
  if (slug === own || aliases.includes(slug) || isMemberId(slug) === isMemberId(own)) return contact;
  if (aliases.length >= MAX_ALIASES) return contact;
  return { ...contact, linkedinAliases: [...aliases, slug] };
}

/** The key of an organisation's name: case, accents, punctuation and legal forms ignored ("Acme Ltd" = "ACME, Inc."). */
export const organisationKey = (name: string | undefined): string => normaliseOrganisationName(name);

/** "Ann  Lée" at "ACME Ltd" -> "ann lee|acme"; undefined unless both a name and an organisation are known. */
export function nameCompanyKey(name: string, company: string | undefined): string | undefined {
  const n = normalisePersonName(name);
  const c = organisationKey(company);
  return n && c ? `${n}|${c}` : undefined;
}

export interface PersonKeys {
  /** Canonical addresses (Gmail dots and +tags folded). */
  emails: string[];
  linkedin?: string;
  nameCompany?: string;
}

/** Every key a person is recognised by, strongest first: addresses, profile, name at organisation. */
export function personKeys(p: {
  emails: readonly string[];
  linkedin?: string | undefined;
  name: string;
  orgName?: string | undefined;
}): PersonKeys {
  const keys: PersonKeys = { emails: p.emails.map(canonicalEmail) };
  const slug = normaliseLinkedInSlug(p.linkedin);
  if (slug) keys.linkedin = slug;
  const nameCompany = nameCompanyKey(p.name, p.orgName);
  if (nameCompany) keys.nameCompany = nameCompany;
  return keys;
}
