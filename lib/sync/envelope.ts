/**
 * A record as a CouchDB document: only the id, store and revision are plaintext; the body (the record
 * and its per-field clocks) is AES-GCM ciphertext whose additional data binds id, store and revision,
 * so a body moved to another document or revision, or altered, does not open.
 */
import * as z from 'zod/mini';
import { DERIVED_FIELDS, type Revision } from '../db/revisions/put';
import { fromBase64, toBase64 } from '../io/encrypt';
import { ALL_STORES, type StoreName } from '../schema/stores';
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

const Body = z.object({
  record: z.nullable(z.record(z.string(), z.unknown())),
  fields: z.record(z.string(), z.tuple([z.string(), z.string()])),
});
export type Body = z.infer<typeof Body>;

const Wire = z.object({
  _id: z.string(),
  _rev: z.string(),
  _revisions: z.object({ start: z.number(), ids: z.array(z.string()) }),
  _deleted: z.optional(z.boolean()),
  store: z.enum(ALL_STORES as [StoreName, ...StoreName[]]),
  iv: z.string(),
  data: z.string(),
});

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

/** Decrypts a document from the team database; null when it is foreign, tampered or not ours. */
export async function openDoc(key: TeamKey, doc: unknown): Promise<Opened | null> {
  const wire = Wire.safeParse(doc);
  if (!wire.success) return null;
  const { _id, _rev, _revisions, store, iv, data } = wire.data;
  const slash = _id.indexOf('/');
  if (_id.slice(0, slash) !== store || slash < 0) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(iv), additionalData: additionalData(_id, store, _rev) },
      key.aes,
      fromBase64(data),
    );
    const body = Body.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)));
    if (!body.success) return null;
    const id = _id.slice(slash + 1);
    if (body.data.record && body.data.record.id !== id) return null;
    const revision: Revision = { key: _id, store, id, rev: _rev, history: _revisions.ids, fields: body.data.fields };
    if (wire.data._deleted || !body.data.record) revision.deleted = true;
    return { revision, record: body.data.record };
  } catch {
    return null;
  }
}

function stripDerived(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => !DERIVED_FIELDS.has(name)));
}
