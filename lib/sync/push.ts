/**
 * Push: the outbox (revisions still `pending`), sealed, checked with `_revs_diff`, sent with
 * `_bulk_docs` and `new_edits: false` (our revision ids and `_revisions` histories kept as they are),
 * then taken out of the outbox unless a newer local write replaced them meanwhile. While one batch is
 * on the wire the next is read and sealed.
 */
import { atomically } from '../db/atomic';
import type { CrmDb } from '../db/open';
import { floorRead, outboxFloor } from '../db/revisions/outbox-floor';
import { asDeletion, isPrivate, markAllPushed, type Revision } from '../db/revisions/put';
import { ALL_STORES } from '../schema/stores';
import { couch, SyncError, type TeamServer } from './couch';
import { type SyncDoc, sealDoc } from './envelope';
import type { TeamKey } from './team-key';

export const PUSH_BATCH = 1000;

/**
 * Sends the whole outbox, reading and sealing the next batch while the last one is on the wire. After a
 * full batch the next is read from the outbox place after its last revision's (new writes come later
 * still); after a short one, from the start again, leaving out what is on the wire. A server that refuses
 * a batch as too large (413: its `max_http_request_size`) gets smaller ones; a single record too large for
 * it stops the round with that reason, losing nothing.
 */
export async function pushAll(db: CrmDb, server: TeamServer, key: TeamKey): Promise<number> {
  let pushed = 0;
  let limit = PUSH_BATCH;
  let from: OutboxRead = { after: undefined, travelling: new Set() };
  let next = sealedOutbox(db, key, limit, from);
  for (;;) {
    const docs = await next;
    if (!docs.batch.length) {
      // Read after a place: anything written meanwhile before it is found from the start.
      if (from.after === undefined) return pushed;
      from = { after: undefined, travelling: new Set() };
      next = sealedOutbox(db, key, limit, from);
      continue;
    }
    const sent = from;
    // Not yet out of the outbox while they travel: the next batch leaves them out.
    from =
      docs.batch.length === limit
        ? { after: docs.lastPlace, travelling: new Set() }
        : { after: undefined, travelling: new Set(docs.batch.map((d) => d._id)) };
    next = sealedOutbox(db, key, limit, from);
    // Should this batch fail, the round stops (or starts over smaller): never an unhandled rejection.
    next.catch(() => undefined);
    try {
      await send(db, server, docs.batch);
    } catch (error) {
      if (!(error instanceof SyncError && error.reason === 'too-large') || docs.batch.length === 1) throw error;
      await next.catch(() => undefined);
      limit = Math.ceil(docs.batch.length / 2);
      from = sent;
      next = sealedOutbox(db, key, limit, from);
      continue;
    }
    pushed += docs.batch.length;
  }
}

async function send(db: CrmDb, server: TeamServer, docs: SyncDoc[]): Promise<void> {
  const diff = (await couch(server, '/_revs_diff', {
    body: Object.fromEntries(docs.map((d) => [d._id, [d._rev]])),
  })) as Record<string, { missing?: string[] }>;
  const missing = docs.filter((d) => diff[d._id]?.missing?.includes(d._rev));
  if (missing.length) {
    const answer = (await couch(server, '/_bulk_docs', { body: { docs: missing, new_edits: false } })) as unknown[];
    const failed = answer.filter((a) => typeof a === 'object' && a !== null && 'error' in a);
    if (failed.length) throw new Error(`The team server refused ${failed.length} documents`);
  }
  const tx = db.transaction('revisions', 'readwrite');
  await atomically(tx, () =>
    markAllPushed(
      tx,
      docs.map((d) => ({ key: d._id, rev: d._rev })),
    ),
  );
}

/** Where a batch of the outbox is read from: after an outbox place, or from the start without those on the wire. */
interface OutboxRead {
  after: number | undefined;
  travelling: ReadonlySet<string>;
}

async function sealedOutbox(db: CrmDb, key: TeamKey, limit: number, from: OutboxRead) {
  const outbox = await readOutbox(db, limit, from);
  const batch = await Promise.all(outbox.map(({ revision, record }) => sealDoc(key, revision, record)));
  return { batch, lastPlace: outbox.at(-1)?.revision.pending };
}

/** Up to `limit` revisions of the outbox in the order of their places, and their records; every read issued at once. */
async function readOutbox(
  db: CrmDb,
  limit: number,
  { after, travelling }: OutboxRead,
): Promise<{ revision: Revision; record: object | null }[]> {
  const floor = after === undefined ? await outboxFloor(db) : undefined;
  const fromFloor = floor === undefined ? undefined : floorRead(db);
  const tx = db.transaction([...ALL_STORES, 'revisions']);
  const outbox = tx.objectStore('revisions').index('pending');
  const read =
    floor === undefined
      ? await outbox.getAll(IDBKeyRange.lowerBound(after, true), limit)
      : await outbox.getAll(IDBKeyRange.lowerBound(floor), limit + travelling.size);
  const pending = read.filter((revision) => !travelling.has(revision.key)).slice(0, limit);
  const stored = await Promise.all(
    pending.map((revision) => (revision.deleted ? undefined : tx.objectStore(revision.store).get(revision.id))),
  );
  await fromFloor?.raise(read[0]?.pending);
  return pending.map((revision, i) => {
    // The doors give private records no revision; should one be pending anyway, only its deletion leaves.
    const record = isPrivate(stored[i] ?? null) ? null : (stored[i] ?? null);
    // A revision whose record is gone without a tombstone cannot be sent as an edit: send the deletion.
    return { revision: record || revision.deleted ? revision : asDeletion(revision), record };
  });
}
