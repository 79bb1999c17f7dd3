import type { Contact, Organisation } from '../../schema/records';
import { databaseAsks } from '../asks';
import { ChunkSizer } from '../chunk-sizer';
import { shelfLines } from '../contacts/word-shelves';
import type { CrmDb } from '../open';
import type { OwedRange } from '../revisions/records';
import { TimeSlice, yieldToQueuedTasks } from '../time-slice';
import type { WriteProgress } from '../write-in-slices';
import { type CommitOp, prepareOps, type ShelvedWords, writeChunk } from './commit-chunk';
import { finishCommit, stagedDrafts, stagedOf, startCommitting } from './jobs';
import { planStamp, takePlan } from './kept-plan';
import { planStaged } from './plan';
import { rollBackCommit } from './rollback';
import { type ImportChoices, type ImportClock, type ImportOutcome, planImportWrites } from './writes';

/**
 * How a commit paces its transactions. A chunk's transaction takes batches of about `batchMs` for as long
 * as nothing else asks for the database (askForDatabase), up to `chunkMs`: whoever asks waits for about two
 * batches, and an import nobody waits on runs in long transactions. `chunkMs` 0: one batch per chunk.
 */
export interface CommitPace {
  chunkMs: number;
  batchMs: number;
}

export const COMMIT_PACE: CommitPace = { chunkMs: 150, batchMs: 4 };
const FIRST_BATCH = 20;
const MIN_BATCH = 5;
const MAX_BATCH = 250;
/** Planning the writes runs between answers to other messages in slices of about this long. */
const SLICE_MS = 8;

/**
 * Moves every staged row of an import into the workspace, deduplicated against the contacts stored
 * when it starts. The writes go in transactions of their own that end as soon as something else asks
 * for the database (COMMIT_PACE), so the sidebar's lookups and a log get in between; each chunk records in
 * the import's journal what it wrote, and the journal entry goes last, in one transaction. If anything
 * fails, the import is cancelled, or the browser stops half way (undone on the next start), every
 * chunk is put back: the workspace ends with all of the import or none of it. Meanwhile a lookup may
 * see the contacts already written: they are real records being added. The team sees none of the new contacts
 * before the import is final: their first revisions are stamped by the next sync round (owedRevisions).
 */
export async function commitImport(
  db: CrmDb,
  jobId: string,
  choices: ImportChoices,
  clock: ImportClock,
  progress: WriteProgress = {},
  pace: CommitPace = COMMIT_PACE,
): Promise<ImportOutcome> {
  const { ops, outcome, owed } = await planCommit(db, jobId, choices, clock);
  await startCommitting(db, jobId, clock.now);
  try {
    const shelved: ShelvedWords[] = [];
    await writeChunks(db, jobId, ops, clock.now, progress, pace, shelved);
    await finishCommit(db, jobId, await shelfLines(shelved, new TimeSlice(SLICE_MS)), owed);
    return outcome;
  } catch (error) {
    // If this fails too (the browser is closing), the next start undoes what is left.
    await rollBackCommit(db, jobId).catch(console.error);
    throw error;
  }
}

/**
 * The writes of the commit, from the plan the user was shown if nothing changed since it was made, else
 * from a plan made again the same way (planStaged); then only the contacts it merges into are read.
 */
async function planCommit(db: CrmDb, jobId: string, choices: ImportChoices, clock: ImportClock) {
  const tx = db.transaction(['importJobs', 'importChunks', 'contacts', 'organisations']);
  const [job, orgs, stamp] = await Promise.all([
    tx.objectStore('importJobs').get(jobId),
    tx.objectStore('organisations').getAll(),
    planStamp(tx, jobId),
  ]);
  if (job?.kind !== 'import' || job.committing) throw new Error('import-not-found');
  const kept = takePlan(jobId, stamp);
  const staged = kept ? [] : await stagedOf(tx.objectStore('importChunks'), jobId);
  await tx.done;
  const plan = kept ?? (await planStaged(db, stagedDrafts(staged)));
  const ids = new Set(
    plan.flatMap(({ decision }) => (decision.kind === 'duplicate-of-existing' ? [decision.existingId] : [])),
  );
  const contacts = db.transaction('contacts').store;
  const existing = (await Promise.all([...ids].map((id) => contacts.get(id)))).filter((c) => c !== undefined);
  const writes = await planImportWrites(plan, existing, orgs, choices, clock, new TimeSlice(SLICE_MS));
  const stored = new Map(existing.map((c) => [c.id, c]));
  const ops: CommitOp[] = [
    ...writes.organisations.map((record: Organisation): CommitOp => ({ store: 'organisations', record })),
    ...writes.add.map((record: Contact): CommitOp => ({ store: 'contacts', record })),
    ...writes.put.map((record: Contact): CommitOp => ({ store: 'contacts', record, planned: stored.get(record.id) })),
  ];
  return { ops, outcome: writes.outcome, owed: owedRange(writes.add) };
}

/** The key range of the new contacts, whose first revisions the commit leaves to the next sync round. */
function owedRange(added: readonly Contact[]): OwedRange | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (const { id } of added) {
    if (first === undefined || id < first) first = id;
    if (last === undefined || id > last) last = id;
  }
  return first !== undefined && last !== undefined ? { store: 'contacts', first, last } : undefined;
}

async function writeChunks(
  db: CrmDb,
  jobId: string,
  ops: (CommitOp | undefined)[],
  now: number,
  { onProgress, signal }: WriteProgress,
  pace: CommitPace,
  shelved: ShelvedWords[],
): Promise<void> {
  const sizer = new ChunkSizer(pace.batchMs, FIRST_BATCH, MIN_BATCH, MAX_BATCH);
  let taken = 0;
  onProgress?.(0, ops.length);
  for (let seq = -1; taken < ops.length; seq--) {
    // Messages that arrived during the last chunk (a lookup) open their transactions first.
    await yieldToQueuedTasks();
    if (signal?.aborted) throw new Error('import-cancelled');
    const asks = databaseAsks();
    const opened = performance.now();
    const from = taken;
    /** The next batch made ready (written ones are let go: a smaller heap, shorter GC pauses), or none. */
    const next = (): CommitOp[] | undefined => {
      const ends = databaseAsks() !== asks || signal?.aborted || performance.now() - opened >= pace.chunkMs;
      if (taken >= ops.length || (taken > from && ends)) return undefined;
      const to = Math.min(ops.length, taken + sizer.next());
      const batch = ops.slice(taken, to).filter((op) => op !== undefined);
      ops.fill(undefined, taken, to);
      taken = to;
      return prepareOps(batch, now, shelved);
    };
    await writeChunk(db, { jobId, seq, next, now, took: (records, ms) => sizer.took(records, ms) });
    onProgress?.(taken, ops.length);
  }
  if (signal?.aborted) throw new Error('import-cancelled');
}
