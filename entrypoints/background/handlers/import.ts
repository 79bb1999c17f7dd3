import { newId } from '@/lib/db/ids';
import { commitImport } from '@/lib/db/import/commit';
import { beginJob, cancelJob, cleanStaleJobs, stageChunk } from '@/lib/db/import/jobs';
import { summariseImport } from '@/lib/db/import/plan';
import type { HandlersOf } from '@/lib/protocol';
import type { importVerbs } from '@/lib/protocol/import';
import type { HandlerDeps } from './deps';
import type { ImportJobs } from './jobs';

/**
 * Import. Rows arrive in chunks into a staging store and reach the workspace only through one
 * transaction (the commit), so the workspace never holds half a file.
 */
export function importHandlers(
  { db, now }: HandlerDeps,
  { running, refitLater }: ImportJobs,
): HandlersOf<typeof importVerbs> {
  // Journals of imports abandoned in an earlier session are cleaned when the background starts.
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
      return { cancelled: await cancelJob(await db(), jobId) };
    },
  };
}
