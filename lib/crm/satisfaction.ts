/**
 * Satisfaction (perceived value against expectation), CSAT, NPS and a combined loyalty index.
 *
 * Loyalty index 0–100 = weighted mean of the parts that are known (weights re-normalised over those parts):
 *   repeat purchases  0.30  min(1, repeat purchases / 4)
 *   tenure            0.20  min(1, active tenure days / 730) × P(alive): first to last purchase, so two silent
 *                           years add nothing, scaled by how likely the customer still buys
 *   (when lastPurchaseAt is not given, the tenure runs to now, as it did before)
 *   recommendation    0.25  promoter 1, passive 0.5, detractor 0 (from an NPS answer, when given)
 *   share of wallet   0.15  0..1, when known
 *   tolerance         0.10  (well-handled + 1) / (all handled complaints + 2), when any complaint is recorded
 */
import { clamp, elapsedDays, isFiniteNumber } from './time';
import type { Reason, RecommendationClass, SatisfactionLevel } from './types';

export const SATISFACTION_SCALE = Object.freeze({ min: 1, max: 10 });

export interface SatisfactionResult {
  /** perceived − expectation; null when either score is invalid. */
  gap: number | null;
  level: SatisfactionLevel | null;
  reasons: Reason[];
}

function onScale(score: number, min: number, max: number): boolean {
  return isFiniteNumber(score) && score >= min && score <= max;
}

/**
 * Both scores on 1–10. Perceived above expectation by more than `tolerance` delights, below by more than
 * `tolerance` dissatisfies; within it the customer is satisfied (one point either way is noise on a 10-point scale).
 */
export function satisfaction(expectation: number, perceived: number, tolerance = 1): SatisfactionResult {
  const { min, max } = SATISFACTION_SCALE;
  if (!onScale(expectation, min, max) || !onScale(perceived, min, max)) {
    return { gap: null, level: null, reasons: [{ code: 'invalid-score', params: { min, max } }] };
  }
  const gap = perceived - expectation;
  const band = isFiniteNumber(tolerance) && tolerance >= 0 ? tolerance : 1;
  const level: SatisfactionLevel = gap > band ? 'delighted' : gap < -band ? 'dissatisfied' : 'satisfied';
  return { gap, level, reasons: [] };
}

function invalidScoresReason(ignored: number): Reason[] {
  return ignored > 0 ? [{ code: 'invalid-scores-ignored', params: { count: ignored } }] : [];
}

export interface CsatResult {
  /** % of answers that are 4 or 5; null without valid answers. */
  csat: number | null;
  satisfied: number;
  n: number;
  ignored: number;
  reasons: Reason[];
}

/** CSAT over 1–5 answers; answers off the scale are ignored and counted. */
export function csat(scores: readonly number[]): CsatResult {
  const valid = scores.filter((score) => onScale(score, 1, 5));
  const ignored = scores.length - valid.length;
  const satisfied = valid.filter((score) => score >= 4).length;
  const n = valid.length;
  const reasons = invalidScoresReason(ignored);
  if (n === 0) return { csat: null, satisfied: 0, n: 0, ignored, reasons: [...reasons, { code: 'not-enough-data' }] };
  return { csat: (satisfied / n) * 100, satisfied, n, ignored, reasons };
}

/** Promoter 9–10, passive 7–8, detractor 0–6; null for an answer off the 0–10 scale. */
export function recommendationClass(score: number): RecommendationClass | null {
  if (!onScale(score, 0, 10)) return null;
  if (score >= 9) return 'promoter';
  return score >= 7 ? 'passive' : 'detractor';
}

export interface NpsResult {
  /** % promoters − % detractors, −100..100; null without valid answers. */
  nps: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  n: number;
  ignored: number;
  reasons: Reason[];
}

export function nps(scores: readonly number[]): NpsResult {
  const counts = { promoter: 0, passive: 0, detractor: 0 };
  let ignored = 0;
  for (const score of scores) {
    const kind = recommendationClass(score);
    if (kind) counts[kind] += 1;
    else ignored += 1;
  }
  const n = counts.promoter + counts.passive + counts.detractor;
  const reasons = invalidScoresReason(ignored);
  const base = { promoters: counts.promoter, passives: counts.passive, detractors: counts.detractor, n, ignored };
  if (n === 0) return { nps: null, ...base, reasons: [...reasons, { code: 'not-enough-data' }] };
  return { nps: ((counts.promoter - counts.detractor) / n) * 100, ...base, reasons };
}

export const LOYALTY_WEIGHTS = Object.freeze({
  repeat: 0.3,
  tenure: 0.2,
  recommendation: 0.25,
  shareOfWallet: 0.15,
  tolerance: 0.1,
});
export type LoyaltyPartName = keyof typeof LOYALTY_WEIGHTS;
const FULL_REPEAT_PURCHASES = 4;
const FULL_TENURE_DAYS = 730;

export interface LoyaltyInput {
  /** Number of purchases so far. */
  purchases: number;
  firstPurchaseAt: number | null;
  /** The last purchase: tenure counts only the time the customer was buying. */
  lastPurchaseAt?: number | null;
  /** BG/NBD probability the customer is still active, 0..1; scales the tenure part. */
  pAlive?: number | null;
  now: number;
  /** The customer's own answer to "would you recommend us?" (0–10). */
  npsScore?: number | null;
  /** Our share of the customer's spending in our category, 0..1. */
  shareOfWallet?: number | null;
  complaintsHandledWell?: number | null;
  complaintsHandledBadly?: number | null;
}

export interface LoyaltyPart {
  part: LoyaltyPartName;
  /** 0..1 */
  value: number;
  /** Weight after re-normalising over the known parts; the parts' weights sum to 1. */
  weight: number;
}

export interface LoyaltyIndicators {
  repeatPurchases: number;
  /** Share of purchases that were repeats: (purchases − 1) / purchases; 0 with no purchase. */
  repeatRate: number;
  /** null until the customer has been with us for 30 days (too short to annualise). */
  purchasesPerYear: number | null;
  tenureDays: number;
  recommendation: RecommendationClass | null;
  shareOfWallet: number | null;
  /** 0–100, rounded. */
  index: number;
  parts: LoyaltyPart[];
  reasons: Reason[];
}

const RECOMMENDATION_VALUE: Record<RecommendationClass, number> = { promoter: 1, passive: 0.5, detractor: 0 };

function count(value: number | null | undefined): number {
  return isFiniteNumber(value) && value > 0 ? Math.floor(value) : 0;
}

export function loyaltyIndicators(input: LoyaltyInput): LoyaltyIndicators {
  const reasons: Reason[] = [];
  const purchases = count(input.purchases);
  const repeatPurchases = Math.max(0, purchases - 1);
  const lastAt = isFiniteNumber(input.lastPurchaseAt) ? Math.min(input.lastPurchaseAt, input.now) : input.now;
  const tenureDays =
    isFiniteNumber(input.firstPurchaseAt) && purchases > 0 ? elapsedDays(input.firstPurchaseAt, lastAt) : 0;
  const pAlive = isFiniteNumber(input.pAlive) ? clamp(input.pAlive, 0, 1) : 1;
  const tenureYears = tenureDays / 365;
  const purchasesPerYear = purchases > 0 && tenureDays >= 30 ? purchases / tenureYears : null;

  const hasNps = input.npsScore !== undefined && input.npsScore !== null;
  const recommendation = hasNps ? recommendationClass(input.npsScore ?? Number.NaN) : null;
  if (hasNps && !recommendation) reasons.push({ code: 'invalid-score', params: { min: 0, max: 10 } });
  const hasWallet = input.shareOfWallet !== undefined && input.shareOfWallet !== null;
  const walletValid = hasWallet && onScale(input.shareOfWallet ?? Number.NaN, 0, 1);
  const shareOfWallet = walletValid ? (input.shareOfWallet ?? null) : null;
  if (hasWallet && !walletValid) reasons.push({ code: 'invalid-share-of-wallet' });
  const good = count(input.complaintsHandledWell);
  const handled = good + count(input.complaintsHandledBadly);

  const raw: { part: LoyaltyPartName; value: number }[] = [
    { part: 'repeat', value: Math.min(1, repeatPurchases / FULL_REPEAT_PURCHASES) },
    { part: 'tenure', value: Math.min(1, tenureDays / FULL_TENURE_DAYS) * pAlive },
  ];
  if (recommendation) raw.push({ part: 'recommendation', value: RECOMMENDATION_VALUE[recommendation] });
  if (shareOfWallet !== null) raw.push({ part: 'shareOfWallet', value: shareOfWallet });
  if (handled > 0) raw.push({ part: 'tolerance', value: (good + 1) / (handled + 2) });

  const totalWeight = raw.reduce((sum, item) => sum + LOYALTY_WEIGHTS[item.part], 0);
  const parts = raw.map((item) => ({ ...item, weight: LOYALTY_WEIGHTS[item.part] / totalWeight }));
  const index = Math.round(
    clamp(
      parts.reduce((sum, item) => sum + item.value * item.weight, 0),
      0,
      1,
    ) * 100,
  );
  if (purchases === 0) reasons.push({ code: 'not-enough-data' });

  return {
    repeatPurchases,
    repeatRate: purchases > 0 ? repeatPurchases / purchases : 0,
    purchasesPerYear,
    tenureDays,
    recommendation,
    shareOfWallet,
    index,
    parts,
    reasons,
  };
}

export interface NpsAnswer {
  contactId: string;
  at: number;
  score: number;
}

/**
 * NPS of a portfolio (a book, a tier, a segment): each contact's latest valid answer counts once. NPS is a
 * measure of many customers; one person's answer is a recommendation class, not an NPS.
 */
export function portfolioNps(answers: readonly NpsAnswer[]): NpsResult & { contacts: number } {
  const latest = new Map<string, NpsAnswer>();
  let ignored = 0;
  for (const answer of answers) {
    if (!isFiniteNumber(answer.at) || recommendationClass(answer.score) === null) {
      ignored += 1;
      continue;
    }
    const previous = latest.get(answer.contactId);
    if (!previous || answer.at > previous.at) latest.set(answer.contactId, answer);
  }
  const result = nps([...latest.values()].map((answer) => answer.score));
  const reasons = [...invalidScoresReason(ignored), ...result.reasons];
  return { ...result, ignored, reasons, contacts: latest.size };
}
