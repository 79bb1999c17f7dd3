/**
 * Keeps the contactTouches store (lib/db/interactions/touches.ts) in step with the interactions store:
 * called only by the interactions door (put.ts), in the transaction that writes the interaction.
 */
import type { Interaction } from '../../schema/records';
import { addTouch, type ContactTouches, entriesOf, noTouches, removeTouch, type TouchEntry } from './touches';

export interface TouchesStore {
  get(contactId: string): Promise<ContactTouches | undefined>;
  put(value: ContactTouches): Promise<unknown>;
  delete(contactId: string): Promise<void>;
  clear(): Promise<void>;
}

export interface TouchesTx {
  objectStore(name: 'contactTouches'): TouchesStore;
}

/**
 * Each contact's aggregate as this transaction last wrote it. The door is the store's only writer, so
 * the copy read first stays the truth for the whole transaction: concurrent writes of one contact's
 * interactions (a restore writes many at once) change one object in turn instead of racing on get and put.
 */
const held = new WeakMap<object, Map<string, Promise<ContactTouches>>>();

function heldIn(tx: TouchesTx): Map<string, Promise<ContactTouches>> {
  let byContact = held.get(tx);
  if (!byContact) {
    byContact = new Map();
    held.set(tx, byContact);
  }
  return byContact;
}

/** A contact's aggregate inside a writing transaction (an empty one when it has no touches). */
export function touchesIn(tx: TouchesTx, contactId: string): Promise<ContactTouches> {
  const byContact = heldIn(tx);
  let touches = byContact.get(contactId);
  if (!touches) {
    touches = tx
      .objectStore('contactTouches')
      .get(contactId)
      .then((t) => t ?? noTouches(contactId));
    byContact.set(contactId, touches);
  }
  return touches;
}

interface Change {
  add: TouchEntry[];
  remove: TouchEntry[];
}

/** What one interaction write changes in each contact's entries; entries on both sides cancel out. */
function changesOf(before: Interaction | undefined, after: Interaction | undefined): Map<string, Change> {
  const changes = new Map<string, Change>();
  const changeOf = (id: string) => {
    let change = changes.get(id);
    if (!change) {
      change = { add: [], remove: [] };
      changes.set(id, change);
    }
    return change;
  };
  for (const [id, entry] of before ? entriesOf(before) : []) changeOf(id).remove.push(entry);
  for (const [id, entry] of after ? entriesOf(after) : []) {
    const change = changeOf(id);
    const same = change.remove.findIndex(([at, inbound]) => Object.is(at, entry[0]) && inbound === entry[1]);
    if (same >= 0) change.remove.splice(same, 1);
    else change.add.push(entry);
  }
  return changes;
}

/** Follows one interaction write (`before` → `after`; undefined for none) in every contact's aggregate. */
export async function followInteraction(
  tx: TouchesTx,
  before: Interaction | undefined,
  after: Interaction | undefined,
): Promise<void> {
  const writes: Promise<unknown>[] = [];
  for (const [contactId, change] of changesOf(before, after)) {
    if (change.add.length === 0 && change.remove.length === 0) continue;
    writes.push(
      touchesIn(tx, contactId).then((touches) => {
        if (!touches.stale) {
          for (const entry of change.remove) if (!removeTouch(touches, entry)) touches.stale = true;
          for (const entry of change.add) addTouch(touches, entry);
        }
        return saveTouches(tx, touches);
      }),
    );
  }
  await Promise.all(writes);
}

/** Per transaction: the aggregates whose write is in flight, and those changed again meanwhile. */
const writing = new WeakMap<object, { inFlight: Map<string, Promise<unknown>>; latest: Map<string, ContactTouches> }>();

function writingIn(tx: TouchesTx) {
  let state = writing.get(tx);
  if (!state) {
    state = { inFlight: new Map(), latest: new Map() };
    writing.set(tx, state);
  }
  return state;
}

/**
 * Writes a contact's aggregate as it now stands (none at all for a contact without touches). A bulk write
 * (a restore, the demo seed, a pull) changes one contact's aggregate many times in one transaction: while
 * one write of it is in flight, further changes wait and go out together in the next, so the store sees a
 * few writes per contact, not one per interaction.
 */
export function saveTouches(tx: TouchesTx, touches: ContactTouches): Promise<unknown> {
  const id = touches.contactId;
  heldIn(tx).set(id, Promise.resolve(touches));
  const { inFlight, latest } = writingIn(tx);
  const pending = inFlight.get(id);
  if (pending) {
    latest.set(id, touches);
    return pending;
  }
  const store = tx.objectStore('contactTouches');
  const empty = !touches.stale && touches.count === 0 && touches.invalid === 0;
  const write = (empty ? store.delete(id) : store.put(touches)).then(() => {
    inFlight.delete(id);
    const next = latest.get(id);
    latest.delete(id);
    return next ? saveTouches(tx, next) : undefined;
  });
  inFlight.set(id, write);
  return write;
}

/** Empties the store with the interactions store (a restore, the demo seed). */
export async function clearTouches(tx: TouchesTx): Promise<void> {
  held.delete(tx);
  writing.delete(tx);
  await tx.objectStore('contactTouches').clear();
}
