/**
 * Finding the saved contact behind a person seen on a page: by canonical email, by LinkedIn slug, and
 * (only as a suggestion the user confirms) by name and organisation.
 */

import { organisationKey } from '../../identity/keys';
import { matchPerson, normalisePersonName, organisationKeysOf } from '../../identity/match';
import type { Contact } from '../../schema/records';
import type { CrmDb } from '../open';
import { contactByAddress } from './by-address';
import { contactByProfile } from './by-profile';
import { type ContactCard, cardOf } from './cards';
import { searchContacts } from './contacts';
import { likelyContactId, rememberContactId } from './likely-ids';
import { namesakes } from './namesakes';

export interface PersonQuery {
  name?: string;
  email?: string;
  /** Slug or profile URL. */
  linkedin?: string;
  company?: string;
}

const CANDIDATES = 20;
/** Organisation keys shorter than this ("ab") say too little to suggest anyone. */
const MIN_ORG_KEY = 3;

/** The contact with this address, in any spelling of its mailbox (Gmail dots and +tags). */
export function contactWithEmail(db: CrmDb, raw: string): Promise<Contact | undefined> {
  return contactByAddress(db.transaction('contacts').store, raw);
}

/**
 * The contact with this LinkedIn profile, from its slug or any profile URL (trailing slash, query, country
 * subdomain), or the other form of their profile: contacts store canonical slugs (lib/identity/keys.ts).
 */
export function contactWithSlug(db: CrmDb, slugOrUrl: string): Promise<Contact | undefined> {
  return contactByProfile(db.transaction('contacts').store, slugOrUrl);
}

export function findContact(db: CrmDb, q: PersonQuery): Promise<Contact | undefined> {
  return findIn(db.transaction('contacts').store, q);
}

type FindIndexes = Parameters<typeof contactByAddress>[0] & Parameters<typeof contactByProfile>[0];

/** By address, else by LinkedIn profile, inside a transaction already open. */
async function findIn(contacts: FindIndexes, q: PersonQuery): Promise<Contact | undefined> {
  return (
    (q.email ? await contactByAddress(contacts, q.email) : undefined) ??
    (q.linkedin ? await contactByProfile(contacts, q.linkedin) : undefined)
  );
}

/**
 * The saved contact behind each person (undefined for those not saved) and the cards of those found, all
 * read in ONE transaction: the sidebar's hot path pays for one transaction, not one per person plus one.
 * A person looked up before has their card read together with their address (likely-ids.ts).
 */
export async function findWithCards(
  db: CrmDb,
  people: readonly PersonQuery[],
): Promise<{ contacts: (Contact | undefined)[]; cards: ContactCard[] }> {
  const tx = db.transaction(['contacts', 'interactions', 'notes', 'complaints']);
  // Read-only, with every answer in hand: waiting for it to complete would add a round trip and change nothing.
  tx.done.catch(() => undefined);
  const guesses = people.map((q) => {
    const id = likelyContactId(q);
    if (id === undefined) return undefined;
    const card = cardOf(tx, id);
    card.catch(() => undefined);
    return { id, card };
  });
  const contacts = await Promise.all(people.map((q) => findIn(tx.objectStore('contacts'), q)));
  const cards = await Promise.all(
    contacts.flatMap((contact, i) => {
      if (!contact) return [];
      const guess = guesses[i];
      const card = guess?.id === contact.id ? guess.card : cardOf(tx, contact.id);
      return [card.then((parts) => ({ contact, ...parts }))];
    }),
  );
  for (const [i, q] of people.entries()) rememberContactId(q, contacts[i]?.id);
  return { contacts, cards };
}

/** Organisation keys for comparison (the rule-book's), without those too short to tell anything apart. */
function orgKeys(name: string | undefined, emails: readonly string[]): string[] {
  return organisationKeysOf(name, emails)
    .map(([key]) => key)
    .filter((k) => k.length >= MIN_ORG_KEY);
}

/**
 * Whether two descriptions probably name one organisation: equal keys, or one the start of the other
 * ("customer" from customer.example and "customerexample" from "Customer Example Ltd").
 */
const sameOrganisation = (a: string[], b: string[]) =>
  a.some((x) => b.some((y) => x === y || x.startsWith(y) || y.startsWith(x)));

/**
 * A saved contact that is probably this person but not linked to what the page shows: same name, same
 * organisation, and lacking the identifier the page has (no slug for a LinkedIn profile, no address for an
 * email). Only ever offered for the user to confirm.
 */
export async function probableSamePerson(db: CrmDb, q: PersonQuery): Promise<Contact | null> {
  const name = normalisePersonName(q.name);
  const theirs = orgKeys(q.company, q.email ? [q.email] : []);
  if (!name || !theirs.length) return null;
  const lacking = (c: Contact) => (q.linkedin ? !c.linkedin : !c.emails.length);
  const candidates = (await namesakes(db, q.name ?? '', CANDIDATES)).filter(lacking);
  const strict = matchPerson(
    { name: q.name, company: q.company },
    candidates.map((c) => ({ id: c.id, name: c.name, emails: c.emails, orgName: c.orgName })),
  );
  const hit = strict && candidates.find((c) => c.id === strict.contactId);
  if (hit) return hit;
  return (
    candidates.find(
      (c) => normalisePersonName(c.name) === name && sameOrganisation(theirs, orgKeys(c.orgName, c.emails)),
    ) ?? null
  );
}

export interface OrganisationView {
  organisation: { id: string; name: string; domains: string[] } | null;
  contacts: Pick<Contact, 'id' | 'name' | 'title' | 'emails'>[];
}

const ORG_CONTACTS = 20;

/** The saved organisation with this name, however spelt (or domain), and the contacts at it (by link, else by name). */
export async function organisationNamed(db: CrmDb, name: string, domain?: string): Promise<OrganisationView> {
  const tx = db.transaction(['organisations', 'contacts']);
  const orgs = tx.objectStore('organisations');
  const org =
    (await orgs.index('nameKey').get(organisationKey(name))) ??
    (domain ? await orgs.index('domains').get(domain) : undefined);
  const contacts = tx.objectStore('contacts');
  let people = org ? await contacts.index('orgId').getAll(org.id, ORG_CONTACTS) : [];
  if (!people.length) {
    const key = organisationKey(name);
    const named = await searchContacts(db, name, ORG_CONTACTS * 5);
    people = named.filter((c) => key && organisationKey(c.orgName) === key).slice(0, ORG_CONTACTS);
  }
  return {
    organisation: org ? { id: org.id, name: org.name, domains: org.domains } : null,
    contacts: people.map(({ id, name: n, title, emails }) => ({ id, name: n, emails, ...(title ? { title } : {}) })),
  };
}
