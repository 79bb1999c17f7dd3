import * as z from 'zod/mini';
import { ContactImport } from '../io/contact-import';
import { JobId, type JobStarted, rows, Seq, type Staged } from './jobs';
import { returns } from './returns';
import type { ImportOutcome, ImportPlanSummary } from './views';

const Choice = z.enum(['merge', 'skip']);

export const importVerbs = {
  /** Opens an import journal; rows are then staged, planned, and committed or cancelled. */
  'import.begin': { input: z.object({}), output: returns<JobStarted>() },
  'import.stage': {
    input: z.object({ jobId: JobId, seq: Seq, drafts: rows(ContactImport) }),
    output: returns<Staged>(),
  },
  'import.plan': { input: z.object({ jobId: JobId }), output: returns<ImportPlanSummary>() },
  'import.commit': {
    input: z.object({ jobId: JobId, existing: Choice, inFile: Choice }),
    output: returns<ImportOutcome>(),
  },
  /** How many records a running commit or restore has written, of how many. */
  'import.progress': { input: z.object({ jobId: JobId }), output: returns<{ done: number; total: number }>() },
  /** Cancels an import or a restore, even mid-commit: its staged rows are dropped, the workspace untouched. */
  'import.cancel': { input: z.object({ jobId: JobId }), output: returns<{ cancelled: boolean }>() },
} as const;
