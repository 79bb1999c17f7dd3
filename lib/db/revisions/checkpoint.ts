/** The ONE door to the syncCheckpoints store: how far replication with a team database has got. */
import type { CrmDb } from '../open';
import type { Checkpoint } from './records';

export async function readCheckpoint(db: CrmDb, id: string): Promise<Checkpoint | undefined> {
  return db.get('syncCheckpoints', id);
}

export async function writeCheckpoint(db: CrmDb, checkpoint: Checkpoint): Promise<void> {
  await db.put('syncCheckpoints', checkpoint);
}
