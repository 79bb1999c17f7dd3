/**
 * The ONE rule that links a contact to an organisation, used by import, save from a page, contact edits,
 * merges and the LinkedIn log alike:
 *   1. the organisation whose name key equals the key of the contact's organisation name (case, accents,
 *      punctuation and legal forms ignored: "Acme Ltd" is "ACME, Inc.");
 *   2. else the organisation owning a work domain of the contact's addresses, in address order
 *      (free-mail domains such as gmail.com never decide anything).
 * Name first: what the person (or the user) says about where they work outranks the domain they write from.
 */

import { organisationKey } from '../../identity/keys';
import { organisationDomainOf } from '../../identity/organisation';
import type { Contact, Organisation } from '../../schema/records';

export type OrganisationClue = { by: 'nameKey'; key: string } | { by: 'domain'; key: string };

/** The keys to look an organisation up by, in the order the rule tries them. */
export function organisationClues(contact: Pick<Contact, 'orgName' | 'emails'>): OrganisationClue[] {
  const clues: OrganisationClue[] = [];
  const nameKey = organisationKey(contact.orgName);
  if (nameKey) clues.push({ by: 'nameKey', key: nameKey });
  for (const email of contact.emails) {
    const domain = organisationDomainOf(email);
    if (domain && !clues.some((c) => c.key === domain && c.by === 'domain')) clues.push({ by: 'domain', key: domain });
  }
  return clues;
}

/** Where organisations are looked up: the store's indexes, or a map of the organisations already read. */
export interface OrganisationLookup {
  get(clue: OrganisationClue): Organisation | undefined | Promise<Organisation | undefined>;
}

/** The organisation the rule picks for the contact, if any. */
export async function organisationFor(
  lookup: OrganisationLookup,
  contact: Pick<Contact, 'orgName' | 'emails'>,
): Promise<Organisation | undefined> {
  for (const clue of organisationClues(contact)) {
    const org = await lookup.get(clue);
    if (org) return org;
  }
  return undefined;
}

/** The same pick, for a lookup that answers at once (an import's organisations held in memory). */
export function organisationForNow(
  lookup: { get(clue: OrganisationClue): Organisation | undefined },
  contact: Pick<Contact, 'orgName' | 'emails'>,
): Organisation | undefined {
  for (const clue of organisationClues(contact)) {
    const org = lookup.get(clue);
    if (org) return org;
  }
  return undefined;
}

/** The contact linked to the organisation: its id set, and its name filled in when the contact had none. */
export function linkedTo(contact: Contact, org: Organisation): Contact {
  return { ...contact, orgId: org.id, orgName: contact.orgName ?? org.name };
}

interface OrganisationIndexes {
  index(name: 'nameKey' | 'domains'): { get(key: string): Promise<Organisation | undefined> };
}

/** A lookup through the organisations store's indexes, inside the caller's transaction. */
export function storeLookup(store: OrganisationIndexes): OrganisationLookup {
  return { get: (clue) => store.index(clue.by === 'nameKey' ? 'nameKey' : 'domains').get(clue.key) };
}

/**
 * Links the contact by the rule when it has no organisation yet; the contact itself when it has one or
 * nothing fits.
 */
export async function linkOrganisation(lookup: OrganisationLookup, contact: Contact): Promise<Contact> {
  if (contact.orgId) return contact;
  const org = await organisationFor(lookup, contact);
  return org ? linkedTo(contact, org) : contact;
}
