import type { Contact, Organisation } from '../../schema/records';
import type { Revision } from '../revisions/put';

/** One record a commit chunk wrote, as it was before: `before` null when the chunk created it. */
export type UndoRecord =
  | { store: 'contacts'; id: string; before: Contact | null; revision: Revision | null }
  | { store: 'organisations'; id: string; before: Organisation | null; revision: Revision | null };

/**
 * What one committed chunk of an import wrote, kept in the import's journal (the staging store, at a
 * negative seq) in the chunk's own transaction, until the whole import is done: a cancelled or
 * interrupted commit puts every record back from these.
 */
export interface CommitUndo {
  jobId: string;
  /** -1 for the first chunk, -2 for the next… */
  seq: number;
  store: 'undo';
  records: UndoRecord[];
}
