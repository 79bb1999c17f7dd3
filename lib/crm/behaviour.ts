/**
 * How a customer behaves, read from purchases (won deals) and from what the customer sent us.
 *
 * - Rhythm: median gap in days between distinct purchase days over the last two years (the whole
 *   history when those hold fewer than three purchase days). Emails never enter it.
 * - Silence: days since the last purchase or the last inbound message, whichever is later. The rep's
 *   own outbound mail never shortens it; outbound touches sent after that moment are counted as
 *   unanswered follow-ups instead.
 * - Trends: the last 12 months against the 12 before, as (recent − earlier) / (recent + earlier) in −1..1,
 *   where `earlier` is scaled to a full year when the customer was only with us for part of it (at least
 *   half a year observed, else no trend). Frequency counts purchase days, spend sums amounts.
 */
import { DAY_MS, elapsedDays, isFiniteNumber, median, roundTo } from './time';
import { digestOfTimes, type TouchDigest } from './touch-digest';
import type { Reason } from './types';

export const BEHAVIOUR_RULES = Object.freeze({
  yearDays: 365,
  rhythmWindowDays: 730,
  minPriorObservedDays: 182,
  minPurchaseDaysForTrend: 4,
});

export interface PurchaseEvent {
  at: number;
  amount?: number | null;
  cost?: number | null;
}

export interface BehaviourInput {
  purchases: readonly PurchaseEvent[];
  /** Times of messages, calls or meetings the customer started. */
  inbound?: readonly number[];
  /** Times of the rep's own touches. */
  outbound?: readonly number[];
  /** The same touches already summed up (the database's aggregates): when given, the lists are not read. */
  touches?: TouchDigest;
}

export interface Trend {
  trend: number;
  recent: number;
  earlier: number;
}

export interface Behaviour {
  /** Distinct purchase days, oldest first (day numbers since the epoch). */
  purchaseDays: number[];
  purchases: number;
  firstPurchaseAt: number | null;
  lastPurchaseAt: number | null;
  /** The later of the last purchase and the last inbound message. */
  lastActivityAt: number | null;
  rhythmDays: number | null;
  /** Whole days since the last activity; null with neither purchase nor inbound message. */
  silenceDays: number | null;
  daysSinceLastPurchase: number | null;
  /** Days from the first purchase to now. */
  tenureDays: number;
  /** Days from the first to the last purchase. */
  activeTenureDays: number;
  frequency: Trend | null;
  spend: Trend | null;
  /** Margin (amount − cost) of the purchases of the last 12 months. */
  recentMargin: number;
  /** Margin of all purchases. */
  totalMargin: number;
  /** Outbound touches after the last activity (after the first one, for a prospect). */
  unansweredOutbound: number;
  inbound: number;
  outbound: number;
  dataReasons: Reason[];
}

interface CleanPurchase {
  at: number;
  amount: number;
  margin: number;
}

const dayOf = (at: number) => Math.floor(at / DAY_MS);

function cleanPurchases(
  purchases: readonly PurchaseEvent[],
  now: number,
  counts: { invalid: number; future: number; badAmounts: number },
): CleanPurchase[] {
  const clean: CleanPurchase[] = [];
  for (const purchase of purchases) {
    if (!isFiniteNumber(purchase?.at)) counts.invalid += 1;
    else if (purchase.at > now) counts.future += 1;
    else {
      const raw = purchase.amount ?? 0;
      const valid = isFiniteNumber(raw) && raw >= 0;
      if (!valid) counts.badAmounts += 1;
      const amount = valid ? raw : 0;
      const cost = isFiniteNumber(purchase.cost) && purchase.cost >= 0 ? purchase.cost : 0;
      clean.push({ at: purchase.at, amount, margin: amount - cost });
    }
  }
  return clean.sort((a, b) => a.at - b.at);
}

function rhythmOf(days: readonly number[], nowDay: number): number | null {
  const recent = days.filter((day) => day >= nowDay - BEHAVIOUR_RULES.rhythmWindowDays);
  const used = recent.length >= 3 ? recent : days;
  return median(used.slice(1).map((day, index) => day - (used[index] ?? day)));
}

/** Recent 12 months against the prior 12 (scaled up when only part of it was observed). */
function yearOnYear(
  points: readonly { day: number; weight: number }[],
  firstDay: number,
  nowDay: number,
): Trend | null {
  const { yearDays, minPriorObservedDays } = BEHAVIOUR_RULES;
  const recentStart = nowDay - yearDays;
  const priorStart = Math.max(recentStart - yearDays, firstDay);
  const priorObserved = recentStart - priorStart;
  if (priorObserved < minPriorObservedDays) return null;
  let recent = 0;
  let prior = 0;
  for (const { day, weight } of points) {
    if (day > recentStart) recent += weight;
    else if (day > priorStart - 1) prior += weight;
  }
  const earlier = (prior * yearDays) / priorObserved;
  const total = recent + earlier;
  // Absurd amounts overflow to Infinity, and Infinity − Infinity is NaN.
  if (!(total > 0) || !Number.isFinite(total)) return null;
  return { trend: (recent - earlier) / total, recent, earlier };
}

/** A sum of absurd amounts overflows: keep it as large (or as small) as a number can be, never Infinity or NaN. */
export function finiteSum(sum: number): number {
  if (Number.isFinite(sum)) return sum;
  if (sum === Number.POSITIVE_INFINITY) return Number.MAX_VALUE;
  return sum === Number.NEGATIVE_INFINITY ? -Number.MAX_VALUE : 0;
}

export function readBehaviour(input: BehaviourInput, now: number): Behaviour {
  const counts = { invalid: 0, future: 0, badAmounts: 0 };
  const purchases = cleanPurchases(input.purchases ?? [], now, counts);
  const nowDay = dayOf(now);

  const byDay = new Map<number, number>();
  for (const p of purchases) byDay.set(dayOf(p.at), (byDay.get(dayOf(p.at)) ?? 0) + p.amount);
  const purchaseDays = [...byDay.keys()].sort((a, b) => a - b);
  const first = purchases[0]?.at ?? null;
  const last = purchases[purchases.length - 1]?.at ?? null;
  const touches = input.touches ?? digestOfTimes(input.inbound, input.outbound, last, now);
  counts.invalid += touches.invalid;
  counts.future += touches.future;
  const lastInbound = touches.lastInboundAt;
  const lastActivityAt = last === null ? lastInbound : lastInbound === null ? last : Math.max(last, lastInbound);
  const firstDay = purchaseDays[0] ?? nowDay;

  const enoughForTrend = purchaseDays.length >= BEHAVIOUR_RULES.minPurchaseDaysForTrend;
  const frequency = enoughForTrend
    ? yearOnYear(
        purchaseDays.map((day) => ({ day, weight: 1 })),
        firstDay,
        nowDay,
      )
    : null;
  const spend = enoughForTrend
    ? yearOnYear(
        purchaseDays.map((day) => ({ day, weight: byDay.get(day) ?? 0 })),
        firstDay,
        nowDay,
      )
    : null;

  let recentMargin = 0;
  let totalMargin = 0;
  for (const p of purchases) {
    totalMargin += p.margin;
    if (dayOf(p.at) > nowDay - BEHAVIOUR_RULES.yearDays) recentMargin += p.margin;
  }

  const dataReasons: Reason[] = [];
  if (counts.invalid > 0) dataReasons.push({ code: 'invalid-events-ignored', params: { count: counts.invalid } });
  if (counts.future > 0) dataReasons.push({ code: 'future-events-ignored', params: { count: counts.future } });
  if (counts.badAmounts > 0)
    dataReasons.push({ code: 'invalid-amounts-ignored', params: { count: counts.badAmounts } });

  return {
    purchaseDays,
    purchases: purchases.length,
    firstPurchaseAt: first,
    lastPurchaseAt: last,
    lastActivityAt,
    rhythmDays: rhythmOf(purchaseDays, nowDay),
    silenceDays: lastActivityAt === null ? null : elapsedDays(lastActivityAt, now),
    daysSinceLastPurchase: last === null ? null : elapsedDays(last, now),
    tenureDays: first === null ? 0 : elapsedDays(first, now),
    activeTenureDays: first === null || last === null ? 0 : elapsedDays(first, last),
    frequency,
    spend,
    recentMargin: finiteSum(recentMargin),
    totalMargin: finiteSum(totalMargin),
    unansweredOutbound: touches.unansweredOutbound,
    inbound: touches.inbound,
    outbound: touches.outbound,
    dataReasons,
  };
}

/** Margin per year while the customer was buying: what is lost if they go. A single order counts as a year's. */
export function marginPerActiveYear(behaviour: Behaviour): number {
  const years = Math.max(1, behaviour.activeTenureDays / BEHAVIOUR_RULES.yearDays);
  const perYear = behaviour.totalMargin / years;
  return Number.isFinite(perYear) && perYear > 0 ? roundTo(perYear, 2) : 0;
}
