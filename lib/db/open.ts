import { type IDBPDatabase, openDB } from 'idb';
import type { CrmSchema } from './schema';

export const DB_NAME = 'rapport';
export const DB_VERSION = 1;

export type CrmDb = IDBPDatabase<CrmSchema>;

/** The one door to the database. Only the background opens it. */
export function openCrm(name = DB_NAME): Promise<CrmDb> {
  return openDB<CrmSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) createV1(db);
    },
    blocking(_current, _next, event) {
      // A newer version wants to upgrade (another extension context after an update): let it.
      (event.target as IDBDatabase).close();
    },
  });
}

function createV1(db: IDBPDatabase<CrmSchema>): void {
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
