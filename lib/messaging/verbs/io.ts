import * as z from 'zod/mini';
import { ContactImport } from '../../io/contact-import';
import { Complaint, Feedback } from '../../schema/crm-records';
import { Id } from '../../schema/primitives';
import { Contact, Deal, Interaction, Note, Organisation } from '../../schema/records';

/** Rows per staged chunk: the page sends fewer when they are large, to keep each message small. */
export const MAX_CHUNK_ROWS = 5000;

const JobId = Id;
const Seq = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000));
const Count = z.number().check(z.int(), z.minimum(0), z.maximum(10_000_000));
const Choice = z.enum(['merge', 'skip']);
const Store = z.enum(['contacts', 'organisations', 'interactions', 'deals', 'notes', 'complaints', 'feedback']);
const rows = <T extends z.ZodMiniType>(record: T) => z.array(record).check(z.maxLength(MAX_CHUNK_ROWS));

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

export const ioVerbs = {
  /** Opens an import journal; rows are then staged, planned, and committed or cancelled. */
  'import.begin': { input: z.object({}) },
  'import.stage': { input: z.object({ jobId: JobId, seq: Seq, drafts: rows(ContactImport) }) },
  'import.plan': { input: z.object({ jobId: JobId }) },
  'import.commit': { input: z.object({ jobId: JobId, existing: Choice, inFile: Choice }) },
  /** How many records a running commit or restore has written, of how many. */
  'import.progress': { input: z.object({ jobId: JobId }) },
  /** Cancels an import or a restore, even mid-commit: its staged rows are dropped, the workspace untouched. */
  'import.cancel': { input: z.object({ jobId: JobId }) },
  'restore.begin': { input: z.object({ expected: z.partialRecord(Store, Count) }) },
  'restore.stage': { input: z.object({ jobId: JobId, seq: Seq, part: RestorePart }) },
  'restore.preview': { input: z.object({ jobId: JobId }) },
  'restore.apply': { input: z.object({ jobId: JobId }) },
  'export.page': {
    input: z.object({
      store: Store,
      after: z.optional(Id),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_CHUNK_ROWS)),
    }),
  },
} as const;
