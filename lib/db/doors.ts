/**
 * The write doors of every workspace store, by name, for the paths that write all of them alike (a
 * restore, the demo seed). Each entry only calls its store's door.
 */
import type { Complaint, Feedback } from '../schema/crm-records';
import type { Contact, Deal, Note, Organisation } from '../schema/records';
import { clearComplaints, complaintAsStored, deleteComplaint, putComplaint } from './complaints/put';
import { clearFeedback, deleteFeedback, putFeedback } from './complaints/put-feedback';
import { clearContacts, contactAsStored, deleteContact, putContact } from './contacts/put';
import { unshelved } from './contacts/shelved';
import { clearShelves, type ShelvesTx } from './contacts/word-shelves';
import { clearDeals, deleteDeal, putDeal } from './deals/put';
import {
  clearInteractions,
  deleteInteraction,
  type InteractionsTx,
  interactionAsStored,
  putInteraction,
  readAheadFor,
} from './interactions/put';
import { clearNotes, deleteNote, putNote } from './notes/put';
import { clearOrganisations, deleteOrganisation, organisationAsStored, putOrganisation } from './organisations/put';
import { type RevisionKeysTx, type RevisionsTx, tombstoneAbsent } from './revisions/put';
import { ALL_STORES, type RecordOf, type StoreName } from './schema';
import type { Stamp, WriteTx } from './write-tx';

export type WorkspaceTx = RevisionsTx &
  WriteTx<'contacts', Contact> &
  WriteTx<'organisations', Organisation> &
  InteractionsTx &
  WriteTx<'deals', Deal> &
  WriteTx<'notes', Note> &
  WriteTx<'complaints', Complaint> &
  WriteTx<'feedback', Feedback>;

type Door<S extends StoreName> = {
  /** `before`, where the door reads the stored version first: that version, just read by the caller (null: none). */
  write(tx: WorkspaceTx, record: RecordOf<S>, now: Stamp, before?: RecordOf<S> | null): Promise<unknown>;
  clear(tx: WorkspaceTx): Promise<void>;
  /** The record as written, for stores whose door derives fields. */
  asStored?: (record: RecordOf<S>) => RecordOf<S>;
  /** Starts the reads a write of this record will make (a pull issues them with its own). */
  readAhead?: (tx: WorkspaceTx, record: RecordOf<S>) => void;
  /** Deletes one record with a tombstone: merges, undos, and the team sync applying a deletion. */
  remove: (tx: WorkspaceTx, id: string) => Promise<void>;
};

export const DOORS: { [S in StoreName]: Door<S> } = {
  contacts: {
    write: putContact,
    clear: clearContacts,
    asStored: (c) => contactAsStored(unshelved(c), null),
    remove: deleteContact,
  },
  organisations: {
    write: putOrganisation,
    clear: clearOrganisations,
    asStored: (o) => organisationAsStored(o, null),
    remove: deleteOrganisation,
  },
  interactions: {
    write: (tx, r, _now, before) => putInteraction(tx, r, before),
    readAhead: readAheadFor,
    clear: clearInteractions,
    asStored: interactionAsStored,
    remove: deleteInteraction,
  },
  deals: { write: (tx, r) => putDeal(tx, r), clear: clearDeals, remove: deleteDeal },
  notes: { write: (tx, r) => putNote(tx, r), clear: clearNotes, remove: deleteNote },
  complaints: {
    write: putComplaint,
    clear: clearComplaints,
    asStored: (c) => complaintAsStored(c, null),
    remove: deleteComplaint,
  },
  feedback: { write: (tx, r) => putFeedback(tx, r), clear: clearFeedback, remove: deleteFeedback },
};

/** One store's records as a batch for writeInSlices, each through the store's door. */
export function doorBatch<S extends StoreName>(tx: WorkspaceTx, store: S, records: readonly RecordOf<S>[], now: Stamp) {
  const door: Door<S> = DOORS[store];
  return { records, write: (record: RecordOf<S>) => door.write(tx, record, now) };
}

/** A record as its store's door would keep it (derived fields recomputed, updatedAt kept): what a restore writes. */
export function recordAsStored<S extends StoreName>(store: S, record: RecordOf<S>): RecordOf<S> {
  const door: Door<S> = DOORS[store];
  return door.asStored ? door.asStored(record) : record;
}

/** Writes one record of any workspace store through that store's door. */
export function putRecord<S extends StoreName>(tx: WorkspaceTx, store: S, record: RecordOf<S>, now: Stamp) {
  const door: Door<S> = DOORS[store];
  return door.write(tx, record, now);
}

/** Deletes one record through its store's door. */
export async function removeRecord(tx: WorkspaceTx, store: StoreName, id: string): Promise<void> {
  await DOORS[store].remove(tx, id);
}

/**
 * Empties every workspace store for a replacement (a restore, the demo seed), then `refill` writes the
 * new book through the doors. Records the new book does not hold get a tombstone, so the team sees
 * them deleted; records it holds again get a new revision where they differ.
 */
export async function replaceWorkspace<T>(
  tx: WorkspaceTx & RevisionKeysTx & ShelvesTx,
  refill: () => Promise<T>,
  kept: (store: StoreName) => ReadonlySet<string>,
): Promise<T> {
  await Promise.all([...ALL_STORES.map((store) => DOORS[store].clear(tx)), clearShelves(tx)]);
  const result = await refill();
  for (const store of ALL_STORES) await tombstoneAbsent(tx, store, kept(store));
  return result;
}
