import * as z from 'zod/mini';
import { Complaint, Feedback } from '../schema/crm-records';
import { Contact, Deal, Interaction, Note, Organisation } from '../schema/records';
import { JobId, type JobStarted, rows, Seq, type Staged, Store } from './jobs';
import { returns } from './returns';
import type { RestorePreview, StoreName } from './views';

const Count = z.number().check(z.int(), z.minimum(0), z.maximum(10_000_000));

/** One chunk of a backup: the records of one store, each checked against the current schema. */
const RestorePart = z.discriminatedUnion('store', [
  z.object({ store: z.literal('contacts'), records: rows(Contact) }),
  z.object({ store: z.literal('organisations'), records: rows(Organisation) }),
  z.object({ store: z.literal('interactions'), records: rows(Interaction) }),
  z.object({ store: z.literal('deals'), records: rows(Deal) }),
  z.object({ store: z.literal('notes'), records: rows(Note) }),
  z.object({ store: z.literal('complaints'), records: rows(Complaint) }),
  z.object({ store: z.literal('feedback'), records: rows(Feedback) }),
]);

/** A backup replaces the workspace: staged in chunks, previewed, then applied in one transaction. */
export const restoreVerbs = {
  'restore.begin': { input: z.object({ expected: z.partialRecord(Store, Count) }), output: returns<JobStarted>() },
  'restore.stage': { input: z.object({ jobId: JobId, seq: Seq, part: RestorePart }), output: returns<Staged>() },
  'restore.preview': { input: z.object({ jobId: JobId }), output: returns<RestorePreview>() },
  /** Records written per store. */
  'restore.apply': { input: z.object({ jobId: JobId }), output: returns<Record<StoreName, number>>() },
} as const;
