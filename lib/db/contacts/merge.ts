/**
 * Merging two contacts that are one person, and taking a merge back. Every record that pointed at the
 * dropped contact (interactions, notes, deals, complaints, feedback) moves to the kept one, all in one
 * transaction; the undo record says exactly what moved so it can move back.
 */
import { withProfile } from '../../identity/keys';
import { planMerge } from '../../identity/merge';
import type { Contact, Interaction } from '../../schema/records';
import { atomically } from '../atomic';
import { putRecord } from '../doors';
import { newId } from '../ids';
import { putInteraction } from '../interactions/put';
import type { CrmDb } from '../open';
import { linkOrganisation, storeLookup } from '../organisations/link';
import { deleteContact, putContact } from './put';

const LINKED = ['notes', 'deals', 'complaints', 'feedback'] as const;
type Linked = (typeof LINKED)[number];

export interface MergeUndo {
  id: string;
  at: number;
  keep: Contact;
  drop: Contact;
  /** The moved interactions as they were. */
  interactions: Pick<Interaction, 'id' | 'contactIds' | 'timeline'>[];
  /** Ids of the records of each store that pointed at `drop`. */
  moved: Record<Linked, string[]>;
}

/** Every workspace store: records move, and a merged contact without an organisation is linked by the one rule. */
const STORES = ['contacts', 'organisations', 'interactions', ...LINKED] as const;

/** Merges `dropId` into `keepId`. Returns what undoing it needs. */
export async function mergeContacts(db: CrmDb, keepId: string, dropId: string, now: number): Promise<MergeUndo> {
  if (keepId === dropId) throw new Error('merge-same-contact');
  const tx = db.transaction([...STORES, 'contactTouches', 'revisions'], 'readwrite');
  return atomically(tx, async () => {
    const contacts = tx.objectStore('contacts');
    const [keep, drop] = await Promise.all([contacts.get(keepId), contacts.get(dropId)]);
    if (!keep || !drop) throw new Error('contact-not-found');
    const plan = planMerge(keep, drop);
    // The dropped contact's profile stays findable when it is the other form (member id / vanity slug).
    const profiled = withProfile(plan.merged, drop.linkedin);
    const merged = await linkOrganisation(storeLookup(tx.objectStore('organisations')), profiled);

    const interactions = tx.objectStore('interactions');
    const range = IDBKeyRange.bound([dropId, -Infinity], [dropId, Infinity]);
    const touched = await interactions.index('timeline').getAll(range);
    const undo: MergeUndo = {
      id: newId(),
      at: now,
      keep: plan.undo.keep,
      drop: plan.undo.drop,
      interactions: [],
      moved: { notes: [], deals: [], complaints: [], feedback: [] },
    };
    for (const i of new Map(touched.map((x) => [x.id, x])).values()) {
      undo.interactions.push({ id: i.id, contactIds: [...i.contactIds], timeline: i.timeline.map((t) => [...t]) });
      const contactIds = [...new Set(i.contactIds.map((id) => (id === dropId ? keepId : id)))];
      await putInteraction(tx, { ...i, contactIds });
    }
    for (const store of LINKED) {
      const s = tx.objectStore(store);
      for (const record of await s.index('contactId').getAll(dropId)) {
        undo.moved[store].push(record.id);
        await putRecord(tx, store, { ...record, contactId: keepId }, null);
      }
    }
    await putContact(tx, merged, now);
    await deleteContact(tx, dropId);
    return undo;
  });
}

/**
 * Takes a merge back: both contacts as they were before it, and every record it moved pointing at its
 * original contact again. Records added since stay with the kept contact.
 */
export async function undoMerge(db: CrmDb, undo: MergeUndo, now: number): Promise<void> {
  const tx = db.transaction([...STORES, 'contactTouches', 'revisions'], 'readwrite');
  await atomically(tx, async () => {
    const contacts = tx.objectStore('contacts');
    if (await contacts.getKey(undo.drop.id)) throw new Error('merge-already-undone');
    await putContact(tx, undo.keep, now);
    await putContact(tx, undo.drop, now);
    const interactions = tx.objectStore('interactions');
    for (const before of undo.interactions) {
      const current = await interactions.get(before.id);
      if (current) await putInteraction(tx, { ...current, contactIds: before.contactIds });
    }
    for (const store of LINKED) {
      const s = tx.objectStore(store);
      for (const id of undo.moved[store]) {
        const record = await s.get(id);
        if (record && record.contactId === undo.keep.id)
          await putRecord(tx, store, { ...record, contactId: undo.drop.id }, null);
      }
    }
  });
}
