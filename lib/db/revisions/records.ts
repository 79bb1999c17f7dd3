/** The replication records kept beside the workspace (version 5). */

export interface Checkpoint {
  /** The replication id (also the `_local/<id>` document on the server). */
  id: string;
  /** The last `_changes` sequence whose changes are all applied here. */
  pulledSince: string;
  /** When the last replication finished. */
  at: number;
}
