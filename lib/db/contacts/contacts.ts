import { nameFromEmail, normaliseEmail } from '../../identity/email';
import type { Contact } from '../../schema/records';
import { atomically } from '../atomic';
import { newId } from '../ids';
import type { CrmDb } from '../open';
import { linkOrganisation, storeLookup } from '../organisations/link';
import { contactByAddress } from './by-address';
import { addContact, contactAsStored } from './put';
import { searchByWords } from './word-search';

export interface ContactDraft {
  name: string;
  email?: string;
  title?: string;
  orgName?: string;
  linkedin?: string;
  source: string;
}

export function newContact(draft: ContactDraft, id: string, now: number): Contact {
  const emails = draft.email ? [normaliseEmail(draft.email)] : [];
  const name = draft.name.trim() || (emails[0] ? nameFromEmail(emails[0]) : '');
  const contact: Contact = {
    id,
    name,
    emails,
    phones: [],
    customerType: 'consumer',
    directness: 'direct',
    source: draft.source,
    tags: [],
    bad: false,
    neverLog: false,
    search: [],
    createdAt: now,
    updatedAt: now,
  };
  if (draft.title) contact.title = draft.title.trim();
  if (draft.orgName) contact.orgName = draft.orgName.trim();
  if (draft.linkedin) contact.linkedin = draft.linkedin;
  return contactAsStored(contact, now);
}

/** One contact per address (the first that has it, in any spelling), all in one read transaction. */
export async function contactsByEmail(db: CrmDb, emails: readonly string[]): Promise<Map<string, Contact>> {
  const tx = db.transaction('contacts');
  const found = new Map<string, Contact>();
  await Promise.all(
    emails.map(async (raw) => {
      const email = normaliseEmail(raw);
      const contact = await contactByAddress(tx.store, email);
      if (contact) found.set(email, contact);
    }),
  );
  await tx.done;
  return found;
}

/** Adds a contact (or gives back the one with its address), linked to an organisation by the one rule. */
export async function createContact(db: CrmDb, draft: ContactDraft, now: number): Promise<Contact> {
  const tx = db.transaction(['contacts', 'organisations', 'revisions'], 'readwrite');
  return atomically(tx, async () => {
    const fresh = newContact(draft, newId(), now);
    const email = fresh.emails[0];
    const existing = email ? await tx.objectStore('contacts').index('emails').get(email) : undefined;
    if (existing) return existing;
    const contact = await linkOrganisation(storeLookup(tx.objectStore('organisations')), fresh);
    return addContact(tx, contact, now);
  });
}

/** Contacts whose words start with every word of the query (word-search.ts), reading each entry's record. */
export function searchContacts(db: CrmDb, query: string, limit: number): Promise<Contact[]> {
  return searchByWords(db, query, limit, 'records');
}
