import { planMerge } from '../../identity/merge';
import type { Contact, Organisation } from '../../schema/records';
import { atomically } from '../atomic';
import { type PreparedContact, prepareNewContact, putContact, putPreparedContact } from '../contacts/put';
import type { CrmDb } from '../open';
import { putOrganisation } from '../organisations/put';
import { hasReplicated } from '../revisions/checkpoint';
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
  | { store: 'contacts'; record: Contact; planned?: Contact; prepared?: PreparedContact };

/**
 * The new contacts of the ops made ready for their transaction (stored form, and first revision if
 * `revise`), done while the database writes the previous chunk: the chunk's transaction then only puts.
 */
export function prepareOps(ops: readonly CommitOp[], now: number, revise: boolean): CommitOp[] {
  return ops.map((op) =>
    op.store === 'contacts' && !op.planned && !op.prepared
      ? { ...op, prepared: prepareNewContact(op.record, now, revise) }
      : op,
  );
}

export interface CommitChunk {
  jobId: string;
  /** Negative: the chunk's place in the journal, -1 first. */
  seq: number;
  ops: readonly CommitOp[];
  now: number;
}

/** An id no stored contact has: planMerge refuses to merge a contact with itself. */
const INCOMING = '\u0000incoming';

const merges = (op: CommitOp) => op.store === 'contacts' && op.planned !== undefined;

/**
 * Writes one chunk through the stores' doors and, in the same transaction, records in the journal what
 * every record was before, or refuses if the import was cancelled meanwhile. A new contact gets its first
 * revision only in a book that replicates (putPreparedContact). A chunk of new records issues every
 * request at once: one wait for the database, then its commit.
 */
export async function writeChunk(db: CrmDb, { jobId, seq, ops, now }: CommitChunk): Promise<void> {
  // Relaxed: a chunk lost in a crash takes its journal entry with it (same transaction), and the
  // commit's last step, which makes the import final, is written strictly (finishCommit).
  const tx = db.transaction(
    ['importJobs', 'importChunks', 'contacts', 'organisations', 'revisions', 'syncCheckpoints'],
    'readwrite',
    { durability: 'relaxed' },
  );
  await atomically(tx, async () => {
    const open = stillCommitting(tx, jobId);
    const revise = hasReplicated(tx);
    for (const check of [open, revise]) check.catch(() => undefined);
    const records: UndoRecord[] = [];
    const write = async (op: CommitOp): Promise<unknown> => {
      if (op.store === 'organisations') {
        records.push({ store: 'organisations', id: op.record.id, before: null, revision: null });
        return putOrganisation(tx, op.record, null);
      }
      const { record, planned, prepared } = op;
      if (!planned) {
        records.push({ store: 'contacts', id: record.id, before: null, revision: null });
        return prepared ? putPreparedContact(tx, prepared, revise) : putContact(tx, record, now);
      }
      const [current, revision] = await Promise.all([
        tx.objectStore('contacts').get(record.id),
        tx.objectStore('revisions').get(revisionKey('contacts', record.id)),
      ]);
      // Deleted since the plan (merged into someone else): not brought back.
      if (!current) return;
      records.push({ store: 'contacts', id: record.id, before: current, revision: revision ?? null });
      // Changed since the plan (an edit, a log's insights): the file's additions go onto the newer version.
      const next = sameRecord(current, planned) ? record : planMerge(current, { ...record, id: INCOMING }).merged;
      return putContact(tx, { ...next, id: record.id }, now);
    };
    const writes = Promise.all(ops.map(write));
    // What a new record replaces (nothing) is known at once; what a merge replaces, once it has been read.
    if (ops.some(merges)) await writes;
    await Promise.all([open, writes, journalChunk(tx, { jobId, seq, store: 'undo', records })]);
  });
}
