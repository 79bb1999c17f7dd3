/** The ONE door to the syncCheckpoints store: how far replication with a team database has got. */
import type { CrmDb } from '../open';
import type { Checkpoint } from './records';

export async function readCheckpoint(db: CrmDb, id: string): Promise<Checkpoint | undefined> {
  return db.get('syncCheckpoints', id);
}

export async function writeCheckpoint(db: CrmDb, checkpoint: Checkpoint): Promise<void> {
  await db.put('syncCheckpoints', checkpoint);
}

export interface CheckpointsTx {
  objectStore(name: 'syncCheckpoints'): { count(): Promise<number> };
}

/**
 * Whether this book has started replicating with a team: a replication first stores this machine's replica
 * id, then offers every record without a revision (seedOutbox). Until then a new record needs none.
 */
export async function hasReplicated(tx: CheckpointsTx): Promise<boolean> {
  return (await tx.objectStore('syncCheckpoints').count()) > 0;
}
