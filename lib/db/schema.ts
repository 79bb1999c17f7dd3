import type { DBSchema } from 'idb';
import type { ImportJob, StagedChunk } from '../io/staging';
import type { Complaint, Feedback } from '../schema/crm-records';
import type { Contact, Deal, Interaction, Note, Organisation } from '../schema/records';
import type { StoreName } from '../schema/stores';
import type { CommitUndo } from './import/undo';
import type { ContactTouches } from './interactions/touches';
import type { Revision } from './revisions/put';
import type { Checkpoint, OwedRevisions } from './revisions/records';

export interface CrmSchema extends DBSchema {
  contacts: {
    key: string;
    value: Contact;
    indexes: {
      emails: string;
      emailKeys: string;
      linkedin: string;
      linkedinAliases: string;
      orgId: string;
      search: string;
      updatedAt: number;
      nextDue: number;
    };
  };
  organisations: {
    key: string;
    value: Organisation;
    indexes: { domains: string; name: string; nameKey: string };
  };
  interactions: {
    key: string;
    value: Interaction;
    indexes: { timeline: [string, number]; at: number; sourceKey: string };
  };
  deals: {
    key: string;
    value: Deal;
    indexes: { contactId: string; orgId: string; date: number };
  };
  notes: {
    key: string;
    value: Note;
    indexes: { contactId: string; createdAt: number };
  };
  complaints: {
    key: string;
    value: Complaint;
    indexes: { contactId: string; open: number };
  };
  feedback: {
    key: string;
    value: Feedback;
    indexes: { contactId: string; at: number };
  };
  /** Version 3: the journal of imports and restores in progress, one entry per job. */
  importJobs: {
    key: string;
    value: ImportJob;
    indexes: { updatedAt: number };
  };
  /**
   * Version 3: rows staged by a job, keyed [jobId, seq]; never read by anything but the job. A commit
   * in progress keeps what each of its chunks wrote at negative seqs (CommitUndo).
   */
  importChunks: {
    key: [string, number];
    value: StagedChunk | CommitUndo;
  };
  /** Version 5: each workspace record's replication revision; the sparse `pending` index is the outbox. */
  revisions: {
    key: string;
    value: Revision;
    indexes: { pending: number };
  };
  /** Version 5: how far replication with a team database has got, by replication id; and the owed revisions. */
  syncCheckpoints: {
    key: string;
    value: Checkpoint | OwedRevisions;
  };
  /** Version 6: each contact's touch aggregates, derived from the interactions store; never replicated. */
  contactTouches: {
    key: string;
    value: ContactTouches;
  };
  /** Version 7: the search words of contacts an import added, on shelves (contacts/word-shelves.ts); never replicated. */
  wordShelves: {
    key: [string, number];
    value: WordShelf;
  };
}

/** Lines "word NUL contact id" of words starting with `prefix`, sorted; `part` orders a prefix's shelves. */
export interface WordShelf {
  prefix: string;
  part: number;
  lines: string[];
}

export { ALL_STORES, type StoreName } from '../schema/stores';
export type RecordOf<S extends StoreName> = CrmSchema[S]['value'];
