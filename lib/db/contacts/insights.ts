import type { IDBPTransaction } from 'idb';
import { runStepsInSlices } from '../../crm/clv';
import { complaintSignals } from '../../crm/complaints';
import {
  type CustomerHistory,
  computeInsights,
  computeInsightsSteps,
  fitValueModelSteps,
  type ValueModel,
} from '../../crm/insights';
import type { TierValueWeights } from '../../crm/tiers';
import { lastPurchaseAt } from '../../crm/touch-digest';
import type { TierCuts } from '../../crm/types';
import type { Complaint, Feedback } from '../../schema/crm-records';
import type { Contact, Deal, Insights, Interaction } from '../../schema/records';
import { atomically } from '../atomic';
import { ChunkSizer } from '../chunk-sizer';
import { inPages, refitSlice } from '../in-pages';
import { type CountTouches, digestOfTouches } from '../interactions/touch-digest';
import { type ContactTouches, noTouches, touchesOf } from '../interactions/touches';
import { saveTouches, touchesIn } from '../interactions/touches-door';
import type { CrmDb } from '../open';
import type { CrmSchema } from '../schema';
import { type TimeSlice, yieldToQueuedTasks } from '../time-slice';
import type { Stamp } from '../write-tx';
import { putContact } from './put';

/** Complaints and "would you recommend us?" answers are read too: they raise (or lower) churn risk.
 * With `revisions`: a writing transaction stamps them (lib/db/revisions/put.ts). With `contactTouches`:
 * a refresh reads each contact's touch aggregates instead of its timeline. */
type HistoryStores = (
  | 'contacts'
  | 'deals'
  | 'interactions'
  | 'complaints'
  | 'feedback'
  | 'revisions'
  | 'contactTouches'
)[];
export const HISTORY_STORES = ['contacts', 'deals', 'interactions', 'complaints', 'feedback'] as const;
type HistoryTx<Mode extends IDBTransactionMode> = IDBPTransaction<CrmSchema, HistoryStores, Mode>;
type RefreshTx = HistoryTx<'readwrite'>;

/** Reads one contact's touches into its history (read after its deals, which some readers need). */
type TouchReader = (history: CustomerHistory, id: string) => Promise<void>;

/** Contacts whose reads a caller has already started in the transaction, by id. */
type ContactReads = ReadonlyMap<string, Promise<Contact | undefined>>;

/** Records read per request (and per transaction) in the full read: each page takes a few ms. */
const READ_PAGE = 500;

/**
 * Every customer's orders and touches: all deals, and every interaction's timeline and direction (the
 * direction is what tells the customer's own messages from the rep's). With `touches: 'aggregates'`,
 * each contact's touches come as a digest of its aggregates instead of the walk. The full read goes in
 * pages, each in a short transaction of its own, and lets other messages be answered in between (`slice`).
 */
export async function loadHistories(
  db: CrmDb,
  only?: ReadonlySet<string>,
  now: number = Date.now(),
  touches: 'timeline' | 'aggregates' = 'timeline',
  slice: TimeSlice = refitSlice(),
): Promise<CustomerHistory[]> {
  if (only) {
    const tx = db.transaction([...HISTORY_STORES, 'contactTouches']);
    const some = await readHistories(tx, only, now);
    await tx.done;
    return some;
  }
  const histories = new Map<string, CustomerHistory>();
  await inPages(READ_PAGE, slice, byId, async (range, size) => {
    const page = await db.getAll('contacts', range, size);
    for (const c of page) histories.set(c.id, historyOf(c));
    return page;
  });
  const orgDeals = new Map<string, CustomerHistory['purchases']>();
  await inPages(READ_PAGE, slice, byId, async (range, size) => {
    const page = await db.getAll('deals', range, size);
    for (const d of page) {
      if (d.contactId) addDeal(histories, d);
      else if (d.orgId && d.status === 'won') orgDeals.set(d.orgId, [...(orgDeals.get(d.orgId) ?? []), purchaseOf(d)]);
    }
    return page;
  });
  for (const h of histories.values()) if (h.orgId) h.accountPurchases = orgDeals.get(h.orgId) ?? [];
  if (touches === 'aggregates') await digestAll(db, histories, now, slice);
  else {
    await inPages(READ_PAGE, slice, byId, async (range, size) => {
      const page = await db.getAll('interactions', range, size);
      for (const interaction of page) addInteraction(histories, interaction);
      return page;
    });
  }
  addComplaints(histories, await allInPages(db, 'complaints', slice), now);
  addFeedback(histories, await allInPages(db, 'feedback', slice));
  return [...histories.values()].map(inTimeOrder);
}

const byId = (record: { id: string }) => record.id;

/** Every record of a (small) store, read in pages. */
async function allInPages<Name extends 'complaints' | 'feedback'>(
  db: CrmDb,
  store: Name,
  slice: TimeSlice,
): Promise<CrmSchema[Name]['value'][]> {
  const all: CrmSchema[Name]['value'][] = [];
  await inPages(READ_PAGE, slice, byId, async (range, size) => {
    const page = await db.getAll(store, range, size);
    all.push(...page);
    return page;
  });
  return all;
}

/**
 * The histories of a few contacts, read through the indexes inside `tx`: a log costs the same
 * whether the book holds ten interactions or a million.
 */
export function readHistories<Mode extends IDBTransactionMode>(
  tx: HistoryTx<Mode>,
  ids: Iterable<string>,
  now: number,
): Promise<CustomerHistory[]> {
  return readHistoriesWith(tx, ids, now, async (history, id) => {
    for (const interaction of await timelineOf(tx, id)) addTouches(history, interaction, id);
  });
}

/**
 * The same histories with each contact's touches given as a digest of its aggregates (at most a
 * window of entries and one index count read, whatever the size of its timeline). Where an aggregate
 * cannot tell (lib/db/interactions/touch-digest.ts), the timeline is read, and a stale aggregate rebuilt.
 */
export function readHistoriesFromTouches(
  tx: RefreshTx,
  ids: readonly string[],
  now: number,
  stored?: ContactReads,
): Promise<CustomerHistory[]> {
  // Asked for with the contacts' other records; the door keeps the answer for the transaction.
  for (const id of ids) touchesIn(tx, id).catch(() => undefined);
  const read: TouchReader = async (history, id) => {
    const touches = await touchesIn(tx, id);
    if (await digestInto(tx, history, touches, now)) return;
    const timeline = await timelineOf(tx, id);
    for (const interaction of timeline) addTouches(history, interaction, id);
    if (touches.stale) await saveTouches(tx, touchesOf(timeline, id).get(id) ?? noTouches(id));
  };
  return readHistoriesWith(tx, ids, now, read, stored);
}

/** Every contact's touches as digests of the aggregates, a page per transaction (the timeline only where they cannot tell). */
async function digestAll(
  db: CrmDb,
  histories: ReadonlyMap<string, CustomerHistory>,
  now: number,
  slice: TimeSlice,
): Promise<void> {
  await inPages(
    READ_PAGE,
    slice,
    (touches: ContactTouches) => touches.contactId,
    async (range, size) => {
      const tx = db.transaction([...HISTORY_STORES, 'contactTouches']);
      const page = await tx.objectStore('contactTouches').getAll(range, size);
      await Promise.all(
        page.map(async (touches) => {
          const history = histories.get(touches.contactId);
          if (!history || (await digestInto(tx, history, touches, now))) return;
          for (const interaction of await timelineOf(tx, touches.contactId))
            addTouches(history, interaction, touches.contactId);
        }),
      );
      await tx.done;
      return page;
    },
  );
}

/** Gives the history its touch digest from the aggregate; false when only the timeline can tell. */
async function digestInto<Mode extends IDBTransactionMode>(
  tx: HistoryTx<Mode>,
  history: CustomerHistory,
  touches: ContactTouches,
  now: number,
): Promise<boolean> {
  const id = touches.contactId;
  const orgDeals = history.orgId ? (history.accountPurchases ?? []) : [];
  const lastPurchase = lastPurchaseAt([...history.purchases, ...orgDeals], now);
  const countBetween: CountTouches = (from, to) =>
    tx
      .objectStore('interactions')
      .index('timeline')
      .count(IDBKeyRange.bound([id, from], [id, to], true, false));
  const digest = await digestOfTouches(touches, lastPurchase, now, countBetween);
  if (digest) history.touchDigest = digest;
  return digest !== null;
}

/** A contact's interactions, in one request, not a cursor step (a round trip) per touch. */
function timelineOf<Mode extends IDBTransactionMode>(tx: HistoryTx<Mode>, id: string): Promise<Interaction[]> {
  const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
  return tx.objectStore('interactions').index('timeline').getAll(range);
}

async function readHistoriesWith<Mode extends IDBTransactionMode>(
  tx: HistoryTx<Mode>,
  ids: Iterable<string>,
  now: number,
  readTouches: TouchReader,
  stored?: ContactReads,
): Promise<CustomerHistory[]> {
  const histories = new Map<string, CustomerHistory>();
  await Promise.all(
    [...new Set(ids)].map(async (id) => {
      // The reads that need nothing else go at once: a log waits for one round trip here, not four.
      const [contact, deals, complaints, feedback] = await Promise.all([
        stored?.get(id) ?? tx.objectStore('contacts').get(id),
        tx.objectStore('deals').index('contactId').getAll(id),
        tx.objectStore('complaints').index('contactId').getAll(id),
        tx.objectStore('feedback').index('contactId').getAll(id),
      ]);
      if (!contact) return;
      const history = historyOf(contact);
      histories.set(id, history);
      for (const d of deals) addDeal(histories, d);
      if (contact.orgId) {
        const onOrg = await tx.objectStore('deals').index('orgId').getAll(contact.orgId);
        history.accountPurchases = onOrg.filter((d) => !d.contactId && d.status === 'won').map(purchaseOf);
      }
      await readTouches(history, id);
      addComplaints(histories, complaints, now);
      addFeedback(histories, feedback);
    }),
  );
  return [...histories.values()].map(inTimeOrder);
}

function purchaseOf(d: Deal): CustomerHistory['purchases'][number] {
  return { at: d.date, amount: d.amount, cost: d.cost };
}

function addDeal(histories: Map<string, CustomerHistory>, d: Deal): void {
  if (d.status === 'won' && d.contactId) histories.get(d.contactId)?.purchases.push(purchaseOf(d));
}

/** A touch for each contact on the interaction's timeline; inbound ones noted as such. */
function addInteraction(histories: Map<string, CustomerHistory>, interaction: Interaction): void {
  for (const [contactId] of interaction.timeline) {
    const history = histories.get(contactId);
    if (history) addTouches(history, interaction, contactId);
  }
}

/** The interaction's touches of one contact (one per timeline entry of theirs). */
function addTouches(history: CustomerHistory, interaction: Interaction, contactId: string): void {
  for (const [id, at] of interaction.timeline) {
    if (id !== contactId) continue;
    history.touches.push(at);
    if (interaction.direction !== 'inbound') continue;
    if (history.inbound) history.inbound.push(at);
    else history.inbound = [at];
  }
}

/** Open, overdue and well-resolved complaints per contact (a contact with none gets no signals). */
function addComplaints(histories: Map<string, CustomerHistory>, complaints: readonly Complaint[], now: number): void {
  const byContact = new Map<string, Complaint['state'][]>();
  for (const c of complaints) byContact.set(c.contactId, [...(byContact.get(c.contactId) ?? []), c.state]);
  for (const [contactId, states] of byContact) {
    const history = histories.get(contactId);
    if (history) history.complaints = complaintSignals(states, now);
  }
}

/** The newest NPS answer per contact. */
function addFeedback(histories: Map<string, CustomerHistory>, answers: readonly Feedback[]): void {
  const newest = new Map<string, Feedback>();
  for (const f of answers) {
    if (f.kind !== 'nps' || f.score === undefined) continue;
    const seen = newest.get(f.contactId);
    if (!seen || f.at > seen.at) newest.set(f.contactId, f);
  }
  for (const [contactId, f] of newest) {
    const history = histories.get(contactId);
    if (history) history.latestNps = f.score;
  }
}

/** The same history whichever way it was read. */
function inTimeOrder(h: CustomerHistory): CustomerHistory {
  h.touches.sort((a, b) => a - b);
  h.inbound?.sort((a, b) => a - b);
  h.purchases.sort((a, b) => a.at - b.at);
  h.accountPurchases?.sort((a, b) => a.at - b.at);
  return h;
}

function historyOf(c: Contact): CustomerHistory {
  return {
    id: c.id,
    purchases: [],
    touches: [],
    inbound: [],
    orgId: c.orgId,
    previousStage: c.insights?.derivedStage ?? c.insights?.stage,
    tierOverride: c.tierOverride,
    stageOverride: c.stageOverride,
    bad: c.bad,
  };
}

/** How the full ranking is set up: the tier cuts and what tiers rank on (the defaults when absent). */
export interface RankingSettings {
  cuts?: TierCuts | undefined;
  tierValue?: TierValueWeights | undefined;
}

/**
 * Refits the value model and rewrites every contact's insights. It runs in slices (short transactions,
 * the thread let go in between), so a lookup or a log that arrives meanwhile waits a few ms at most.
 */
export async function recomputeAll(
  db: CrmDb,
  now: number,
  ranking: RankingSettings = {},
  slice: TimeSlice = refitSlice(),
): Promise<ValueModel> {
  const histories = await loadHistories(db, undefined, now, 'aggregates', slice);
  await slice.pause();
  const model = await runStepsInSlices(fitValueModelSteps(histories, now), slice);
  await slice.pause();
  const { cuts, tierValue } = ranking;
  const options = { now, model, ...(cuts ? { cuts } : {}), ...(tierValue ? { tierValue } : {}) };
  const insights = await runStepsInSlices(computeInsightsSteps(histories, options), slice);
  await slice.pause();
  await saveInsights(db, insights);
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
  const tx = db.transaction([...HISTORY_STORES, 'contactTouches', 'revisions'], 'readwrite');
  await atomically(tx, () => refreshInTransaction(tx, ids, now, model));
}

/**
 * The same, inside a transaction that is already writing (a log refreshes what it logged). `stamp`: a
 * log's own edit of the contacts it touched (null: insights alone are no edit).
 */
export async function refreshInTransaction(
  tx: RefreshTx,
  ids: Iterable<string>,
  now: number,
  model: ValueModel,
  stamp: Stamp = null,
): Promise<void> {
  const unique = [...new Set(ids)];
  const stored = new Map(unique.map((id) => [id, tx.objectStore('contacts').get(id)]));
  const fresh = computeInsights(await readHistoriesFromTouches(tx, unique, now, stored), { now, model });
  for (const [id, insights] of fresh) {
    const contact = await stored.get(id);
    if (!contact) continue;
    await putContact(tx, { ...contact, insights: keepRankedTier(insights, contact.insights) }, stamp);
  }
}

/** A tier from a partial refresh ranks only the refreshed few: keep the one the last full ranking gave. */
function keepRankedTier(fresh: Insights, previous: Insights | undefined): Insights {
  if (!previous) return fresh;
  const ranked = previous.computedTier ?? (previous.tierSource === 'computed' ? previous.tier : undefined);
  if (ranked === undefined) return fresh;
  // Whether the account has value is part of the ranking too (a colleague's orders count): keep it with the tier.
  const { prospect: _partial, ...rest } = fresh;
  return {
    ...rest,
    ...(previous.prospect ? { prospect: true } : {}),
    computedTier: ranked,
    ...(fresh.tierSource === 'computed' ? { tier: ranked } : {}),
  };
}

/** A transaction of the save should take about this long: a lookup waits at most that for the contacts store. */
const SAVE_TARGET_MS = 10;
const SAVE_FIRST = 100;
const SAVE_MIN = 20;
const SAVE_MAX = 1_000;

/**
 * Writes the fresh insights of every contact whose insights changed (a write rewrites all of the
 * contact's index entries, so unchanged ones are left alone). Contacts are read a page at a time and
 * the page's writes queued without waiting for each other, each page in a transaction of its own
 * sized to last ≈ SAVE_TARGET_MS; between pages the lookups and logs that arrived open theirs first.
 * Insights are derived: a page is written whole or not at all, a save cut short is redone by the next.
 */
async function saveInsights(db: CrmDb, all: Map<string, Insights>): Promise<void> {
  const sizer = new ChunkSizer(SAVE_TARGET_MS, SAVE_FIRST, SAVE_MIN, SAVE_MAX);
  let after: string | undefined;
  for (;;) {
    const size = sizer.next();
    const began = performance.now();
    const tx = db.transaction(['contacts', 'revisions'], 'readwrite');
    const page = await atomically(tx, async () => {
      const read = await tx
        .objectStore('contacts')
        .getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), size);
      const writes: Promise<unknown>[] = [];
      for (const contact of read) {
        const insights = all.get(contact.id);
        if (!insights || sameInsights(insights, contact.insights)) continue;
        writes.push(putContact(tx, { ...contact, insights }, null));
      }
      await Promise.all(writes);
      return read;
    });
    sizer.took(page.length, performance.now() - began);
    const last = page[page.length - 1];
    if (page.length < size || last === undefined) return;
    after = last.id;
    await yieldToQueuedTasks();
  }
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
