import { putRecord, replaceWorkspace } from '../db/doors';
import type { CrmDb } from '../db/open';
import { ALL_STORES, type StoreName } from '../db/schema';
import { workspaceStats } from '../db/stats';
import { generateDemoWorkspace } from './generate';

export const DEMO_CONTACTS = 300;

/**
 * Fills the workspace with the demo book of customers, in one transaction. Refuses to touch a
 * workspace that already holds data unless asked to replace it.
 */
export async function seedDemoWorkspace(
  db: CrmDb,
  opts: { now: number; replace: boolean; contacts?: number },
): Promise<Record<StoreName, number>> {
  const existing = await workspaceStats(db);
  if (!opts.replace && Object.values(existing).some((n) => n > 0)) throw new Error('workspace-not-empty');
  const ws = generateDemoWorkspace({ contacts: opts.contacts ?? DEMO_CONTACTS, now: opts.now });
  const tx = db.transaction([...ALL_STORES, 'contactTouches', 'revisions', 'wordShelves'], 'readwrite');
  // Replacing a book deletes the old one for the team too: its records get tombstones.
  const fill = () => {
    const writes: Promise<unknown>[] = [];
    for (const o of ws.organisations) writes.push(putRecord(tx, 'organisations', o, null));
    for (const c of ws.contacts) writes.push(putRecord(tx, 'contacts', c, null));
    for (const d of ws.deals) writes.push(putRecord(tx, 'deals', d, null));
    for (const i of ws.interactions) writes.push(putRecord(tx, 'interactions', i, null));
    for (const n of ws.notes) writes.push(putRecord(tx, 'notes', n, null));
    for (const c of ws.complaints) writes.push(putRecord(tx, 'complaints', c, null));
    for (const f of ws.feedback) writes.push(putRecord(tx, 'feedback', f, null));
    return Promise.all(writes);
  };
  const ids = (store: StoreName) => new Set<string>(ws[store].map((record: { id: string }) => record.id));
  await Promise.all([replaceWorkspace(tx, fill, ids), tx.done]);
  return workspaceStats(db);
}
