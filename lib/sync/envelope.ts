/**
 * A record as a CouchDB document: only the id, store and revision are plaintext; the body (the record
 * and its per-field clocks) is AES-GCM ciphertext whose additional data binds id, store and revision,
 * so a body moved to another document or revision, or altered, does not open.
 */
import { DERIVED_FIELDS, type Revision } from '../db/revisions/put';
import { fromBase64, toBase64 } from '../io/encrypt';
import { ALL_STORES, type StoreName } from '../schema/stores';
import { hasStoreShape } from './record-shape';
import type { TeamKey } from './team-key';

export interface RevisionsHistory {
  start: number;
  ids: string[];
}

export interface SyncDoc {
  _id: string;
  _rev: string;
  _revisions: RevisionsHistory;
  _deleted?: true;
  store: StoreName;
  iv: string;
  data: string;
}

/** What the ciphertext holds: the record (null for a tombstone) and each field's clock and hash. */
export interface Body {
  record: Record<string, unknown> | null;
  fields: Record<string, [string, string]>;
}

// Checked by hand, not by a schema library: the first pull opens every document of the book, and a
// schema's parse copies each record and each field's pair, garbage the worker's lookups wait behind.
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const STORES: ReadonlySet<unknown> = new Set(ALL_STORES);

function isWire(doc: unknown): doc is SyncDoc {
  if (!isObject(doc)) return false;
  const { _id, _rev, _revisions: history, _deleted, store, iv, data } = doc;
  return (
    isString(_id) &&
    isString(_rev) &&
    isObject(history) &&
    typeof history.start === 'number' &&
    Array.isArray(history.ids) &&
    history.ids.every(isString) &&
    (_deleted === undefined || typeof _deleted === 'boolean') &&
    STORES.has(store) &&
    isString(iv) &&
    isString(data)
  );
}

const isStampPair = (pair: unknown): pair is [string, string] =>
  Array.isArray(pair) && pair.length === 2 && isString(pair[0]) && isString(pair[1]);

function isBody(body: unknown): body is Body {
  return (
    isObject(body) &&
    (body.record === null || isObject(body.record)) &&
    isObject(body.fields) &&
    Object.values(body.fields).every(isStampPair)
  );
}

/** What a document decrypts to: its revision state and the record (null for a tombstone). */
export interface Opened {
  revision: Revision;
  record: Record<string, unknown> | null;
}

const additionalData = (id: string, store: string, rev: string) => new TextEncoder().encode(`${id}\n${store}\n${rev}`);

export async function sealDoc(key: TeamKey, revision: Revision, record: object | null): Promise<SyncDoc> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const body: Body = { record: record ? stripDerived(record) : null, fields: revision.fields };
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(revision.key, revision.store, revision.rev) },
    key.aes,
    new TextEncoder().encode(JSON.stringify(body)),
  );
  const doc: SyncDoc = {
    _id: revision.key,
    _rev: revision.rev,
    _revisions: { start: Number.parseInt(revision.rev, 10), ids: revision.history },
    store: revision.store,
    iv: toBase64(iv),
    data: toBase64(new Uint8Array(data)),
  };
  if (revision.deleted) doc._deleted = true;
  return doc;
}

/**
 * Decrypts a document from the team database; null when it is foreign, tampered or not ours, or its record does
 * not have its store's shape.
 */
export async function openDoc(key: TeamKey, doc: unknown): Promise<Opened | null> {
  if (!isWire(doc)) return null;
  const { _id, _rev, _revisions, store, iv, data } = doc;
  const slash = _id.indexOf('/');
  if (_id.slice(0, slash) !== store || slash < 0) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(iv), additionalData: additionalData(_id, store, _rev) },
      key.aes,
      fromBase64(data),
    );
    const body: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
    if (!isBody(body)) return null;
    const id = _id.slice(slash + 1);
    if (body.record && (body.record.id !== id || !hasStoreShape(store, body.record))) return null;
    const revision: Revision = { key: _id, store, id, rev: _rev, history: _revisions.ids, fields: body.fields };
    if (doc._deleted || !body.record) revision.deleted = true;
    return { revision, record: body.record };
  } catch {
    return null;
  }
}

function stripDerived(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => !DERIVED_FIELDS.has(name)));
}
