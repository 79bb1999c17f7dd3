import { newId } from '@/lib/db/ids';
import { commitImport } from '@/lib/db/import/commit';
import { beginJob, cleanStaleJobs, stageChunk } from '@/lib/db/import/jobs';
import { summariseImport } from '@/lib/db/import/plan';
import { cancelImport } from '@/lib/db/import/rollback';
import type { HandlersOf } from '@/lib/protocol';
import type { importVerbs } from '@/lib/protocol/import';
import type { HandlerDeps } from './deps';
import type { ImportJobs } from './jobs';

/**
 * Import. Rows arrive in chunks into a staging store; the commit moves them into the workspace in
 * short chunks journalled so that a cancel, a failure or a browser stopped half way undoes them all:
 * the workspace never keeps half a file.
 */
export function importHandlers(
  { db, now }: HandlerDeps,
  { running, refitLater }: ImportJobs,
): HandlersOf<typeof importVerbs> {
  // Journals of imports abandoned in an earlier session are cleaned when the background starts (a
  // commit stopped half way was undone when the database was opened: lib/db/import/rollback.ts).
  db()
    .then((d) => cleanStaleJobs(d, now()))
    .catch(console.error);
  return {
    async 'import.begin'() {
      const d = await db();
      await cleanStaleJobs(d, now());
      return { jobId: await beginJob(d, 'import', now()) };
    },
    async 'import.stage'({ jobId, seq, drafts }) {
      await stageChunk(await db(), jobId, seq, { store: 'drafts', records: drafts }, now());
      return { staged: drafts.length };
    },
    async 'import.plan'({ jobId }) {
      return summariseImport(await db(), jobId);
    },
    async 'import.commit'({ jobId, existing, inFile }) {
      const outcome = await running.run(jobId, async (progress) =>
        commitImport(await db(), jobId, { existing, inFile }, { now: now(), newId }, progress),
      );
      if (outcome.created + outcome.updated > 0) refitLater();
      return outcome;
    },
    /** How far a commit or a restore has got. */
    async 'import.progress'({ jobId }) {
      return running.progress(jobId);
    },
    /** A commit or restore still writing is stopped first; one that already finished stays. */
    async 'import.cancel'({ jobId }) {
      await running.stop(jobId);
      return { cancelled: await cancelImport(await db(), jobId) };
    },
  };
}
