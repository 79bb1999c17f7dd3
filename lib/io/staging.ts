import type { Complaint, Feedback } from '../schema/crm-records';
import type { Contact, Deal, Interaction, Note, Organisation } from '../schema/records';
import type { StoreName } from '../schema/stores';
import type { ContactImport } from './contact-import';

/**
 * An import or a restore in progress. Its rows wait in the staging store until one transaction
 * moves them into the workspace; a job left alone for an hour is thrown away, never applied.
 */
export interface ImportJob {
  id: string;
  kind: 'import' | 'restore';
  createdAt: number;
  /** Last chunk staged: a job idle for too long is stale. */
  updatedAt: number;
  /** Restore only: how many records of each store the backup holds, to refuse an incomplete upload. */
  expected?: Partial<Record<StoreName, number>>;
  /** Import only: its commit has started writing chunks; set until they are all in or all undone. */
  committing?: true;
}

/** What one staged chunk carries: contact drafts for an import, records of one store for a restore. */
export type StagedPart =
  | { store: 'drafts'; records: ContactImport[] }
  | { store: 'contacts'; records: Contact[] }
  | { store: 'organisations'; records: Organisation[] }
  | { store: 'interactions'; records: Interaction[] }
  | { store: 'deals'; records: Deal[] }
  | { store: 'notes'; records: Note[] }
  | { store: 'complaints'; records: Complaint[] }
  | { store: 'feedback'; records: Feedback[] };

export type StagedChunk = { jobId: string; seq: number } & StagedPart;
