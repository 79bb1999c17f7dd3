/** The replication records kept beside the workspace (version 5). */

export interface Checkpoint {
  /** The replication id (also the `_local/<id>` document on the server). */
  id: string;
  /** The last `_changes` sequence whose changes are all applied here. */
  pulledSince: string;
  /** When the last replication finished. */
  at: number;
}

/**
 * Contacts written without their first revision, by key range (a large import's new contacts, whose ids
 * are one ascending run): the next sync round stamps those still without one before it pushes.
 */
export interface OwedRange {
  store: 'contacts';
  first: string;
  last: string;
}

/** The one record of owed ranges, kept beside the checkpoints. */
export interface OwedRevisions {
  id: string;
  ranges: OwedRange[];
}
