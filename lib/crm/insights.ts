import type { Insights } from '../schema/records';
import { churnRisk } from './churn';
import {
  type BgNbdParams,
  bgNbdProbabilityAlive,
  discountedClv,
  fitBgNbd,
  fitGammaGamma,
  type GammaGammaParams,
  summariseTransactions,
} from './clv';
import { deriveStage, type LifecycleEvent } from './lifecycle';
import { chooseValueMethod } from './rfm';
import { assignTiers, DEFAULT_TIER_CUTS, effectiveTier } from './tiers';
import type { StageOverride, TierCuts, TierOverride } from './types';

/** What the domain needs to know about one customer; gathered from the database by the caller. */
export interface CustomerHistory {
  id: string;
  purchases: { at: number; amount: number; cost?: number | undefined }[];
  /** Times of interactions on any channel. */
  touches: number[];
  tierOverride?: TierOverride | undefined;
  stageOverride?: StageOverride | undefined;
  bad: boolean;
}

export type ValueModel =
  | { method: 'bgnbd'; bgnbd: BgNbdParams; gg: GammaGammaParams | null; margin: number; fittedAt: number }
  | { method: 'rfm'; reason: string; fittedAt: number };

/** Predicted value looks one year ahead, discounted at 10% a year. */
export const CLV_HORIZON_WEEKS = 52;
export const DISCOUNT_RATE = 0.1;
const DEFAULT_MARGIN = 0.3;

/**
 * Fits BG/NBD (repeat purchases, P(alive)) and Gamma-Gamma (spend) on the user's own orders,
 * or says why there is too little data and the RFM fallback applies.
 */
export function fitValueModel(histories: readonly CustomerHistory[], now: number): ValueModel {
  const { summaries } = summariseTransactions(transactionsOf(histories), { now });
  const rows = [...summaries.values()];
  const choice = chooseValueMethod(rows);
  if (choice.method !== 'bgnbd') return { method: 'rfm', reason: choice.reason, fittedAt: now };
  try {
    const bgnbd = fitBgNbd(rows);
    let gg: GammaGammaParams | null = null;
    try {
      gg = fitGammaGamma(rows.filter((r) => r.x > 0 && r.mx > 0));
    } catch {
      gg = null;
    }
    return { method: 'bgnbd', bgnbd, gg, margin: marginOf(histories), fittedAt: now };
  } catch {
    return { method: 'rfm', reason: 'fit-failed', fittedAt: now };
  }
}

/** Tier, stage, value, P(alive), CLV and churn risk for every customer. */
export function computeInsights(
  histories: readonly CustomerHistory[],
  opts: { now: number; model: ValueModel; cuts?: TierCuts },
): Map<string, Insights> {
  const { now, model } = opts;
  const values = new Map(histories.map((h) => [h.id, historicalValue(h, now)]));
  const computedTiers = assignTiers(values, opts.cuts ?? DEFAULT_TIER_CUTS);
  const { summaries } = summariseTransactions(transactionsOf(histories), { now });
  const result = new Map<string, Insights>();

  for (const h of histories) {
    const tier = effectiveTier(computedTiers.get(h.id) ?? 'C', h.tierOverride, h.bad);
    const events: LifecycleEvent[] = [
      ...h.purchases.map((p) => ({ at: p.at, kind: 'purchase' as const, amount: p.amount })),
      ...h.touches.map((at) => ({ at, kind: 'interaction' as const })),
    ];
    const stage = deriveStage(events, now, h.stageOverride);
    const summary = summaries.get(h.id);
    let pAlive: number | undefined;
    let clv: number | undefined;
    if (model.method === 'bgnbd' && summary) {
      const { bgnbd, gg, margin } = model;
      pAlive = finiteOrNone(() => bgNbdProbabilityAlive(bgnbd, summary));
      if (gg) {
        const options = { horizon: CLV_HORIZON_WEEKS, margin, discountRatePerYear: DISCOUNT_RATE };
        clv = finiteOrNone(() => discountedClv(bgnbd, gg, summary, options));
      }
    }
    const risk = churnRisk({
      pAlive: pAlive ?? null,
      silenceDays: stage.metrics.silenceDays,
      rhythmDays: stage.metrics.rhythmDays,
      tier: tier.tier,
    });
    const lastTouch = Math.max(...events.map((e) => e.at).filter((at) => at <= now), 0);
    const insights: Insights = {
      tier: tier.tier,
      tierSource: tier.source,
      stage: stage.stage,
      stageSource: stage.source,
      stageReasons: stage.reasons,
      riskReasons: risk.reasons,
      value: values.get(h.id) ?? 0,
      risk: risk.level,
      method: model.method === 'bgnbd' && summary ? 'bgnbd' : h.purchases.length > 0 ? 'rfm' : 'none',
      computedAt: now,
    };
    if (pAlive !== undefined) insights.pAlive = pAlive;
    if (clv !== undefined) insights.clv = clv;
    if (lastTouch > 0) insights.lastTouch = lastTouch;
    if (stage.metrics.rhythmDays !== null) insights.rhythmDays = stage.metrics.rhythmDays;
    insights.computedTier = computedTiers.get(h.id) ?? 'C';
    insights.derivedStage = stage.derivedStage;
    result.set(h.id, insights);
  }
  return result;
}

/** Revenue minus the cost to acquire and serve, over the whole relationship so far. */
export function historicalValue(h: CustomerHistory, now: number): number {
  let value = 0;
  for (const p of h.purchases) {
    if (!Number.isFinite(p.amount) || p.amount < 0 || !(p.at <= now)) continue;
    const cost = p.cost !== undefined && Number.isFinite(p.cost) && p.cost >= 0 ? p.cost : 0;
    value += p.amount - cost;
  }
  return Math.round(value * 100) / 100;
}

function transactionsOf(histories: readonly CustomerHistory[]) {
  return histories.flatMap((h) => h.purchases.map((p) => ({ customerId: h.id, at: p.at, amount: p.amount })));
}

function marginOf(histories: readonly CustomerHistory[]): number {
  let revenue = 0;
  let cost = 0;
  for (const h of histories) {
    for (const p of h.purchases) {
      if (!Number.isFinite(p.amount) || p.amount <= 0) continue;
      revenue += p.amount;
      cost += p.cost !== undefined && Number.isFinite(p.cost) ? p.cost : p.amount * (1 - DEFAULT_MARGIN);
    }
  }
  return revenue > 0 ? Math.min(1, Math.max(0, (revenue - cost) / revenue)) : DEFAULT_MARGIN;
}

/** A prediction that cannot be made for one odd customer leaves that figure out, not the whole book. */
function finiteOrNone(predict: () => number): number | undefined {
  try {
    const n = predict();
    return Number.isFinite(n) ? n : undefined;
  } catch {
    return undefined;
  }
}
