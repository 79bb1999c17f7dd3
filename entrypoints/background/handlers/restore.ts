import { beginJob, cleanStaleJobs, stageChunk } from '@/lib/db/import/jobs';
import { applyRestore } from '@/lib/db/restore/apply';
import { previewRestore } from '@/lib/db/restore/dry-run';
import type { HandlersOf } from '@/lib/protocol';
import type { restoreVerbs } from '@/lib/protocol/restore';
import type { HandlerDeps } from './deps';
import type { ImportJobs } from './jobs';

/** Restore: a backup's chunks are staged, previewed, then applied in one transaction (cancelled as an import). */
export function restoreHandlers(
  { db, now }: HandlerDeps,
  { running, refitLater }: ImportJobs,
): HandlersOf<typeof restoreVerbs> {
  return {
    async 'restore.begin'({ expected }) {
      const d = await db();
      await cleanStaleJobs(d, now());
      return { jobId: await beginJob(d, 'restore', now(), expected) };
    },
    async 'restore.stage'({ jobId, seq, part }) {
      await stageChunk(await db(), jobId, seq, part, now());
      return { staged: part.records.length };
    },
    async 'restore.preview'({ jobId }) {
      return previewRestore(await db(), jobId);
    },
    async 'restore.apply'({ jobId }) {
      const counts = await running.run(jobId, async (progress) => applyRestore(await db(), jobId, progress));
      refitLater();
      return counts;
    },
  };
}
