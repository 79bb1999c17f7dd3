/**
 * Where the outbox (the `pending` index of revisions) is read from. A push takes what it sent out of that
 * index, and the browser keeps the removed entries for a long while: after a whole book went out, a read
 * from the index's start walks over a million of them, for seconds, and every write waits meanwhile. Every
 * revision still waiting has its place at or above the floor kept here, so a read starts there.
 */
import type { CrmDb } from '../open';
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import { lastOutboxPlace, placesAbove } from './put';

/** Kept beside the sync checkpoints, the floor in `pulledSince` (as the replica id is). */
const FLOOR_ID = 'rapport-outbox-floor';

const floors = new WeakMap<CrmDb, number>();

/** The floor of this book's outbox (0 until a read has raised it). */
export async function outboxFloor(db: CrmDb): Promise<number> {
  let floor = floors.get(db);
  if (floor === undefined) {
    floor = Number((await readCheckpoint(db, FLOOR_ID))?.pulledSince) || 0;
    floors.set(db, floor);
  }
  // A clock set back must not give a place below it.
  placesAbove(floor);
  return floor;
}

/** Called before a read from the floor starts: `raise` with what it found as its first entry. */
export function floorRead(db: CrmDb): { raise(first: number | undefined): Promise<void> } {
  // Places are given inside write transactions only: one that had none yet when the read began runs after
  // it (they share the revisions store) and gives places above this one.
  const above = lastOutboxPlace() + 1;
  return {
    async raise(first) {
      const floor = Math.min(first ?? above, above);
      if (floor <= (floors.get(db) ?? 0)) return;
      floors.set(db, floor);
      await writeCheckpoint(db, { id: FLOOR_ID, pulledSince: String(floor), at: Date.now() });
    },
  };
}

/** Whether anything waits in the outbox: its first entry from the floor, not a count (it may hold a whole import). */
export async function anyWaiting(db: CrmDb): Promise<boolean> {
  const from = IDBKeyRange.lowerBound(await outboxFloor(db));
  const read = floorRead(db);
  const cursor = await db.transaction('revisions').store.index('pending').openKeyCursor(from);
  const first = cursor?.key;
  await read.raise(typeof first === 'number' ? first : undefined);
  return first !== undefined;
}
