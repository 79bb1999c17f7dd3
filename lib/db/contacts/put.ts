/**
 * The ONE door to the contacts store: nothing else puts, adds, deletes or clears a contact. Every write
 * gets its derived fields here (search tokens, canonical address keys, the canonical LinkedIn slug,
 * updatedAt), so no caller
 * computes them by hand and none can forget.
 */
import { canonicalEmail, normaliseEmail, profileSlugs, storedLinkedIn } from '../../identity/keys';
import type { Contact } from '../../schema/records';
import { type RevertTx, type Revision, type RevisionsTx, revertLocalWrite, stampLocalWrite } from '../revisions/put';
import type { Stamp, WriteTx } from '../write-tx';
import { authored, createdAt } from '../writer';
import { searchTokens } from './search-tokens';
import { type ShelvedContact, sameWords } from './shelved';

export type ContactsTx = WriteTx<'contacts', Contact> & RevisionsTx;

export function contactSearchTokens(c: Pick<Contact, 'name' | 'emails' | 'orgName' | 'title'>): string[] {
  return searchTokens([c.name, c.orgName, c.title], c.emails);
}

/** Canonical forms of the addresses that are written otherwise; most addresses have none, so the index stays small. */
function addressKeys(emails: readonly string[]): string[] {
  const keys: string[] = [];
  for (const email of emails) {
    const key = canonicalEmail(email);
    if (key !== normaliseEmail(email) && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** The contact exactly as the store keeps it. Pure: the restore dry run compares backups in this form. */
export function contactAsStored(contact: ShelvedContact, now: Stamp): ShelvedContact {
  const search = contactSearchTokens(contact);
  const stored: ShelvedContact = { ...contact, search };
  if (contact.shelved && sameWords(contact.shelved, search)) stored.search = [];
  else delete stored.shelved;
  const emailKeys = addressKeys(contact.emails);
  if (emailKeys.length) stored.emailKeys = emailKeys;
  else delete stored.emailKeys;
  const linkedin = storedLinkedIn(contact.linkedin);
  if (linkedin) stored.linkedin = linkedin;
  else delete stored.linkedin;
  const aliases = profileSlugs({ linkedinAliases: contact.linkedinAliases ?? [] }).filter((s) => s !== linkedin);
  if (aliases.length) stored.linkedinAliases = aliases;
  else delete stored.linkedinAliases;
  if (now !== null) stored.updatedAt = now;
  return stored;
}

/** Writes the contact (new or changed); resolves to the record as stored. */
export async function putContact(tx: ContactsTx, contact: Contact, now: Stamp): Promise<Contact> {
  const stored = contactAsStored(now === null ? contact : authored(contact, createdAt(contact, now)), now);
  await Promise.all([tx.objectStore('contacts').put(stored), stampLocalWrite(tx, 'contacts', stored.id, stored)]);
  return stored;
}

/** A new contact's stored form, made ready outside any transaction (a large import's next chunk). */
export function prepareNewContact(contact: Contact, now: number): Contact {
  return contactAsStored(authored(contact, createdAt(contact, now)), now);
}

/**
 * Writes a new contact made ready by prepareNewContact, without its first revision: only for writes whose new
 * records get it later, an import's commit (it owes them to the next sync round, oweRevisions) or a book that
 * has never replicated (seedOutbox stamps every record without one when it first does).
 */
export async function putUnrevisedContact(tx: WriteTx<'contacts', Contact>, stored: Contact): Promise<void> {
  await tx.objectStore('contacts').put(stored);
}

/** Adds a contact that must not exist yet (the write fails, and its transaction aborts, if it does). */
export async function addContact(tx: ContactsTx, contact: Contact, now: Stamp): Promise<Contact> {
  const stored = contactAsStored(now === null ? contact : authored(contact, true), now);
  await Promise.all([tx.objectStore('contacts').add(stored), stampLocalWrite(tx, 'contacts', stored.id, stored)]);
  return stored;
}

export async function deleteContact(tx: ContactsTx, id: string): Promise<void> {
  await tx.objectStore('contacts').delete(id);
  await stampLocalWrite(tx, 'contacts', id, null);
}

export function clearContacts(tx: ContactsTx): Promise<void> {
  return tx.objectStore('contacts').clear();
}

/**
 * Puts a contact back as it was before a write that is being undone (a rolled-back import chunk):
 * the stored record exactly (`before` null: it did not exist), and its revision as the revisions
 * door decides. No field is derived again: `before` is already the stored form.
 */
export async function putBackContact(
  tx: WriteTx<'contacts', Contact> & RevertTx,
  id: string,
  before: Contact | null,
  revision: Revision | null,
): Promise<void> {
  await (before ? tx.objectStore('contacts').put(before) : tx.objectStore('contacts').delete(id));
  await revertLocalWrite(tx, 'contacts', id, revision, before);
}
