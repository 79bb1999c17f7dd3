/**
 * Value-pyramid tiers (客户金字塔): customers ranked by value; S = top 5 %, A = next 15 % (key customers),
 * B = next 30 % (normal), C = bottom 50 % (small). The cuts are configurable, and a user may override the
 * computed tier (with a reason) or flag a customer as bad.
 */
import { isFiniteNumber } from './time';
import { TIERS, type Tier, type TierCuts, type TierGroup, type TierOverride } from './types';

/** What a tier ranks on: the last 12 months' margin (current value) and the predicted next year (future value). */
export interface TierValueWeights {
  current: number;
  future: number;
}
export const DEFAULT_TIER_VALUE_WEIGHTS: Readonly<TierValueWeights> = Object.freeze({ current: 1, future: 1 });
/** The largest weight a setting may give either part. */
export const MAX_TIER_VALUE_WEIGHT = 10;

/** Weights are 0–10 and at least one of them counts: with both at 0 nobody would have value. */
export function validTierValueWeights(weights: TierValueWeights): boolean {
  const parts = [weights.current, weights.future];
  return parts.every((w) => Number.isFinite(w) && w >= 0 && w <= MAX_TIER_VALUE_WEIGHT) && parts.some((w) => w > 0);
}

export const DEFAULT_TIER_CUTS: Readonly<TierCuts> = Object.freeze({ S: 0.05, A: 0.2, B: 0.5 });

/** Throws when the cuts are not 0 < S ≤ A ≤ B ≤ 1 — a configuration mistake, not bad data. */
export function validateTierCuts(cuts: TierCuts): void {
  const { S, A, B } = cuts;
  const valid = [S, A, B].every(isFiniteNumber) && S > 0 && S <= A && A <= B && B <= 1;
  if (!valid) {
    throw new Error(`Invalid tier cuts S=${S}, A=${A}, B=${B}: they must satisfy 0 < S ≤ A ≤ B ≤ 1.`);
  }
}

function compareIds(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * A customer belongs to the first tier whose cumulative cut lies beyond the start of their rank position
 * (rank/n). With few customers this rounds up, so the single best customer of ten is S.
 */
function tierForRank(rank: number, customerCount: number, cuts: TierCuts): Tier {
  const start = rank / customerCount;
  if (start < cuts.S) return 'S';
  if (start < cuts.A) return 'A';
  if (start < cuts.B) return 'B';
  return 'C';
}

/**
 * Tiers for every customer in `values` (id → value). Shares are of the customers with value (a positive finite
 * number): a book of 300 contacts of whom 30 buy has one or two S, not thirty. Customers without value are C.
 * Equal values are ranked by id so the result is deterministic.
 */
export function assignTiers(
  values: ReadonlyMap<string, number>,
  cuts: TierCuts = DEFAULT_TIER_CUTS,
): Map<string, Tier> {
  const ranked = rankTiers(values, cuts);
  return new Map([...values.keys()].map((id) => [id, ranked.get(id) ?? 'C']));
}

/**
 * The same ranking, but a customer without value (null, zero, negative, not finite) gets no tier (null):
 * callers decide whether that is a prospect or a small customer.
 */
export function rankTiers(
  values: ReadonlyMap<string, number | null>,
  cuts: TierCuts = DEFAULT_TIER_CUTS,
): Map<string, Tier | null> {
  validateTierCuts(cuts);
  const tiers = new Map<string, Tier | null>();
  for (const id of values.keys()) tiers.set(id, null);
  const ranked = [...values]
    .flatMap(([id, value]) => (isFiniteNumber(value) && value > 0 ? [[id, value] as const] : []))
    .sort(([idA, a], [idB, b]) => b - a || compareIds(idA, idB));
  ranked.forEach(([id], rank) => {
    tiers.set(id, tierForRank(rank, ranked.length, cuts));
  });
  return tiers;
}

/**
 * THE rule for showing "Prospect" instead of a tier: the ranking found no value on the person or their account,
 * and no override names a tier for them. Every list and card asks this, never the fields themselves.
 */
export function showsAsProspect(
  insights: { prospect?: boolean | undefined; tierSource: 'computed' | 'override' } | undefined,
): boolean {
  return insights?.prospect === true && insights.tierSource === 'computed';
}

export interface EffectiveTier {
  tier: Tier;
  source: 'computed' | 'override';
  /** Only set when the override is in force. */
  overrideReason: string | null;
  bad: boolean;
}

/** The tier to act on. An override counts only when it names a valid tier and gives a non-blank reason. */
export function effectiveTier(computed: Tier, override?: TierOverride | null, bad = false): EffectiveTier {
  const reason = override?.reason?.trim() ?? '';
  if (override && reason !== '' && TIERS.includes(override.tier)) {
    return { tier: override.tier, source: 'override', overrideReason: reason, bad };
  }
  return { tier: computed, source: 'computed', overrideReason: null, bad };
}

export function tierGroup(tier: Tier): TierGroup {
  if (tier === 'S' || tier === 'A') return 'key';
  return tier === 'B' ? 'normal' : 'small';
}

/** 0 for S … 3 for C, for sorting best first. */
export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}
