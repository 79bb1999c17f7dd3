import { type MatchKind, planImport } from '../../io/dedupe-plan';
import type { CrmDb } from '../open';
import { stagedDrafts } from './commit';
import { stagedOf } from './jobs';
import { keepPlan, planStamp } from './kept-plan';

/** A few examples of each kind of duplicate, enough for the user to judge the choice. */
export const PLAN_SAMPLES = 20;

export interface ImportPlanSummary {
  rows: number;
  new: number;
  existing: number;
  inFile: number;
  existingSamples: { line: number; name: string; existingName: string; matchedBy: MatchKind }[];
  inFileSamples: { line: number; name: string; firstLine: number; matchedBy: MatchKind }[];
}

/** What committing the staged rows would do, against the contacts stored now. Writes nothing. */
export async function summariseImport(db: CrmDb, jobId: string): Promise<ImportPlanSummary> {
  const tx = db.transaction(['importJobs', 'importChunks', 'contacts']);
  const [job, staged, existing, stamp] = await Promise.all([
    tx.objectStore('importJobs').get(jobId),
    stagedOf(tx.objectStore('importChunks'), jobId),
    tx.objectStore('contacts').getAll(),
    planStamp(tx, jobId),
  ]);
  await tx.done;
  if (job?.kind !== 'import') throw new Error('import-not-found');
  const plan = planImport(stagedDrafts(staged), existing);
  // The commit that usually follows uses this plan instead of making it again.
  keepPlan({ jobId, stamp, plan });
  const names = new Map(existing.map((c) => [c.id, c.name]));
  const summary: ImportPlanSummary = {
    rows: 0,
    new: 0,
    existing: 0,
    inFile: 0,
    existingSamples: [],
    inFileSamples: [],
  };
  for (const { draft, decision } of plan) {
    summary.rows++;
    if (decision.kind === 'new') summary.new++;
    else if (decision.kind === 'duplicate-of-existing') {
      summary.existing++;
      if (summary.existingSamples.length < PLAN_SAMPLES) {
        const existingName = names.get(decision.existingId) ?? '';
        summary.existingSamples.push({
          line: draft.line,
          name: draft.name,
          existingName,
          matchedBy: decision.matchedBy,
        });
      }
    } else {
      summary.inFile++;
      if (summary.inFileSamples.length < PLAN_SAMPLES) {
        const { firstLine, matchedBy } = decision;
        summary.inFileSamples.push({ line: draft.line, name: draft.name, firstLine, matchedBy });
      }
    }
  }
  return summary;
}
