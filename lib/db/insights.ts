import { type CustomerHistory, computeInsights, fitValueModel, type ValueModel } from '../crm/insights';
import type { TierCuts } from '../crm/types';
import type { Contact, Insights } from '../schema/records';
import { atomically } from './atomic';
import type { CrmDb } from './open';

/** Every customer's orders and touches, read in one pass over each store. */
export async function loadHistories(db: CrmDb, only?: ReadonlySet<string>): Promise<CustomerHistory[]> {
  const tx = db.transaction(['contacts', 'deals', 'interactions']);
  const histories = new Map<string, CustomerHistory>();
  for (const c of await tx.objectStore('contacts').getAll()) {
    if (only && !only.has(c.id)) continue;
    histories.set(c.id, historyOf(c));
  }
  let deal = await tx.objectStore('deals').openCursor();
  while (deal) {
    const d = deal.value;
    if (d.status === 'won' && d.contactId)
      histories.get(d.contactId)?.purchases.push({ at: d.date, amount: d.amount, cost: d.cost });
    deal = await deal.continue();
  }
  let touch = await tx.objectStore('interactions').openCursor();
  while (touch) {
    const i = touch.value;
    for (const id of i.contactIds) histories.get(id)?.touches.push(i.at);
    touch = await touch.continue();
  }
  await tx.done;
  return [...histories.values()];
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
  const histories = await loadHistories(db, new Set(ids));
  const fresh = computeInsights(histories, { now, model });
  const tx = db.transaction('contacts', 'readwrite');
  await atomically(tx, async () => {
    for (const [id, insights] of fresh) {
      const contact = await tx.store.get(id);
      if (!contact) continue;
      const keepTier = contact.insights && insights.tierSource === 'computed' ? { tier: contact.insights.tier } : {};
      await tx.store.put({ ...contact, insights: { ...insights, ...keepTier } });
    }
  });
}

async function saveInsights(db: CrmDb, all: Map<string, Insights>): Promise<void> {
  const tx = db.transaction('contacts', 'readwrite');
  await atomically(tx, async () => {
    let cursor = await tx.store.openCursor();
    while (cursor) {
      const insights = all.get(cursor.value.id);
      if (insights) await cursor.update({ ...cursor.value, insights });
      cursor = await cursor.continue();
    }
  });
}
