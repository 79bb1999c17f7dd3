import type { ContactImport } from '../../io/contact-import';
import { ImportPlanner, type MatchKind, type PlannedContact } from '../../io/dedupe-plan';
import type { Contact } from '../../schema/records';
import { eachContactPage } from '../in-pages';
import type { CrmDb } from '../open';
import { TimeSlice } from '../time-slice';
import { stagedDrafts, stagedOf } from './jobs';
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

/** Planning runs between answers to other messages in slices of about this long. */
const PLAN_SLICE_MS = 8;

/**
 * Each draft planned against the contacts stored now (each also handed to `seen`), read a page per short
 * transaction and planned in time slices, so lookups are answered meanwhile.
 */
export async function planStaged(
  db: CrmDb,
  drafts: readonly ContactImport[],
  seen?: (contact: Contact) => void,
): Promise<PlannedContact[]> {
  const planner = new ImportPlanner();
  await eachContactPage(db, (page) => {
    for (const contact of page) {
      planner.addExisting(contact);
      seen?.(contact);
    }
  });
  const slice = new TimeSlice(PLAN_SLICE_MS);
  const plan: PlannedContact[] = [];
  for (const draft of drafts) {
    plan.push(planner.plan(draft));
    if (slice.due()) await slice.pause();
  }
  return plan;
}

/**
 * What committing the staged rows would do, against the contacts stored now. Writes nothing. The
 * contacts are read a page per short transaction and the rows planned in time slices, so lookups are
 * answered meanwhile. The stamp is read first: a contact written during the reading makes the commit
 * plan again.
 */
export async function summariseImport(db: CrmDb, jobId: string): Promise<ImportPlanSummary> {
  const tx = db.transaction(['importJobs', 'importChunks', 'contacts']);
  const [job, staged, stamp] = await Promise.all([
    tx.objectStore('importJobs').get(jobId),
    stagedOf(tx.objectStore('importChunks'), jobId),
    planStamp(tx, jobId),
  ]);
  await tx.done;
  if (job?.kind !== 'import') throw new Error('import-not-found');
  const names = new Map<string, string>();
  const plan = await planStaged(db, stagedDrafts(staged), (contact) => names.set(contact.id, contact.name));
  // The commit that usually follows uses this plan instead of making it again.
  keepPlan({ jobId, stamp, plan });
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
