import { atomically } from '../atomic';
import { putBackContact } from '../contacts/put';
import type { CrmDb } from '../open';
import { putBackOrganisation } from '../organisations/put';
import { cancelJob, dropUndone, stopCommitting, undoRange } from './jobs';
import type { CommitUndo } from './undo';

/**
 * Undoes every chunk an import's commit wrote, newest first, each in a short transaction of its own
 * (with the journal entry that described it, so a rollback cut short resumes where it stopped), then
 * clears the job's committing mark: the workspace and the outbox are as before the commit, and the
 * staged rows wait to be committed again or cancelled. Returns how many chunks were undone.
 */
export async function rollBackCommit(db: CrmDb, jobId: string): Promise<number> {
  for (let undone = 0; ; undone++) {
    const tx = db.transaction(['importJobs', 'importChunks', 'contacts', 'organisations', 'revisions'], 'readwrite');
    const more = await atomically(tx, async () => {
      // The most negative seq is the newest chunk.
      const [newest] = await tx.objectStore('importChunks').getAll(undoRange(jobId), 1);
      if (newest?.store !== 'undo') {
        await stopCommitting(tx, jobId);
        return false;
      }
      await Promise.all([undoChunk(tx, newest), dropUndone(tx, newest)]);
      return true;
    });
    if (!more) return undone;
  }
}

type UndoTx = Parameters<typeof putBackContact>[0] & Parameters<typeof putBackOrganisation>[0];

function undoChunk(tx: UndoTx, undo: CommitUndo): Promise<unknown> {
  return Promise.all(
    undo.records.map((record) =>
      record.store === 'contacts'
        ? putBackContact(tx, record.id, record.before, record.revision)
        : putBackOrganisation(tx, record.id, record.before, record.revision),
    ),
  );
}

/**
 * When the background opens the database, before anything reads it: a commit the browser stopped
 * half way (closed, crashed, the worker killed) is undone, so the workspace holds none of that
 * import; its staged rows stay in the journal. Resolves to the database.
 */
export async function recoverInterruptedCommits(db: CrmDb): Promise<CrmDb> {
  try {
    for (const job of await db.getAll('importJobs')) if (job.committing) await rollBackCommit(db, job.id);
  } catch (error) {
    // The workspace is still usable; the next start tries again.
    console.error(error);
  }
  return db;
}

/** Cancels an import: a commit interrupted half way is undone first, then the job and its rows go. */
export async function cancelImport(db: CrmDb, jobId: string): Promise<boolean> {
  await rollBackCommit(db, jobId);
  return cancelJob(db, jobId);
}
