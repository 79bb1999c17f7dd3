import type { Insights } from '../schema/records';
import { accountKey, tiersByAccount } from './accounts';
import { type Behaviour, finiteSum, marginPerActiveYear, type PurchaseEvent, readBehaviour } from './behaviour';
import { type ComplaintSignals, churnRisk } from './churn';
import {
  type BgNbdParams,
  bgNbdProbabilityAlive,
  type CustomerSummary,
  discountedClv,
  fitBgNbdSteps,
  fitGammaGammaSteps,
  type GammaGammaParams,
  runSteps,
  type Steps,
  summariseTransactions,
} from './clv';
import { stageFromBehaviour } from './lifecycle';
import { chooseValueMethod, type RfmCustomer, type RfmValue, rfmValues } from './rfm';
import { DEFAULT_TIER_CUTS, DEFAULT_TIER_VALUE_WEIGHTS, effectiveTier, type TierValueWeights } from './tiers';
import { roundTo } from './time';
import type { TouchDigest } from './touch-digest';
import type { Reason, Stage, StageOverride, Tier, TierCuts, TierOverride } from './types';

export interface Purchase {
  at: number;
  amount: number;
  cost?: number | undefined;
}

/** What the domain needs to know about one customer; gathered from the database by the caller. */
export interface CustomerHistory {
  id: string;
  /** Won deals booked on this person. */
  purchases: Purchase[];
  /** Times of interactions on any channel, either direction (the last touch, for follow-ups). */
  touches: number[];
  /**
   * Times of the touches the customer started. Only these (and purchases) show a customer is active;
   * without them every touch counts as the rep's own.
   */
  inbound?: number[] | undefined;
  /**
   * The touches already summed up at the `now` of the computation (the database's per-contact
   * aggregates): when present, `touches` and `inbound` are not read.
   */
  touchDigest?: TouchDigest | undefined;
  /** The organisation (account) this person buys for. */
  orgId?: string | null | undefined;
  /** Won deals booked on that organisation without a person (the same list for every colleague). */
  accountPurchases?: Purchase[] | undefined;
  /** The stage at the last computation, for hysteresis. */
  previousStage?: Stage | null | undefined;
  complaints?: ComplaintSignals | null | undefined;
  /** The latest "would you recommend us?" answer (0–10). */
  latestNps?: number | null | undefined;
  tierOverride?: TierOverride | undefined;
  stageOverride?: StageOverride | undefined;
  bad: boolean;
}

export type ValueModel =
  | { method: 'bgnbd'; bgnbd: BgNbdParams; gg: GammaGammaParams | null; margin: number; fittedAt: number }
  | { method: 'rfm'; reason: string; fittedAt: number };

export interface InsightOptions {
  now: number;
  model: ValueModel;
  cuts?: TierCuts;
  /** Won deals booked on an organisation without a person, by organisation id. */
  orgPurchases?: ReadonlyMap<string, readonly Purchase[]>;
  tierValue?: TierValueWeights;
}

/** Predicted value looks one year ahead, discounted at 10% a year. */
export const CLV_HORIZON_WEEKS = 52;
export const DISCOUNT_RATE = 0.1;
const DEFAULT_MARGIN = 0.3;

/**
 * Fits BG/NBD (repeat purchases, P(alive)) and Gamma-Gamma (spend) on the user's own orders,
 * or says why there is too little data and the RFM fallback applies.
 */
export function fitValueModel(histories: readonly CustomerHistory[], now: number): ValueModel {
  return runSteps(fitValueModelSteps(histories, now));
}

/** The same fit, a step per likelihood evaluation: a caller may pause between steps (runStepsInSlices). */
export function* fitValueModelSteps(histories: readonly CustomerHistory[], now: number): Steps<ValueModel> {
  const { summaries } = summariseTransactions(transactionsOf(histories), { now });
  const rows = [...summaries.values()];
  const choice = chooseValueMethod(rows);
  if (choice.method !== 'bgnbd') return { method: 'rfm', reason: choice.reason, fittedAt: now };
  try {
    const bgnbd = yield* fitBgNbdSteps(rows);
    let gg: GammaGammaParams | null = null;
    try {
      gg = yield* fitGammaGammaSteps(rows.filter((r) => r.x > 0 && r.mx > 0));
    } catch {
      gg = null;
    }
    return { method: 'bgnbd', bgnbd, gg, margin: marginOf(histories), fittedAt: now };
  } catch {
    return { method: 'rfm', reason: 'fit-failed', fittedAt: now };
  }
}

/** One buying unit: an organisation (its own deals and its people's) or a person without one. */
interface Unit {
  key: string;
  purchases: Purchase[];
}

interface Prediction {
  method: 'bgnbd' | 'rfm' | 'none';
  pAlive?: number;
  clv?: number;
  rfm?: RfmValue;
  /** The predicted next year, whichever method gave it; 0 when none could. */
  future: number;
}

/** Predicts each buyer's future with the fitted model, or with RFM over all of them when there is none. */
function* predictAll(
  buyers: ReadonlyMap<string, { purchases: readonly Purchase[]; behaviour: Behaviour }>,
  model: ValueModel,
  now: number,
): Steps<Map<string, Prediction>> {
  const transactions = [...buyers].flatMap(([id, b]) =>
    b.purchases.map((p) => ({ customerId: id, at: p.at, amount: p.amount })),
  );
  const { summaries } = summariseTransactions(transactions, { now });
  const predictions = new Map<string, Prediction>();
  const rfmCandidates: (RfmCustomer & { marginPerYear: number })[] = [];
  let done = 0;
  yield;
  for (const [id, { behaviour }] of buyers) {
    if (++done % STEP === 0) yield;
    const summary = summaries.get(id);
    if (!summary) {
      predictions.set(id, { method: 'none', future: 0 });
      continue;
    }
    if (model.method === 'bgnbd') {
      predictions.set(id, predictBgNbd(model, summary));
      continue;
    }
    rfmCandidates.push({
      id,
      recencyDays: behaviour.daysSinceLastPurchase ?? Number.POSITIVE_INFINITY,
      frequency: behaviour.purchaseDays.length,
      monetary: behaviour.totalMargin,
      marginPerYear: marginPerActiveYear(behaviour),
    });
  }
  for (const [id, rfm] of rfmValues(rfmCandidates)) {
    predictions.set(id, { method: 'rfm', rfm, future: rfm.predictedValue });
  }
  return predictions;
}

function predictBgNbd(model: Extract<ValueModel, { method: 'bgnbd' }>, summary: CustomerSummary): Prediction {
  const { bgnbd, gg, margin } = model;
  const prediction: Prediction = { method: 'bgnbd', future: 0 };
  const pAlive = finiteOrNone(() => bgNbdProbabilityAlive(bgnbd, summary));
  if (pAlive !== undefined) prediction.pAlive = pAlive;
  if (gg) {
    const options = { horizon: CLV_HORIZON_WEEKS, margin, discountRatePerYear: DISCOUNT_RATE };
    const clv = finiteOrNone(() => discountedClv(bgnbd, gg, summary, options));
    if (clv !== undefined) {
      prediction.clv = clv;
      prediction.future = Math.max(0, clv);
    }
  }
  return prediction;
}

function valueReason(prediction: Prediction | undefined): Reason {
  if (prediction?.method === 'bgnbd') return { code: 'value-by-bgnbd' };
  if (prediction?.method === 'rfm' && prediction.rfm) {
    return { code: 'value-by-rfm', params: { score: prediction.rfm.scores.score } };
  }
  return { code: 'value-by-history' };
}

/** Removes one occurrence of each inbound time from all touches: what is left was the rep's. */
function outboundOf(touches: readonly number[], inbound: readonly number[]): number[] {
  const remaining = new Map<number, number>();
  for (const at of inbound) remaining.set(at, (remaining.get(at) ?? 0) + 1);
  return touches.filter((at) => {
    const left = remaining.get(at) ?? 0;
    if (left === 0) return true;
    remaining.set(at, left - 1);
    return false;
  });
}

/**
 * Tier, stage, value, P(alive), CLV and churn risk for every customer. Behaviour is read from purchases and
 * the customer's own messages; tiers rank accounts with value on current + future value (see accounts.ts),
 * and each person shows their account's tier; a person whose account never bought is a prospect.
 */
export function computeInsights(histories: readonly CustomerHistory[], opts: InsightOptions): Map<string, Insights> {
  return runSteps(computeInsightsSteps(histories, opts));
}

/** Customers read between two steps of computeInsightsSteps. */
const STEP = 100;

/** computeInsights a few customers at a time: a caller may pause between steps (runStepsInSlices). */
export function* computeInsightsSteps(
  histories: readonly CustomerHistory[],
  opts: InsightOptions,
): Steps<Map<string, Insights>> {
  const { now, model } = opts;
  let done = 0;
  const step = () => ++done % STEP === 0;
  const weights = opts.tierValue ?? DEFAULT_TIER_VALUE_WEIGHTS;
  const orgPurchases = new Map<string, readonly Purchase[]>(opts.orgPurchases ?? []);
  for (const h of histories) {
    if (h.orgId && h.accountPurchases && !orgPurchases.has(h.orgId)) orgPurchases.set(h.orgId, h.accountPurchases);
  }

  const units = new Map<string, Unit>();
  const unitOf = (key: string) => {
    let unit = units.get(key);
    if (!unit) {
      unit = { key, purchases: [] };
      units.set(key, unit);
    }
    return unit;
  };
  for (const h of histories) {
    if (step()) yield;
    const unit = unitOf(accountKey(h));
    unit.purchases.push(...h.purchases);
  }
  const orgIds = new Set(histories.flatMap((h) => (h.orgId ? [h.orgId] : [])));
  for (const orgId of orgIds) unitOf(`org:${orgId}`).purchases.push(...(orgPurchases.get(orgId) ?? []));

  const unitBuyers = new Map<string, { purchases: Purchase[]; behaviour: Behaviour }>();
  for (const [key, unit] of units) {
    if (step()) yield;
    unitBuyers.set(key, { purchases: unit.purchases, behaviour: readBehaviour(unit, now) });
  }
  const unitPredictions = yield* predictAll(unitBuyers, model, now);
  const unitValues = new Map<string, number | null>();
  for (const [key, { behaviour }] of unitBuyers) {
    if (behaviour.purchases === 0) {
      unitValues.set(key, null);
      continue;
    }
    const future = unitPredictions.get(key)?.future ?? 0;
    const value = weights.current * Math.max(0, behaviour.recentMargin) + weights.future * future;
    unitValues.set(key, Number.isFinite(value) ? value : Number.MAX_VALUE);
  }
  yield;
  const tiers = tiersByAccount(histories, unitValues, opts.cuts ?? DEFAULT_TIER_CUTS);
  yield;

  const people = new Map<string, { purchases: Purchase[]; behaviour: Behaviour; orgDeals: number }>();
  for (const h of histories) {
    if (step()) yield;
    const inbound = h.inbound ?? [];
    const ownOrgDeals = h.orgId ? (orgPurchases.get(h.orgId) ?? []) : [];
    const purchases: PurchaseEvent[] = [...h.purchases, ...ownOrgDeals];
    const touches = h.touchDigest ? { touches: h.touchDigest } : { inbound, outbound: outboundOf(h.touches, inbound) };
    const behaviour = readBehaviour({ purchases, ...touches }, now);
    people.set(h.id, { purchases: [...h.purchases, ...ownOrgDeals], behaviour, orgDeals: ownOrgDeals.length });
  }
  const predictions = yield* predictAll(people, model, now);
  const result = new Map<string, Insights>();

  for (const h of histories) {
    if (step()) yield;
    const person = people.get(h.id);
    if (!person) continue;
    const { behaviour } = person;
    const key = accountKey(h);
    const ranked: Tier | null = tiers.people.get(h.id) ?? null;
    const unitHasValue = (unitBuyers.get(key)?.behaviour.purchases ?? 0) > 0;
    // A former customer whose value ran out is small, not a prospect.
    const computedTier: Tier = ranked ?? 'C';
    const prospect = !unitHasValue;
    const tier = effectiveTier(computedTier, h.tierOverride, h.bad);
    const stage = stageFromBehaviour(behaviour, h.stageOverride, { previousStage: h.previousStage ?? null });
    const prediction = predictions.get(h.id);
    const risk = churnRisk({
      pAlive: prediction?.pAlive ?? null,
      silenceDays: behaviour.silenceDays,
      rhythmDays: behaviour.rhythmDays,
      tier: tier.tier,
      lost: stage.derivedStage === 'lost',
      volumeFalling:
        stage.derivedStage === 'decline' &&
        stage.reasons.some((r) => r.code === 'orders-falling' || r.code === 'spend-falling'),
      unansweredFollowUps: behaviour.unansweredOutbound,
      complaints: h.complaints ?? null,
      latestNps: h.latestNps ?? null,
    });
    const stageReasons =
      person.orgDeals > 0
        ? [...stage.reasons, { code: 'account-orders-counted' as const, params: { count: person.orgDeals } }]
        : stage.reasons;
    const valueReasons: Reason[] = [valueReason(prediction)];
    if (prospect) valueReasons.unshift({ code: 'prospect-no-tier' });
    else if (h.orgId) valueReasons.push({ code: 'account-tier' });
    const newestTouch = h.touchDigest ? (h.touchDigest.lastTouchAt ?? 0) : newestUpTo(h.touches, now);
    const lastTouch = Math.max(newestTouch, behaviour.lastPurchaseAt ?? 0, 0);

    const insights: Insights = {
      tier: tier.tier,
      tierSource: tier.source,
      stage: stage.stage,
      stageSource: stage.source,
      stageReasons,
      riskReasons: risk.reasons,
      value: historicalValue(h, now),
      risk: risk.level,
      riskScore: risk.score,
      valueAtStake: marginPerActiveYear(behaviour),
      method: prediction?.method ?? 'none',
      valueReasons,
      computedAt: now,
    };
    if (prospect) insights.prospect = true;
    if (prediction?.pAlive !== undefined) insights.pAlive = prediction.pAlive;
    if (prediction?.clv !== undefined) insights.clv = prediction.clv;
    if (prediction?.rfm) insights.rfmScore = prediction.rfm.scores.score;
    if (Number.isFinite(lastTouch) && lastTouch > 0) insights.lastTouch = Math.round(lastTouch);
    if (behaviour.lastActivityAt !== null) insights.lastActivity = Math.max(0, Math.round(behaviour.lastActivityAt));
    if (behaviour.rhythmDays !== null) insights.rhythmDays = behaviour.rhythmDays;
    insights.computedTier = computedTier;
    insights.derivedStage = stage.derivedStage;
    result.set(h.id, insights);
  }
  return result;
}

/** The newest of the times at or before now (0 with none); a loop, as a key account has thousands. */
function newestUpTo(times: readonly number[], now: number): number {
  let newest = 0;
  for (const at of times) if (at <= now && at > newest) newest = at;
  return newest;
}

/** Revenue minus the cost to acquire and serve, over the whole relationship so far. */
export function historicalValue(h: CustomerHistory, now: number): number {
  let value = 0;
  for (const p of h.purchases) {
    if (!Number.isFinite(p.amount) || p.amount < 0 || !(p.at <= now)) continue;
    const cost = p.cost !== undefined && Number.isFinite(p.cost) && p.cost >= 0 ? p.cost : 0;
    value += p.amount - cost;
  }
  return roundTo(finiteSum(value), 2);
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
