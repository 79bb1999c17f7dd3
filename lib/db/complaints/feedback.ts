import { loyaltyEffect } from '../../crm/complaints';
import {
  type CsatResult,
  csat,
  type LoyaltyIndicators,
  loyaltyIndicators,
  type NpsResult,
  nps,
  portfolioNps,
  type SatisfactionResult,
  satisfaction,
} from '../../crm/satisfaction';
import type { Feedback } from '../../schema/crm-records';
import { atomically } from '../atomic';
import { CrmError } from '../errors';
import { newId } from '../ids';
import type { CrmDb } from '../open';
import * as door from './put-feedback';

export interface FeedbackInput {
  contactId: string;
  kind: Feedback['kind'];
  at: number;
  expectation?: number | undefined;
  perceived?: number | undefined;
  score?: number | undefined;
  comment?: string | undefined;
}

const onScale = (n: number | undefined, min: number, max: number): n is number =>
  n !== undefined && Number.isInteger(n) && n >= min && n <= max;

/** The scores a kind of feedback needs, on its own scale: 1–10 twice, CSAT 1–5, NPS 0–10. */
function scoresOf(input: FeedbackInput): Pick<Feedback, 'expectation' | 'perceived' | 'score'> {
  if (input.kind === 'satisfaction') {
    const { expectation, perceived } = input;
    if (expectation === undefined || perceived === undefined) throw new CrmError('feedback-scores-required');
    if (!onScale(expectation, 1, 10) || !onScale(perceived, 1, 10)) {
      throw new CrmError('feedback-score-out-of-range');
    }
    return { expectation, perceived };
  }
  const { score } = input;
  if (score === undefined) throw new CrmError('feedback-scores-required');
  if (!onScale(score, input.kind === 'csat' ? 1 : 0, input.kind === 'csat' ? 5 : 10)) {
    throw new CrmError('feedback-score-out-of-range');
  }
  return { score };
}

export async function addFeedback(db: CrmDb, input: FeedbackInput, now: number): Promise<Feedback> {
  const scores = scoresOf(input);
  if (input.at > now) throw new CrmError('invalid-time');
  const tx = db.transaction(['contacts', 'feedback', 'revisions'], 'readwrite');
  return atomically(tx, async () => {
    if (!(await tx.objectStore('contacts').getKey(input.contactId))) throw new CrmError('contact-not-found');
    const feedback: Feedback = { id: newId(), contactId: input.contactId, at: input.at, kind: input.kind };
    Object.assign(feedback, scores);
    const comment = input.comment?.trim();
    if (comment) feedback.comment = comment;
    return door.addFeedback(tx, feedback);
  });
}

/** One contact's feedback, newest first. */
export async function feedbackOf(db: CrmDb, contactId: string): Promise<Feedback[]> {
  const all = await db.getAllFromIndex('feedback', 'contactId', contactId);
  return all.sort((a, b) => b.at - a.at);
}

export interface LoyaltySummary {
  indicators: LoyaltyIndicators;
  /** From the latest expectation-vs-perceived answer. */
  satisfaction: SatisfactionResult | null;
  csat: CsatResult;
  nps: NpsResult;
  /** The latest NPS answer: the customer's own recommendation. */
  latestNps: number | null;
  complaintsHandledWell: number;
  complaintsHandledBadly: number;
}

/**
 * Repeat purchases, tenure (while buying, scaled by P(alive)), share of wallet, recommendation and how
 * complaints went, for one contact.
 */
export async function loyaltySummary(db: CrmDb, contactId: string, now: number): Promise<LoyaltySummary> {
  const tx = db.transaction(['contacts', 'deals', 'feedback', 'complaints']);
  const [contact, deals, answers, complaints] = await Promise.all([
    tx.objectStore('contacts').get(contactId),
    tx.objectStore('deals').index('contactId').getAll(contactId),
    tx.objectStore('feedback').index('contactId').getAll(contactId),
    tx.objectStore('complaints').index('contactId').getAll(contactId),
  ]);
  const purchases = deals.filter((d) => d.status === 'won' && d.date <= now);
  const newestFirst = answers.sort((a, b) => b.at - a.at);
  const scoresOfKind = (kind: Feedback['kind']) =>
    newestFirst.flatMap((f) => (f.kind === kind && f.score !== undefined ? [f.score] : []));
  const latestNps = scoresOfKind('nps')[0] ?? null;
  const latestSatisfaction = newestFirst.find((f) => f.kind === 'satisfaction');
  const effects = complaints.map((c) => loyaltyEffect(c.state).effect);
  const complaintsHandledWell = effects.filter((e) => e === 'positive').length;
  const complaintsHandledBadly = effects.filter((e) => e === 'negative').length;
  const firstPurchaseAt = purchases.length > 0 ? Math.min(...purchases.map((d) => d.date)) : null;
  const lastPurchaseAt = purchases.length > 0 ? Math.max(...purchases.map((d) => d.date)) : null;
  const share = contact?.shareOfWallet;
  return {
    indicators: loyaltyIndicators({
      purchases: purchases.length,
      firstPurchaseAt,
      lastPurchaseAt,
      pAlive: contact?.insights?.pAlive ?? null,
      shareOfWallet: share !== undefined && Number.isFinite(share) ? share / 100 : null,
      now,
      npsScore: latestNps,
      complaintsHandledWell,
      complaintsHandledBadly,
    }),
    satisfaction:
      latestSatisfaction?.expectation !== undefined && latestSatisfaction.perceived !== undefined
        ? satisfaction(latestSatisfaction.expectation, latestSatisfaction.perceived)
        : null,
    csat: csat(scoresOfKind('csat')),
    nps: nps(scoresOfKind('nps')),
    latestNps,
    complaintsHandledWell,
    complaintsHandledBadly,
  };
}

/** The book's NPS: each contact's latest answer counts once (lib/crm portfolioNps). */
export async function bookNps(db: CrmDb): Promise<NpsResult & { contacts: number }> {
  const answers = await db.getAllFromIndex('feedback', 'at');
  return portfolioNps(
    answers.flatMap((f) =>
      f.kind === 'nps' && f.score !== undefined ? [{ contactId: f.contactId, at: f.at, score: f.score }] : [],
    ),
  );
}
