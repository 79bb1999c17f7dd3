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
