import { exportPage } from '@/lib/db/export-page';
import { newId } from '@/lib/db/ids';
import { commitImport } from '@/lib/db/import/commit';
import { beginJob, cancelJob, cleanStaleJobs, stageChunk } from '@/lib/db/import/jobs';
import { summariseImport } from '@/lib/db/import/plan';
import { applyRestore } from '@/lib/db/restore/apply';
import { previewRestore } from '@/lib/db/restore/dry-run';
import type { VerbInput } from '@/lib/messaging/verbs';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';
import { RunningJobs } from './running-jobs';

/**
 * Import, restore and export. Rows arrive in chunks into a staging store and reach the workspace
 * only through one transaction (commit or apply), so the workspace never holds half a file.
 */
export function ioHandlers(deps: HandlerDeps) {
  const { db, now } = deps;
  const { recompute } = insightsUpdater(deps);
  // The data is saved once the commit returns; tiers and insights are a derived cache. Refitting
  // 100,000 contacts takes longer than the import itself, so the user does not wait for it (a
  // refit cut short by the browser is redone by the daily alarm).
  const refitLater = () => void recompute().catch(console.error);
  const running = new RunningJobs();
  // Journals of imports abandoned in an earlier session are cleaned when the background starts.
  db()
    .then((d) => cleanStaleJobs(d, now()))
    .catch(console.error);
  return {
    async 'import.begin'(_: VerbInput<'import.begin'>) {
      const d = await db();
      await cleanStaleJobs(d, now());
      return { jobId: await beginJob(d, 'import', now()) };
    },
    async 'import.stage'({ jobId, seq, drafts }: VerbInput<'import.stage'>) {
      await stageChunk(await db(), jobId, seq, { store: 'drafts', records: drafts }, now());
      return { staged: drafts.length };
    },
    async 'import.plan'({ jobId }: VerbInput<'import.plan'>) {
      return summariseImport(await db(), jobId);
    },
    async 'import.commit'({ jobId, existing, inFile }: VerbInput<'import.commit'>) {
      const outcome = await running.run(jobId, async (progress) =>
        commitImport(await db(), jobId, { existing, inFile }, { now: now(), newId }, progress),
      );
      if (outcome.created + outcome.updated > 0) refitLater();
      return outcome;
    },
    /** How far a commit or a restore has got. */
    async 'import.progress'({ jobId }: VerbInput<'import.progress'>) {
      return running.progress(jobId);
    },
    /** A commit or restore still writing is stopped first; one that already finished stays. */
    async 'import.cancel'({ jobId }: VerbInput<'import.cancel'>) {
      await running.stop(jobId);
      return { cancelled: await cancelJob(await db(), jobId) };
    },
    async 'restore.begin'({ expected }: VerbInput<'restore.begin'>) {
      const d = await db();
      await cleanStaleJobs(d, now());
      return { jobId: await beginJob(d, 'restore', now(), expected) };
    },
    async 'restore.stage'({ jobId, seq, part }: VerbInput<'restore.stage'>) {
      await stageChunk(await db(), jobId, seq, part, now());
      return { staged: part.records.length };
    },
    async 'restore.preview'({ jobId }: VerbInput<'restore.preview'>) {
      return previewRestore(await db(), jobId);
    },
    async 'restore.apply'({ jobId }: VerbInput<'restore.apply'>) {
      const counts = await running.run(jobId, async (progress) => applyRestore(await db(), jobId, progress));
      refitLater();
      return counts;
    },
    async 'export.page'({ store, after, limit }: VerbInput<'export.page'>) {
      return exportPage(await db(), store, after, limit);
    },
  };
}
