import { IDBFactory } from 'fake-indexeddb';
import { type CrmDb, openCrm } from '../../lib/db/open';

/** A fresh, empty database for one test. */
export function freshDb(): Promise<CrmDb> {
  globalThis.indexedDB = new IDBFactory();
  return openCrm();
}
