import type { IDBPTransaction } from 'idb';
import { type CustomerHistory, computeInsights, fitValueModel, type ValueModel } from '../../crm/insights';
import type { TierCuts } from '../../crm/types';
import type { Contact, Deal, Insights } from '../../schema/records';
import { atomically } from '../atomic';
import type { CrmDb } from '../open';
import type { CrmSchema } from '../schema';
import { putContact } from './put';

type HistoryStores = ('contacts' | 'deals' | 'interactions')[];
type HistoryTx<Mode extends IDBTransactionMode> = IDBPTransaction<CrmSchema, HistoryStores, Mode>;

/**
 * Every customer's orders and touches: all deals, and the timeline index's keys
 * ([contactId, at]) walked without loading a single interaction record.
 */
export async function loadHistories(db: CrmDb, only?: ReadonlySet<string>): Promise<CustomerHistory[]> {
  const tx = db.transaction(['contacts', 'deals', 'interactions']);
  if (only) {
    const some = await readHistories(tx, only);
    await tx.done;
    return some;
  }
  const histories = new Map<string, CustomerHistory>();
  for (const c of await tx.objectStore('contacts').getAll()) histories.set(c.id, historyOf(c));
  for (const d of await tx.objectStore('deals').getAll()) addDeal(histories, d);
  let cursor = await tx.objectStore('interactions').index('timeline').openKeyCursor();
  while (cursor) {
    const [contactId, at] = cursor.key;
    histories.get(contactId)?.touches.push(at);
    cursor = await cursor.continue();
  }
  await tx.done;
  return [...histories.values()];
}

/**
 * The histories of a few contacts, read through the indexes inside `tx`: a log costs the same
 * whether the book holds ten interactions or a million.
 */
export async function readHistories<Mode extends IDBTransactionMode>(
  tx: HistoryTx<Mode>,
  ids: Iterable<string>,
): Promise<CustomerHistory[]> {
  const histories = new Map<string, CustomerHistory>();
  await Promise.all(
    [...new Set(ids)].map(async (id) => {
      const contact = await tx.objectStore('contacts').get(id);
      if (!contact) return;
      histories.set(id, historyOf(contact));
      for (const d of await tx.objectStore('deals').index('contactId').getAll(id)) addDeal(histories, d);
      const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
      // One request, not a cursor step (a round trip) per touch: a key account has hundreds.
      const touched = await tx.objectStore('interactions').index('timeline').getAll(range);
      const touches = histories.get(id)?.touches;
      for (const interaction of touched) {
        for (const [contactId, at] of interaction.timeline) if (contactId === id) touches?.push(at);
      }
    }),
  );
  return [...histories.values()];
}

function addDeal(histories: Map<string, CustomerHistory>, d: Deal): void {
  if (d.status === 'won' && d.contactId) {
    histories.get(d.contactId)?.purchases.push({ at: d.date, amount: d.amount, cost: d.cost });
  }
}

function historyOf(c: Contact): CustomerHistory {
  return {
    id: c.id,
    purchases: [],
    touches: [],
    tierOverride: c.tierOverride,
    stageOverride: c.stageOverride,
    bad: c.bad,
  };
}

/** Refits the value model and rewrites every contact's insights, in one transaction. */
export async function recomputeAll(db: CrmDb, now: number, cuts?: TierCuts): Promise<ValueModel> {
  const histories = await loadHistories(db);
  const model = fitValueModel(histories, now);
  await saveInsights(db, computeInsights(histories, { now, model, ...(cuts ? { cuts } : {}) }));
  return model;
}

/**
 * After a log or an edit: fresh stage, risk and P(alive) for the contacts it touched, with the
 * last fitted model. Tiers are ranks across all customers and wait for the next full recompute.
 */
export async function refreshInsights(
  db: CrmDb,
  ids: readonly string[],
  now: number,
  model: ValueModel,
): Promise<void> {
  if (ids.length === 0) return;
  const tx = db.transaction(['contacts', 'deals', 'interactions'], 'readwrite');
  await atomically(tx, () => refreshInTransaction(tx, ids, now, model));
}

/** The same, inside a transaction that is already writing (a log refreshes what it logged). */
export async function refreshInTransaction(
  tx: HistoryTx<'readwrite'>,
  ids: Iterable<string>,
  now: number,
  model: ValueModel,
): Promise<void> {
  const fresh = computeInsights(await readHistories(tx, ids), { now, model });
  for (const [id, insights] of fresh) {
    const contact = await tx.objectStore('contacts').get(id);
    if (!contact) continue;
    await putContact(tx, { ...contact, insights: keepRankedTier(insights, contact.insights) }, null);
  }
}

/** A tier from a partial refresh ranks only the refreshed few: keep the one the last full ranking gave. */
function keepRankedTier(fresh: Insights, previous: Insights | undefined): Insights {
  if (!previous) return fresh;
  const ranked = previous.computedTier ?? (previous.tierSource === 'computed' ? previous.tier : undefined);
  if (ranked === undefined) return fresh;
  return { ...fresh, computedTier: ranked, ...(fresh.tierSource === 'computed' ? { tier: ranked } : {}) };
}

/** Contacts read per request while saving: large pages, bounded memory. */
const SAVE_PAGE = 2_000;

/**
 * Writes the fresh insights of every contact whose insights changed (a write rewrites all of the
 * contact's index entries, so unchanged ones are left alone), in one transaction. Pages of contacts
 * are read with one request each and their writes queued without waiting for each other.
 */
async function saveInsights(db: CrmDb, all: Map<string, Insights>): Promise<void> {
  const tx = db.transaction('contacts', 'readwrite');
  return atomically(tx, async () => {
    let after: string | undefined;
    for (;;) {
      const page = await tx.store.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), SAVE_PAGE);
      const writes: Promise<unknown>[] = [];
      for (const contact of page) {
        const insights = all.get(contact.id);
        if (!insights || sameInsights(insights, contact.insights)) continue;
        writes.push(putContact(tx, { ...contact, insights }, null));
      }
      await Promise.all(writes);
      if (page.length < SAVE_PAGE) return;
      after = page[page.length - 1]?.id;
    }
  });
}

/** Equal but for when they were computed (whatever the order of their keys). */
function sameInsights(a: Insights, b: Insights | undefined): boolean {
  return b !== undefined && canonical({ ...a, computedAt: 0 }) === canonical({ ...b, computedAt: 0 });
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
