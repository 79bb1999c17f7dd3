import { planMerge } from '../../identity/merge';
import type { Contact, Organisation } from '../../schema/records';
import { atomically } from '../atomic';
import { prepareNewContact, putContact, putUnrevisedContact } from '../contacts/put';
import { shelvedForm } from '../contacts/shelved';
import type { CrmDb } from '../open';
import { putOrganisation } from '../organisations/put';
import { revisionKey } from '../revisions/put';
import { journalChunk, stillCommitting } from './jobs';
import { sameRecord } from './same-record';
import type { UndoRecord } from './undo';

/**
 * One write of a commit: a new organisation or contact (fresh id, nothing to read first), or an
 * existing contact with the file's rows merged in (`planned`: that contact as the plan read it).
 */
export type CommitOp =
  | { store: 'organisations'; record: Organisation }
  | { store: 'contacts'; record: Contact; planned?: Contact; prepared?: Contact };

/** A new contact's id and search words, for the shelves (word-shelves.ts). */
export type ShelvedWords = readonly [id: string, words: readonly string[]];

/**
 * The new contacts of the ops made ready for their transaction (stored form), done while the database writes
 * the batch before: the transaction then only puts. Their search words go on the shelves at the end of the
 * commit instead of into the index (each is added to `shelved`), and their first revisions are owed: the commit's
 * last step records their range for the next sync round (oweRevisions), which stamps them before it pushes.
 */
export function prepareOps(ops: readonly CommitOp[], now: number, shelved: ShelvedWords[]): CommitOp[] {
  return ops.map((op) => {
    if (op.store !== 'contacts' || op.planned || op.prepared) return op;
    const stored = prepareNewContact(op.record, now);
    shelved.push([stored.id, stored.search]);
    return { ...op, prepared: shelvedForm(stored) };
  });
}

export interface CommitChunk {
  jobId: string;
  /** Negative: the chunk's place in the journal, -1 first. */
  seq: number;
  /** The chunk's next batch of ops, made ready; nothing once the chunk should end. */
  next: () => readonly CommitOp[] | undefined;
  now: number;
  /** Told how long each batch took, from its first request to its last answer. */
  took: (records: number, ms: number) => void;
}

/** An id no stored contact has: planMerge refuses to merge a contact with itself. */
const INCOMING = '\u0000incoming';

/**
 * Writes one chunk through the stores' doors, a batch at a time for as long as `next` gives one, and then, in
 * the same transaction, records in the journal what every record was before; it refuses if the import was
 * cancelled meanwhile. A new contact gets no revision here (prepareOps). Two batches are in flight at once: the
 * database always has the next one while the thread makes the one after ready, and whoever asks for the database
 * meanwhile waits for at most those two.
 */
export async function writeChunk(db: CrmDb, { jobId, seq, next, now, took }: CommitChunk): Promise<void> {
  // Relaxed: a chunk lost in a crash takes its journal entry with it (same transaction), and the
  // commit's last step, which makes the import final, is written strictly (finishCommit).
  const tx = db.transaction(['importJobs', 'importChunks', 'contacts', 'organisations', 'revisions'], 'readwrite', {
    durability: 'relaxed',
  });
  await atomically(tx, async () => {
    const open = stillCommitting(tx, jobId);
    open.catch(() => undefined);
    const records: UndoRecord[] = [];
    const write = async (op: CommitOp): Promise<unknown> => {
      if (op.store === 'organisations') {
        records.push({ store: 'organisations', id: op.record.id, before: null, revision: null });
        return putOrganisation(tx, op.record, null);
      }
      const { record, planned, prepared } = op;
      if (!planned) {
        records.push({ store: 'contacts', id: record.id, before: null, revision: null });
        return prepared ? putUnrevisedContact(tx, prepared) : putContact(tx, record, now);
      }
      const [current, revision] = await Promise.all([
        tx.objectStore('contacts').get(record.id),
        tx.objectStore('revisions').get(revisionKey('contacts', record.id)),
      ]);
      // Deleted since the plan (merged into someone else): not brought back.
      if (!current) return;
      records.push({ store: 'contacts', id: record.id, before: current, revision: revision ?? null });
      // Changed since the plan (an edit, a log's insights): the file's additions go onto the newer version.
      const merged = sameRecord(current, planned) ? record : planMerge(current, { ...record, id: INCOMING }).merged;
      return putContact(tx, { ...merged, id: record.id }, now);
    };
    let previous: Promise<unknown> = open;
    for (let batch = next(); batch; batch = next()) {
      const began = performance.now();
      const size = batch.length;
      const writes = Promise.all(batch.map(write)).then(() => took(size, performance.now() - began));
      // Awaited once the next batch is issued; a failure meanwhile is not an unhandled one.
      writes.catch(() => undefined);
      await previous;
      previous = writes;
    }
    await previous;
    await journalChunk(tx, { jobId, seq, store: 'undo', records });
  });
}
