/**
 * The ONE door to the revisions store: the replication state of every workspace record. Each store's
 * door calls stampLocalWrite in the transaction that writes the record, so a record and its revision
 * (and its place in the outbox, the sparse `pending` index) can never disagree. Replication writes here
 * through recordReplicated and markPushed only.
 */

import type { StoreName } from '../../schema/stores';
import { fieldHash, randomRevHash } from './field-hash';
import { type Hlc, nextHlc } from './hlc';

/** Revision ids kept per record: enough for _revisions histories to find a common ancestor. */
export const HISTORY_LIMIT = 50;

export interface Revision {
  /** `<store>/<id>`, also the CouchDB document id. */
  key: string;
  store: StoreName;
  id: string;
  /** The current revision, `<n>-<hash>`. */
  rev: string;
  /** Hashes of this revision and its ancestors, newest first (CouchDB's `_revisions.ids`). */
  history: string[];
  /**
   * Present while this revision is waiting to be pushed: its place in the outbox, the `pending` index
   * (nextOutboxPlace; books written before places were kept have 1).
   */
  pending?: number;
  deleted?: true;
  /** Per field: the clock of its last change and a hash of its value, for the field-level merge. */
  fields: Record<string, [Hlc, string]>;
}

export interface RevisionsTx {
  objectStore(name: 'revisions'): {
    get(key: string): Promise<Revision | undefined>;
    put(value: Revision): Promise<unknown>;
  };
}

/**
 * Fields each rep derives for itself (search tokens, canonical keys, index helpers, insights): never
 * sent, never merged; the door recomputes them when a replicated record is written.
 */
export const DERIVED_FIELDS: ReadonlySet<string> = new Set([
  'search',
  'shelved',
  'emailKeys',
  'nameKey',
  'timeline',
  'open',
  'insights',
]);

export const revisionKey = (store: StoreName, id: string) => `${store}/${id}`;

/**
 * The one field of a deletion's revision: the deletion's clock, so a merge weighs it against concurrent
 * edits (merge.ts). Never a record's field name.
 */
export const DELETION_FIELD = '_deleted';

let lastPlace = 0;

/**
 * A new revision's place in the outbox: after every place given before on this machine (the clock, 1,024
 * places a millisecond), so a push goes on after the last place it sent instead of reading the outbox from
 * its start again, where the browser keeps the index entries of revisions just pushed for a while.
 */
export function nextOutboxPlace(now = Date.now()): number {
  lastPlace = Math.max(lastPlace + 1, now * 1024);
  return lastPlace;
}

/** The last place given on this machine since it started (0: none yet). */
export const lastOutboxPlace = () => lastPlace;

/** Places given from now on are above `floor`, whatever the clock says (outbox-floor.ts). */
export function placesAbove(floor: number): void {
  lastPlace = Math.max(lastPlace, floor);
}

/**
 * A revision waiting to be pushed gets its place as it is written, not when it was made ready: the outbox is
 * read from a floor (outbox-floor.ts) that only a place given inside a transaction is sure to be above.
 */
const placedNow = (revision: Revision): Revision =>
  revision.pending === undefined ? revision : { ...revision, pending: nextOutboxPlace() };

export function revNumber(rev: string): number {
  return Number.parseInt(rev.slice(0, rev.indexOf('-')), 10) || 0;
}

/** Field clocks after a write: unchanged values keep their clock, changed ones get `stamp`; a deletion's is its own. */
export function stampFields(record: object | null, before: Revision['fields'], stamp: Hlc): Revision['fields'] {
  if (!record) return { [DELETION_FIELD]: [stamp, ''] };
  const fields: Revision['fields'] = {};
  for (const [name, value] of Object.entries(record)) {
    if (DERIVED_FIELDS.has(name)) continue;
    const hash = fieldHash(JSON.stringify(value) ?? '');
    const old = before[name];
    fields[name] = old && old[1] === hash ? old : [stamp, hash];
  }
  return fields;
}

/** A revision sent as its record's deletion, stamped now: a record gone without a tombstone, or made private. */
export function asDeletion(revision: Revision): Revision {
  return { ...revision, deleted: true, fields: stampFields(null, revision.fields, nextHlc()) };
}

function sameFields(a: Revision['fields'], b: Revision['fields']): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name]);
}

/** A private note or interaction: kept on this machine only, never given to the team. */
export function isPrivate(record: object | null): boolean {
  return record !== null && 'private' in record && record.private === true;
}

/**
 * A local write (or delete, `record` null) of one record: a new child revision, into the outbox. THE
 * place that keeps private records home: a private record gets no revision, or, when the team already
 * had it, a tombstone. Resolves to null when there is nothing to share.
 */
export async function stampLocalWrite(
  tx: RevisionsTx,
  store: StoreName,
  id: string,
  written: object | null,
): Promise<Revision | null> {
  // A replicated write: its revision is the team's, written by recordReplicated in the same transaction.
  if (replicating.has(tx)) return null;
  const key = revisionKey(store, id);
  const revisions = tx.objectStore('revisions');
  const before = await revisions.get(key);
  const record = isPrivate(written) ? null : written;
  if (!record && (!before || before.deleted)) return before ?? null;
  const stamp = nextHlc();
  const fields = stampFields(record, before?.fields ?? {}, stamp);
  // A write that changes nothing the team shares (a derived field, an unchanged save) is no edit.
  if (before && !before.deleted && record && sameFields(before.fields, fields)) return before;
  const hash = randomRevHash();
  const next: Revision = {
    key,
    store,
    id,
    rev: `${(before ? revNumber(before.rev) : 0) + 1}-${hash}`,
    history: [hash, ...(before?.history ?? [])].slice(0, HISTORY_LIMIT),
    pending: nextOutboxPlace(),
    fields,
  };
  if (!record) next.deleted = true;
  await revisions.put(next);
  return next;
}

export interface RevisionKeysTx {
  objectStore(name: 'revisions'): { getAllKeys(query: IDBKeyRange): Promise<IDBValidKey[]> };
}

/**
 * After a store was emptied and refilled (a restore, the demo seed): every record the team knows of that
 * is not among `kept` gets a tombstone, so the deletion replicates.
 */
export async function tombstoneAbsent(
  tx: RevisionsTx & RevisionKeysTx,
  store: StoreName,
  kept: ReadonlySet<string>,
): Promise<number> {
  const keyed: RevisionKeysTx = tx;
  const keys = await keyed.objectStore('revisions').getAllKeys(IDBKeyRange.bound(`${store}/`, `${store}/\uffff`));
  const prefix = store.length + 1;
  const absent = keys.map((key) => String(key).slice(prefix)).filter((id) => !kept.has(id));
  const stamped = await Promise.all(absent.map((id) => stampLocalWrite(tx, store, id, null)));
  return stamped.filter((revision) => revision?.pending).length;
}

/** Transactions applying the team's documents: the doors' own stamping stands aside in them. */
const replicating = new WeakSet<object>();

/**
 * Marks `tx` as applying replicated documents: every record a door writes in it gets the revision
 * recordReplicated writes beside it, not a local one (which would be computed, then overwritten).
 */
export function applyingReplicated(tx: RevisionsTx): void {
  replicating.add(tx);
}

/**
 * The first revisions of records that have none yet (joining a team with a book written before sync),
 * every put issued at once: one round trip for the page, not three per record. Private records get
 * none. Resolves to how many were stamped.
 */
export async function stampUnrevised(
  tx: RevisionsTx,
  store: StoreName,
  records: readonly { id: string }[],
  revised: ReadonlySet<string>,
): Promise<number> {
  const stamp = nextHlc();
  const puts: Promise<unknown>[] = [];
  for (const record of records) {
    const key = revisionKey(store, record.id);
    if (revised.has(key) || isPrivate(record)) continue;
    const hash = randomRevHash();
    puts.push(
      tx.objectStore('revisions').put({
        key,
        store,
        id: record.id,
        rev: `1-${hash}`,
        history: [hash],
        pending: nextOutboxPlace(),
        fields: stampFields(record, {}, stamp),
      }),
    );
  }
  await Promise.all(puts);
  return puts.length;
}

/**
 * Revisions already pushed, back in the outbox: for a team database that may never have had them (another
 * team's, or one that lost our checkpoint). `_revs_diff` then sends only what it lacks.
 */
export async function offerAgain(tx: RevisionsTx, revisions: readonly Revision[]): Promise<number> {
  const pushed = revisions.filter((revision) => revision.pending === undefined);
  await Promise.all(
    pushed.map((revision) => tx.objectStore('revisions').put({ ...revision, pending: nextOutboxPlace() })),
  );
  return pushed.length;
}

/** A revision that came from the team database, or a merge made of one (its outbox place given now): written as it is. */
export async function recordReplicated(tx: RevisionsTx, revision: Revision): Promise<void> {
  await tx.objectStore('revisions').put(placedNow(revision));
}

/**
 * Takes pushed revisions out of the outbox, each unless a newer local write replaced it meanwhile;
 * every read, then every write, issued at once.
 */
export async function markAllPushed(tx: RevisionsTx, pushed: readonly { key: string; rev: string }[]): Promise<void> {
  const revisions = tx.objectStore('revisions');
  const current = await Promise.all(pushed.map(({ key }) => revisions.get(key)));
  await Promise.all(
    current.map((revision, i) => {
      if (!revision || revision.rev !== pushed[i]?.rev || !revision.pending) return undefined;
      delete revision.pending;
      return revisions.put(revision);
    }),
  );
}

/** Takes a pushed revision out of the outbox, unless a newer local write replaced it meanwhile. */
export function markPushed(tx: RevisionsTx, key: string, rev: string): Promise<void> {
  return markAllPushed(tx, [{ key, rev }]);
}

export interface RevertTx {
  objectStore(name: 'revisions'): {
    get(key: string): Promise<Revision | undefined>;
    put(value: Revision): Promise<unknown>;
    delete(key: string): Promise<void>;
  };
}

/**
 * Undoes the revision one local write stamped, when that write itself is being undone (a rolled-back
 * import chunk): `before` is the revision the record had then, `record` what it is being put back to.
 * If the write's revision is still the newest and not yet pushed, the outbox is left exactly as before
 * it; if it was pushed or edited since, putting the record back is stamped as a write of its own.
 */
export async function revertLocalWrite(
  tx: RevertTx,
  store: StoreName,
  id: string,
  before: Revision | null,
  record: object | null,
): Promise<void> {
  const key = revisionKey(store, id);
  const revisions = tx.objectStore('revisions');
  const current = await revisions.get(key);
  if ((current?.rev ?? null) === (before?.rev ?? null)) return;
  const onTop =
    current?.pending !== undefined &&
    revNumber(current.rev) === (before ? revNumber(before.rev) : 0) + 1 &&
    current.history[1] === before?.history[0];
  if (!onTop) {
    await stampLocalWrite(tx, store, id, record);
    return;
  }
  await (before ? revisions.put(placedNow(before)) : revisions.delete(key));
}
