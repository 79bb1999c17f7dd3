import type { CrmDb } from './open';
import { ALL_STORES, type StoreName } from './schema';

export async function workspaceStats(db: CrmDb): Promise<Record<StoreName, number>> {
  const tx = db.transaction(ALL_STORES);
  const counts = await Promise.all(ALL_STORES.map((name) => tx.objectStore(name).count()));
  await tx.done;
  return Object.fromEntries(ALL_STORES.map((name, i) => [name, counts[i] ?? 0])) as Record<StoreName, number>;
}
