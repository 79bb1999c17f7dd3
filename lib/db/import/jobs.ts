import type { ContactImport } from '../../io/contact-import';
import type { ImportJob, StagedChunk, StagedPart } from '../../io/staging';
import { atomically } from '../atomic';
import { shelveWords } from '../contacts/word-shelves';
import { newId } from '../ids';
import type { CrmDb } from '../open';
import { hasReplicated, oweRevisions } from '../revisions/checkpoint';
import type { OwedRange } from '../revisions/records';
import type { CommitUndo } from './undo';

/** A job not touched for this long was abandoned (tab closed, browser quit): its rows are dropped. */
export const STALE_JOB_MS = 60 * 60 * 1000;

/** Every chunk of one job, in order: [jobId, 0] … [jobId, ∞). */
export function chunkRange(jobId: string): IDBKeyRange {
  return IDBKeyRange.bound([jobId, 0], [jobId, Number.POSITIVE_INFINITY]);
}

/** What a commit in progress wrote, chunk by chunk: [jobId, -∞] … [jobId, 0). */
export function undoRange(jobId: string): IDBKeyRange {
  return IDBKeyRange.bound([jobId, Number.NEGATIVE_INFINITY], [jobId, 0], false, true);
}

/** Everything a job keeps in the staging store: its staged rows and what its commit wrote so far. */
function jobRange(jobId: string): IDBKeyRange {
  return IDBKeyRange.bound([jobId, Number.NEGATIVE_INFINITY], [jobId, Number.POSITIVE_INFINITY]);
}

/** A job's staged rows, in order (never what its commit wrote). */
export async function stagedOf(
  chunks: { getAll(range: IDBKeyRange): Promise<(StagedChunk | CommitUndo)[]> },
  jobId: string,
): Promise<StagedChunk[]> {
  const all = await chunks.getAll(chunkRange(jobId));
  return all.filter((chunk): chunk is StagedChunk => chunk.store !== 'undo');
}

/** The drafts of an import's chunks, in file order. */
export function stagedDrafts(chunks: readonly StagedChunk[]): ContactImport[] {
  const drafts: ContactImport[] = [];
  for (const chunk of chunks) if (chunk.store === 'drafts') for (const draft of chunk.records) drafts.push(draft);
  return drafts;
}

/** What forgetJob needs: a read-write transaction over both staging stores. */
export interface StagingTx {
  objectStore(name: 'importJobs'): { delete(key: string): Promise<void> };
  objectStore(name: 'importChunks'): { delete(key: IDBKeyRange): Promise<void> };
}

/** What the commit's chunk transactions need of the journal. */
export interface JournalTx {
  objectStore(name: 'importJobs'): {
    get(key: string): Promise<ImportJob | undefined>;
    put(job: ImportJob): Promise<unknown>;
  };
  objectStore(name: 'importChunks'): {
    put(value: CommitUndo): Promise<unknown>;
    delete(key: [string, number]): Promise<void>;
  };
}

/**
 * This file is the ONE door to the staging stores (importJobs, importChunks). Drops a job's journal
 * entry and its staged rows inside the caller's transaction.
 */
export function forgetJob(tx: StagingTx, jobId: string): Promise<unknown> {
  return Promise.all([
    tx.objectStore('importChunks').delete(jobRange(jobId)),
    tx.objectStore('importJobs').delete(jobId),
  ]);
}

/** Opens a journal entry; nothing in the workspace changes until the job is committed. */
export async function beginJob(
  db: CrmDb,
  kind: ImportJob['kind'],
  now: number,
  expected?: ImportJob['expected'],
): Promise<string> {
  const job: ImportJob = { id: newId(), kind, createdAt: now, updatedAt: now };
  if (expected) job.expected = expected;
  await db.add('importJobs', job);
  return job.id;
}

/**
 * Stores one chunk of a job. Sending the same `seq` again replaces it, so a retried chunk is
 * never counted twice. Throws 'import-not-found' once the job was cancelled, committed or cleaned.
 */
export async function stageChunk(db: CrmDb, jobId: string, seq: number, part: StagedPart, now: number): Promise<void> {
  const tx = db.transaction(['importJobs', 'importChunks'], 'readwrite');
  await atomically(tx, async () => {
    const job = await tx.objectStore('importJobs').get(jobId);
    const wanted: ImportJob['kind'] = part.store === 'drafts' ? 'import' : 'restore';
    if (!job || job.kind !== wanted || job.committing) throw new Error('import-not-found');
    const chunk: StagedChunk = { jobId, seq, ...part };
    await Promise.all([
      tx.objectStore('importChunks').put(chunk),
      tx.objectStore('importJobs').put({ ...job, updatedAt: now }),
    ]);
  });
}

/** Forgets a job and its staged rows; the workspace is not touched (see cancelImport). False if there was no such job. */
export async function cancelJob(db: CrmDb, jobId: string): Promise<boolean> {
  const tx = db.transaction(['importJobs', 'importChunks'], 'readwrite');
  return atomically(tx, async () => {
    const found = (await tx.objectStore('importJobs').getKey(jobId)) !== undefined;
    await forgetJob(tx, jobId);
    return found;
  });
}

/** Drops every job idle for longer than STALE_JOB_MS, with its rows. Returns how many were dropped. */
export async function cleanStaleJobs(db: CrmDb, now: number): Promise<number> {
  const tx = db.transaction(['importJobs', 'importChunks'], 'readwrite');
  return atomically(tx, async () => {
    const idle = await tx
      .objectStore('importJobs')
      .index('updatedAt')
      .getAll(IDBKeyRange.upperBound(now - STALE_JOB_MS, true));
    // A commit stopped half way is left to its rollback (recoverInterruptedCommits): dropping its
    // journal here would keep the chunks it wrote.
    const stale = idle.filter((job) => !job.committing);
    await Promise.all(stale.map((job) => forgetJob(tx, job.id)));
    return stale.length;
  });
}

/**
 * Marks an import as being committed, so a second commit (a double click) or a late chunk is refused
 * while its chunks are written, and an interrupted one is recognised on the next start.
 */
export async function startCommitting(db: CrmDb, jobId: string, now: number): Promise<void> {
  // Strict: written before any chunk, so a recovery always knows a commit had started.
  const tx = db.transaction('importJobs', 'readwrite', { durability: 'strict' });
  await atomically(tx, async () => {
    const job = await tx.objectStore('importJobs').get(jobId);
    if (job?.kind !== 'import' || job.committing) throw new Error('import-not-found');
    await tx.objectStore('importJobs').put({ ...job, committing: true, updatedAt: now });
  });
}

/**
 * Inside a chunk's transaction: refuses if the job is gone (cancelled meanwhile). The job itself is not
 * touched: a committing job is never cleaned as stale, however long it runs.
 */
export async function stillCommitting(tx: JournalTx, jobId: string): Promise<void> {
  const job = await tx.objectStore('importJobs').get(jobId);
  if (!job?.committing) throw new Error('import-not-found');
}

/** Inside a chunk's transaction: what the chunk wrote, as it was before. */
export async function journalChunk(tx: JournalTx, undo: CommitUndo): Promise<void> {
  await tx.objectStore('importChunks').put(undo);
}

/** Inside a rollback step's transaction: that chunk is undone. */
export function dropUndone(tx: JournalTx, undo: CommitUndo): Promise<void> {
  return tx.objectStore('importChunks').delete([undo.jobId, undo.seq]);
}

/** Every chunk undone: the job holds its staged rows again and may be committed or cancelled. */
export async function stopCommitting(tx: JournalTx, jobId: string): Promise<void> {
  const job = await tx.objectStore('importJobs').get(jobId);
  if (!job?.committing) return;
  const { committing: _done, ...staged } = job;
  await tx.objectStore('importJobs').put(staged);
}

/**
 * The commit's last step, in one transaction: the new contacts' words go on the shelves, the journal (staged
 * rows, what each chunk wrote) goes, and in a book that replicates the new contacts' range is owed its revisions.
 */
export async function finishCommit(
  db: CrmDb,
  jobId: string,
  shelfLines: ReadonlyMap<string, readonly string[]> = new Map(),
  owed?: OwedRange,
): Promise<void> {
  // Strict: once the user is told the import is in, no crash may bring its journal back (and undo it).
  const tx = db.transaction(['importJobs', 'importChunks', 'wordShelves', 'syncCheckpoints'], 'readwrite', {
    durability: 'strict',
  });
  await atomically(tx, async () => {
    const job = await tx.objectStore('importJobs').get(jobId);
    if (!job?.committing) throw new Error('import-not-found');
    const owe = async () => {
      if (owed && (await hasReplicated(tx))) await oweRevisions(tx, owed);
    };
    await Promise.all([shelveWords(tx.objectStore('wordShelves'), shelfLines), forgetJob(tx, jobId), owe()]);
  });
}
