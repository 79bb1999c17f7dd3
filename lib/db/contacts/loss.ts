import type { LossCause, WinBackResult } from '../../crm/contact-facts';
import { TIERS, type Tier } from '../../crm/types';
import type { Contact } from '../../schema/records';
import { CrmError } from '../errors';
import { eachContactPage } from '../in-pages';
import type { CrmDb } from '../open';
import { type ContactChange, editContact } from './edit';

/** Lost now, or lost when the loss was first recorded (a customer won back is no longer lost). */
const isLost = (c: Contact) => c.insights?.stage === 'lost' || c.insights?.derivedStage === 'lost' || !!c.loss;

/** Why a lost customer left (null forgets it). Refused for a customer who is not lost. */
export function recordLossCause(db: CrmDb, id: string, cause: LossCause | null, now: number): Promise<ContactChange> {
  return editContact(db, id, now, (contact) => {
    if (!isLost(contact)) throw new CrmError('customer-not-lost');
    const loss = { ...(contact.loss ?? { recordedAt: now }) };
    if (cause) loss.cause = cause;
    else delete loss.cause;
    contact.loss = loss;
    return contact;
  });
}

export interface WinBackOutcomeInput {
  result: WinBackResult;
  /** What the win-back cost; absent, negative or unreadable is no cost recorded. */
  cost?: number | undefined;
}

/** How the win-back of a lost customer ended, counted under their tier at that moment (null forgets it). */
export function recordWinBackOutcome(
  db: CrmDb,
  id: string,
  outcome: WinBackOutcomeInput | null,
  now: number,
): Promise<ContactChange> {
  return editContact(db, id, now, (contact) => {
    if (!isLost(contact)) throw new CrmError('customer-not-lost');
    const loss = { ...(contact.loss ?? { recordedAt: now }) };
    if (!outcome) delete loss.outcome;
    else {
      const tier = contact.insights?.tier ?? 'C';
      const cost = outcome.cost;
      loss.outcome = {
        result: outcome.result,
        tier,
        at: now,
        ...(cost !== undefined && Number.isFinite(cost) && cost >= 0 ? { cost } : {}),
      };
    }
    contact.loss = loss;
    return contact;
  });
}

export interface WinBackTierResult {
  tier: Tier;
  /** Lost customers of this tier with no outcome yet. */
  open: number;
  wonBack: number;
  lostForGood: number;
  letGo: number;
  /** Total recorded cost of the win-backs that ended. */
  cost: number;
}

const RESULT_FIELD = { 'won-back': 'wonBack', 'lost-for-good': 'lostForGood', 'let-go': 'letGo' } as const;

const noResults = (): WinBackTierResult[] =>
  TIERS.map((tier) => ({ tier, open: 0, wonBack: 0, lostForGood: 0, letGo: 0, cost: 0 }));

/** Adds these contacts' win-back results to `results` (one row per tier). */
function countWinBacks(results: WinBackTierResult[], contacts: Iterable<Pick<Contact, 'loss' | 'insights'>>): void {
  const rows = new Map(results.map((row) => [row.tier, row]));
  for (const c of contacts) {
    const outcome = c.loss?.outcome;
    if (outcome) {
      const row = rows.get(outcome.tier);
      if (!row) continue;
      row[RESULT_FIELD[outcome.result]]++;
      if (outcome.cost !== undefined && Number.isFinite(outcome.cost)) row.cost += outcome.cost;
    } else if (c.insights?.stage === 'lost') {
      const row = rows.get(c.insights.tier);
      if (row) row.open++;
    }
  }
}

/**
 * Win-back results by tier: how many were won back, lost for good or let go, and what it cost; the book
 * read a page at a time.
 */
export async function winBackResults(db: CrmDb): Promise<WinBackTierResult[]> {
  const results = noResults();
  await eachContactPage(db, (page) => countWinBacks(results, page));
  return results;
}
