/**
 * Push: the outbox (revisions still `pending`), sealed, checked with `_revs_diff`, sent with
 * `_bulk_docs` and `new_edits: false` (our revision ids and `_revisions` histories kept as they are),
 * then taken out of the outbox unless a newer local write replaced them meanwhile.
 */
import { atomically } from '../db/atomic';
import type { CrmDb } from '../db/open';
import { isPrivate, markPushed, type Revision } from '../db/revisions/put';
import { ALL_STORES } from '../schema/stores';
import { couch, type TeamServer } from './couch';
import { type SyncDoc, sealDoc } from './envelope';
import type { TeamKey } from './team-key';

export const PUSH_BATCH = 500;

/** Pushes one batch of the outbox; resolves to how many revisions it held (0 when it is empty). */
export async function pushBatch(db: CrmDb, server: TeamServer, key: TeamKey, limit = PUSH_BATCH): Promise<number> {
  const outbox = await readOutbox(db, limit);
  if (!outbox.length) return 0;
  const docs: SyncDoc[] = await Promise.all(outbox.map(({ revision, record }) => sealDoc(key, revision, record)));
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
  await atomically(tx, async () => {
    for (const d of docs) await markPushed(tx, d._id, d._rev);
  });
  return outbox.length;
}

async function readOutbox(db: CrmDb, limit: number): Promise<{ revision: Revision; record: object | null }[]> {
  const tx = db.transaction([...ALL_STORES, 'revisions']);
  const pending = await tx.objectStore('revisions').index('pending').getAll(1, limit);
  const out: { revision: Revision; record: object | null }[] = [];
  for (const revision of pending) {
    const stored = revision.deleted ? null : ((await tx.objectStore(revision.store).get(revision.id)) ?? null);
    // The doors give private records no revision; should one be pending anyway, only its deletion leaves.
    const record = isPrivate(stored) ? null : stored;
    // A revision whose record is gone without a tombstone cannot be sent as an edit: send the deletion.
    out.push({ revision: record || revision.deleted ? revision : { ...revision, deleted: true }, record });
  }
  return out;
}
