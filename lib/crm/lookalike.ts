/**
 * Customer selection: how much a prospect looks like our loyal customers (key tier and in the stable stage).
 *
 * For each feature the loyal customers have data on, the prospect scores count(prospect's value) / count(most
 * common value) among loyal customers — 1 for the most typical value, 0 for a value no loyal customer has or a
 * feature the prospect lacks. The score is the weighted mean × 100 (weights in DEFAULT_FEATURE_WEIGHTS); a feature
 * counts as matched when the prospect's value is at least half as common as the most common one.
 */
import { tierGroup } from './tiers';
import { isFiniteNumber } from './time';
import { type CustomerFeatures, FEATURE_NAMES, type FeatureName, type Reason, type Stage, type Tier } from './types';

export const DEFAULT_FEATURE_WEIGHTS: Readonly<Record<FeatureName, number>> = Object.freeze({
  customerType: 0.25,
  industry: 0.25,
  orgSize: 0.2,
  channel: 0.15,
  directness: 0.1,
  region: 0.05,
});
const MATCH_THRESHOLD = 0.5;

export interface FeatureCounts {
  /** How many loyal customers have a value for the feature. */
  known: number;
  /** normalised value → number of loyal customers with it. */
  counts: Map<string, number>;
}

export interface LoyalProfile {
  size: number;
  features: Record<FeatureName, FeatureCounts>;
}

export interface LookalikeResult {
  /** 0–100, rounded. */
  score: number;
  matched: FeatureName[];
  reasons: Reason[];
}

export function isLoyalCustomer(tier: Tier, stage: Stage): boolean {
  return tierGroup(tier) === 'key' && stage === 'stability';
}

function normalise(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim().toLowerCase();
  return trimmed === '' ? null : trimmed;
}

/** Feature profile of the given (already selected) loyal customers. */
export function loyalProfile(customers: readonly CustomerFeatures[]): LoyalProfile {
  const features = {} as Record<FeatureName, FeatureCounts>;
  for (const name of FEATURE_NAMES) {
    const counts = new Map<string, number>();
    let known = 0;
    for (const customer of customers) {
      const value = normalise(customer[name]);
      if (value === null) continue;
      known += 1;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    features[name] = { known, counts };
  }
  return { size: customers.length, features };
}

export function lookalikeScore(
  profile: LoyalProfile,
  prospect: CustomerFeatures,
  weights: Readonly<Record<FeatureName, number>> = DEFAULT_FEATURE_WEIGHTS,
): LookalikeResult {
  if (profile.size === 0) return { score: 0, matched: [], reasons: [{ code: 'no-loyal-customers' }] };
  const considered = FEATURE_NAMES.filter((name) => {
    const weight = weights[name];
    return profile.features[name].known > 0 && isFiniteNumber(weight) && weight > 0;
  });
  if (considered.length === 0) return { score: 0, matched: [], reasons: [{ code: 'not-enough-data' }] };
  if (FEATURE_NAMES.every((name) => normalise(prospect[name]) === null)) {
    return { score: 0, matched: [], reasons: [{ code: 'no-prospect-features' }] };
  }

  let weighted = 0;
  let totalWeight = 0;
  let missing = 0;
  const matched: FeatureName[] = [];
  for (const name of considered) {
    const weight = weights[name];
    totalWeight += weight;
    const value = normalise(prospect[name]);
    if (value === null) {
      missing += 1;
      continue;
    }
    const { counts } = profile.features[name];
    const mostCommon = Math.max(...counts.values());
    const similarity = (counts.get(value) ?? 0) / mostCommon;
    weighted += weight * similarity;
    if (similarity >= MATCH_THRESHOLD) matched.push(name);
  }
  const reasons: Reason[] = missing > 0 ? [{ code: 'missing-features', params: { count: missing } }] : [];
  return { score: Math.round((weighted / totalWeight) * 100), matched, reasons };
}

/** Fewer loyal customers than this tell nothing about who else would become one. */
export const MIN_LOYAL_CUSTOMERS = 10;
/** How many customers' worth of weight the base rate gets when smoothing the loyal share (an m-estimate). */
const SMOOTHING = 5;
/** A feature counts as matched when its value is this much more common among loyal customers than overall. */
const MATCH_LIFT = 1.25;

/**
 * How much a prospect looks like the loyal customers, against base rates: for each feature, the lift
 * P(value | loyal) / P(value | all customers), both smoothed (the loyal share towards the base rate, the base
 * rate by add-one over the values seen), mapped to 0..1 as lift / (1 + lift) — 0.5 means "as common among
 * loyal customers as among all". Score = weighted mean × 100. With fewer than 10 loyal customers: score 0 and
 * the reason `few-loyal-customers`.
 */
export function lookalikeLift(
  loyal: LoyalProfile,
  everyone: LoyalProfile,
  prospect: CustomerFeatures,
  weights: Readonly<Record<FeatureName, number>> = DEFAULT_FEATURE_WEIGHTS,
): LookalikeResult {
  if (loyal.size < MIN_LOYAL_CUSTOMERS) {
    const reason: Reason =
      loyal.size === 0
        ? { code: 'no-loyal-customers' }
        : { code: 'few-loyal-customers', params: { count: loyal.size, min: MIN_LOYAL_CUSTOMERS } };
    return { score: 0, matched: [], reasons: [reason] };
  }
  if (FEATURE_NAMES.every((name) => normalise(prospect[name]) === null)) {
    return { score: 0, matched: [], reasons: [{ code: 'no-prospect-features' }] };
  }
  let weighted = 0;
  let totalWeight = 0;
  let missing = 0;
  const matched: FeatureName[] = [];
  for (const name of FEATURE_NAMES) {
    const weight = weights[name];
    const base = everyone.features[name];
    if (!isFiniteNumber(weight) || weight <= 0 || base.known === 0 || loyal.features[name].known === 0) continue;
    totalWeight += weight;
    const value = normalise(prospect[name]);
    if (value === null) {
      missing += 1;
      continue;
    }
    const kinds = base.counts.size + (base.counts.has(value) ? 0 : 1);
    const baseRate = ((base.counts.get(value) ?? 0) + 1) / (base.known + kinds);
    const { known, counts } = loyal.features[name];
    const loyalRate = ((counts.get(value) ?? 0) + SMOOTHING * baseRate) / (known + SMOOTHING);
    const lift = loyalRate / baseRate;
    weighted += weight * (lift / (1 + lift));
    if (lift >= MATCH_LIFT) matched.push(name);
  }
  if (totalWeight === 0) return { score: 0, matched: [], reasons: [{ code: 'not-enough-data' }] };
  const reasons: Reason[] = missing > 0 ? [{ code: 'missing-features', params: { count: missing } }] : [];
  return { score: Math.round((weighted / totalWeight) * 100), matched, reasons };
}
