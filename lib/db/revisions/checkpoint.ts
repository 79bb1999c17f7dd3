/** The ONE door to the syncCheckpoints store: how far replication with a team database has got. */
import type { CrmDb } from '../open';
import type { Checkpoint, OwedRange, OwedRevisions } from './records';

export async function readCheckpoint(db: CrmDb, id: string): Promise<Checkpoint | undefined> {
  const found = await db.get('syncCheckpoints', id);
  return found && 'pulledSince' in found ? found : undefined;
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

const OWED = 'rapport-owed-revisions';

interface OwedReadTx {
  objectStore(name: 'syncCheckpoints'): { get(id: string): Promise<Checkpoint | OwedRevisions | undefined> };
}

export interface OwedTx extends OwedReadTx {
  objectStore(name: 'syncCheckpoints'): {
    get(id: string): Promise<Checkpoint | OwedRevisions | undefined>;
    put(value: OwedRevisions): Promise<unknown>;
  };
}

async function owedIn(tx: OwedReadTx): Promise<OwedRange[]> {
  const found = await tx.objectStore('syncCheckpoints').get(OWED);
  return found && 'ranges' in found ? found.ranges : [];
}

/** Records, in the transaction that wrote them, that the contacts of `range` have no revision yet. */
export async function oweRevisions(tx: OwedTx, range: OwedRange): Promise<void> {
  const ranges = [...(await owedIn(tx)), range];
  await tx.objectStore('syncCheckpoints').put({ id: OWED, ranges });
}

/** The ranges still owed their revisions, oldest first. */
export function owedRevisions(db: CrmDb): Promise<OwedRange[]> {
  return owedIn(db.transaction('syncCheckpoints'));
}

/** Forgets owed ranges once every contact in them has its revision; ranges owed meanwhile stay. */
export async function settleOwed(db: CrmDb, settled: readonly OwedRange[]): Promise<void> {
  if (!settled.length) return;
  const tx = db.transaction('syncCheckpoints', 'readwrite');
  const same = (a: OwedRange) => (b: OwedRange) => a.store === b.store && a.first === b.first && a.last === b.last;
  const ranges = (await owedIn(tx)).filter((range) => !settled.some(same(range)));
  await (ranges.length
    ? tx.objectStore('syncCheckpoints').put({ id: OWED, ranges })
    : tx.objectStore('syncCheckpoints').delete(OWED));
  await tx.done;
}
