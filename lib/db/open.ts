import { type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Contact } from '../schema/records';
import { contactAsStored, putContact } from './contacts/put';
import { putOrganisation } from './organisations/put';
import type { CrmSchema } from './schema';
import { upgradeV6 } from './upgrade-v6';

export const DB_NAME = 'rapport';
export const DB_VERSION = 7;

export type CrmDb = IDBPDatabase<CrmSchema>;

/** The one door to the database. Only the background opens it. */
export function openCrm(name = DB_NAME): Promise<CrmDb> {
  return openDB<CrmSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) createV1(db);
      if (oldVersion < 2) createV2(db, tx);
      if (oldVersion < 3) createV3(db);
      // A failed rewrite must leave the old version whole: aborting the upgrade rejects the open.
      if (oldVersion < 4) upgradeV4(tx).catch(() => tx.abort());
      // Synchronous, so it exists before upgradeV4's first record write (which stamps a revision).
      if (oldVersion < 5) createV5(db);
      if (oldVersion < 6) upgradeV6(db, tx).catch(() => tx.abort());
      if (oldVersion < 7) createV7(db);
    },
    blocking(_current, _next, event) {
      // A newer version wants to upgrade (another extension context after an update): let it.
      (event.target as IDBDatabase).close();
    },
  });
}

/** Version 1: people, organisations, interactions, deals, notes. */
export function createV1(db: IDBPDatabase<CrmSchema>): void {
  const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
  contacts.createIndex('emails', 'emails', { multiEntry: true });
  contacts.createIndex('linkedin', 'linkedin');
  contacts.createIndex('orgId', 'orgId');
  contacts.createIndex('search', 'search', { multiEntry: true });
  contacts.createIndex('updatedAt', 'updatedAt');

  const organisations = db.createObjectStore('organisations', {
    keyPath: 'id',
  });
  organisations.createIndex('domains', 'domains', { multiEntry: true });
  organisations.createIndex('name', 'name');

  const interactions = db.createObjectStore('interactions', { keyPath: 'id' });
  interactions.createIndex('timeline', 'timeline', { multiEntry: true });
  interactions.createIndex('at', 'at');
  interactions.createIndex('sourceKey', 'sourceKey', { unique: true });

  const deals = db.createObjectStore('deals', { keyPath: 'id' });
  deals.createIndex('contactId', 'contactId');
  deals.createIndex('orgId', 'orgId');
  deals.createIndex('date', 'date');

  const notes = db.createObjectStore('notes', { keyPath: 'id' });
  notes.createIndex('contactId', 'contactId');
  notes.createIndex('createdAt', 'createdAt');
}

/** Version 2: complaints and feedback, and reminders found by their due date. */
export function createV2(
  db: IDBPDatabase<CrmSchema>,
  tx: IDBPTransaction<CrmSchema, StoreNames<CrmSchema>[], 'versionchange'>,
): void {
  tx.objectStore('contacts').createIndex('nextDue', 'nextStep.due');
  const complaints = db.createObjectStore('complaints', { keyPath: 'id' });
  complaints.createIndex('contactId', 'contactId');
  complaints.createIndex('open', 'open');
  const feedback = db.createObjectStore('feedback', { keyPath: 'id' });
  feedback.createIndex('contactId', 'contactId');
  feedback.createIndex('at', 'at');
}

/** Version 3: the import journal and its staging rows, so an import lands whole or not at all. */
export function createV3(db: IDBPDatabase<CrmSchema>): void {
  const jobs = db.createObjectStore('importJobs', { keyPath: 'id' });
  jobs.createIndex('updatedAt', 'updatedAt');
  db.createObjectStore('importChunks', { keyPath: ['jobId', 'seq'] });
}

type UpgradeTx = IDBPTransaction<CrmSchema, StoreNames<CrmSchema>[], 'versionchange'>;

/**
 * Version 4: one identity rule-book (lib/identity/keys.ts). Every record goes through its store's door
 * once more where the door now stores something else: contacts an import kept as
 * https://www.linkedin.com/in/<slug> (member ids lower-cased) get the canonical slug, Gmail addresses
 * with dots or +tags get their canonical key (a new index), organisations their name key (a new index);
 * a second form of a profile (member id beside vanity slug) gets an index of its own.
 * Nobody's updatedAt moves: this is not an edit.
 */
async function upgradeV4(tx: UpgradeTx): Promise<void> {
  tx.objectStore('organisations').createIndex('nameKey', 'nameKey');
  tx.objectStore('contacts').createIndex('emailKeys', 'emailKeys', { multiEntry: true });
  tx.objectStore('contacts').createIndex('linkedinAliases', 'linkedinAliases', { multiEntry: true });
  for (const org of await tx.objectStore('organisations').getAll()) await putOrganisation(tx, org, null);
  const stale: Contact[] = [];
  let cursor = await tx.objectStore('contacts').openCursor();
  while (cursor) {
    const contact = cursor.value;
    const stored = contactAsStored(contact, null);
    if (stored.linkedin !== contact.linkedin || String(stored.emailKeys) !== String(contact.emailKeys))
      stale.push(contact);
    cursor = await cursor.continue();
  }
  for (const contact of stale) await putContact(tx, contact, null);
}

/**
 * Version 5: team sync. Each record's replication revision (the outbox is its sparse `pending` index)
 * and the replication checkpoints. Records already in the book get their revision when the team is
 * first joined (lib/sync/seed-outbox.ts), not here: an upgrade is no edit.
 */
export function createV5(db: IDBPDatabase<CrmSchema>): void {
  const revisions = db.createObjectStore('revisions', { keyPath: 'key' });
  revisions.createIndex('pending', 'pending');
  db.createObjectStore('syncCheckpoints', { keyPath: 'id' });
}

/**
 * Version 7: shelves for the search words of the contacts an import adds (lib/db/contacts/word-shelves.ts).
 * Contacts already in the book keep theirs in the `search` index.
 */
export function createV7(db: IDBPDatabase<CrmSchema>): void {
  db.createObjectStore('wordShelves', { keyPath: ['prefix', 'part'] });
}
