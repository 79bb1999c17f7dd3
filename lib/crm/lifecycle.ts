/**
 * Relationship lifecycle stage (考察期 → 形成期 → 稳定期 → 退化期, then 关系解散 and back), read from purchases
 * (won deals) and the customer's own messages; the rep's outbound mail never moves a stage. Measures: see
 * behaviour.ts. Rules, first match wins (thresholds in LIFECYCLE_RULES):
 *
 * 1. No purchase                                   → exploration (no-history / no-purchase-yet): a prospect
 * 2. Silence > max(4 × rhythm, 180 d), or > 365 d
 *    without a rhythm                              → lost (stopped-buying)
 * 3. Silence > 2 × rhythm (and > 30 d), or > 180 d
 *    without a rhythm                              → decline (silence-exceeds-rhythm / long-silence-no-rhythm)
 * 4. Came back after a gap long enough to count as
 *    lost, fewer than 3 purchase days since; or the
 *    previous stage was lost                       → reactivated (bought-again-after-gap)
 * 5. Orders or spend of the last 12 months at most
 *    half the 12 before (trend ≤ −1/3)              → decline (orders-falling / spend-falling)
 * 6. First purchase < 90 days ago                   → exploration (short-tenure)
 * 7. Fewer than 3 purchase days, or orders clearly
 *    rising (trend ≥ 1/3)                           → formation
 * 8. Otherwise                                      → stability (purchase-rhythm + trends)
 *
 * Hysteresis, with the previous stage as input: a customer in decline stays there until silence is back within
 * 1.25 × rhythm and neither trend is below −0.2; a stable customer is not sent back to formation by rising orders.
 */
import { type Behaviour, type PurchaseEvent, readBehaviour, type Trend } from './behaviour';
import { type Reason, STAGES, type Stage, type StageOverride } from './types';

export const LIFECYCLE_RULES = Object.freeze({
  explorationMaxTenureDays: 90,
  formationMinPurchases: 3,
  declineRhythmMultiple: 2,
  declineMinSilenceDays: 30,
  declineSilenceWithoutRhythmDays: 180,
  lostRhythmMultiple: 4,
  lostMinSilenceDays: 180,
  lostSilenceWithoutRhythmDays: 365,
  clearTrend: 1 / 3,
  /** Hysteresis: leaving decline needs silence within this multiple of the rhythm… */
  recoverRhythmMultiple: 1.25,
  /** …and trends above this. */
  recoverTrend: -0.2,
  reactivatedUntilPurchases: 3,
});

export interface LifecycleEvent {
  at: number;
  kind: 'interaction' | 'purchase';
  amount?: number | null;
  cost?: number | null;
  /** Interactions only: who started it. Without a direction an interaction is taken as the rep's own. */
  direction?: 'inbound' | 'outbound' | null;
}

export interface LifecycleMetrics {
  /** Median gap in days between distinct purchase days (recent two years); null with fewer than two. */
  rhythmDays: number | null;
  /** Whole days since the last purchase or inbound message; null with neither. */
  silenceDays: number | null;
  /** Orders, last 12 months against the 12 before, −1..1; null when too little is known. */
  frequencyTrend: number | null;
  /** Spend, the same way. */
  valueTrend: number | null;
  purchases: number;
  interactions: number;
  /** Days since the first purchase. */
  tenureDays: number;
}

export interface StageResult {
  stage: Stage;
  source: 'derived' | 'override';
  /** What the history says, also when overridden, so the UI can show both. */
  derivedStage: Stage;
  overrideReason: string | null;
  reasons: Reason[];
  metrics: LifecycleMetrics;
  behaviour: Behaviour;
}

export interface StageOptions {
  /** The stage the customer was in at the last computation, for hysteresis. */
  previousStage?: Stage | null;
}

/** The silence after which a customer counts as lost, given their rhythm. */
export function lostAfterDays(rhythmDays: number | null): number {
  const rules = LIFECYCLE_RULES;
  if (rhythmDays === null) return rules.lostSilenceWithoutRhythmDays;
  return Math.max(rules.lostRhythmMultiple * rhythmDays, rules.lostMinSilenceDays);
}

function fallingReason(kind: 'orders' | 'spend', trend: Trend): Reason {
  return { code: `${kind}-falling`, params: { recent: Math.round(trend.recent), earlier: Math.round(trend.earlier) } };
}

function trendReason(kind: 'orders' | 'spend', trend: Trend): Reason {
  const params = { recent: Math.round(trend.recent), earlier: Math.round(trend.earlier) };
  if (trend.trend >= LIFECYCLE_RULES.clearTrend) return { code: `${kind}-rising`, params };
  if (trend.trend <= -LIFECYCLE_RULES.clearTrend) return { code: `${kind}-falling`, params };
  return { code: `${kind}-steady`, params };
}

/** The longest gap between purchase days that counts as a lapse, and how many purchase days followed it. */
function lastLapse(days: readonly number[], rhythm: number | null): { gapDays: number; after: number } | null {
  const limit = lostAfterDays(rhythm);
  for (let i = days.length - 1; i > 0; i--) {
    const gap = (days[i] ?? 0) - (days[i - 1] ?? 0);
    if (gap > limit) return { gapDays: gap, after: days.length - i };
  }
  return null;
}

function deriveFromBehaviour(b: Behaviour, previous: Stage | null): { stage: Stage; reasons: Reason[] } {
  const rules = LIFECYCLE_RULES;
  const result = (stage: Stage, reasons: Reason[]) => ({ stage, reasons });
  if (b.purchases === 0) {
    return result('exploration', [{ code: b.inbound + b.outbound === 0 ? 'no-history' : 'no-purchase-yet' }]);
  }
  const silence = b.silenceDays ?? 0;
  const rhythm = b.rhythmDays;
  const rhythmParams = { usualDays: rhythm ?? 0, lastDays: b.daysSinceLastPurchase ?? 0 };
  const rhythmReason: Reason[] = rhythm === null ? [] : [{ code: 'purchase-rhythm', params: rhythmParams }];

  if (silence > lostAfterDays(rhythm)) return result('lost', [{ code: 'stopped-buying', params: { days: silence } }]);

  const wasDeclining = previous === 'decline';
  const silenceLimit =
    rhythm === null ? null : Math.max(rules.declineRhythmMultiple * rhythm, rules.declineMinSilenceDays);
  if (rhythm !== null && silenceLimit !== null && silence > silenceLimit) {
    return result('decline', [{ code: 'silence-exceeds-rhythm', params: { days: silence, usualDays: rhythm } }]);
  }
  if (rhythm === null && silence > rules.declineSilenceWithoutRhythmDays) {
    return result('decline', [{ code: 'long-silence-no-rhythm', params: { days: silence } }]);
  }

  const lapse = lastLapse(b.purchaseDays, rhythm);
  if ((lapse && lapse.after < rules.reactivatedUntilPurchases) || previous === 'lost') {
    return result('reactivated', [{ code: 'bought-again-after-gap', params: { gapDays: lapse?.gapDays ?? 0 } }]);
  }

  const trends = [['orders', b.frequency] as const, ['spend', b.spend] as const].flatMap(([kind, trend]) =>
    trend ? [{ kind, trend }] : [],
  );
  const falling = (limit: number) =>
    trends.filter(({ trend }) => trend.trend <= limit).map(({ kind, trend }) => fallingReason(kind, trend));
  const clearlyFalling = falling(-rules.clearTrend);
  if (clearlyFalling.length > 0) return result('decline', [...clearlyFalling, ...rhythmReason]);
  // Hysteresis: once in decline, a customer stays there until volume and rhythm have both recovered.
  if (wasDeclining) {
    const stillFalling = falling(rules.recoverTrend);
    if (stillFalling.length > 0) return result('decline', [...stillFalling, ...rhythmReason]);
    const recovered =
      rhythm === null || silence <= Math.max(rules.recoverRhythmMultiple * rhythm, rules.declineMinSilenceDays);
    if (!recovered && rhythm !== null) {
      return result('decline', [{ code: 'silence-exceeds-rhythm', params: { days: silence, usualDays: rhythm } }]);
    }
  }

  if (b.tenureDays < rules.explorationMaxTenureDays) {
    return result('exploration', [
      { code: 'short-tenure', params: { days: b.tenureDays, minDays: rules.explorationMaxTenureDays } },
    ]);
  }
  const purchaseDays = b.purchaseDays.length;
  if (purchaseDays < rules.formationMinPurchases) {
    const reason: Reason =
      purchaseDays === 1
        ? { code: 'one-purchase-only', params: { days: b.daysSinceLastPurchase ?? 0 } }
        : { code: 'few-purchases', params: { purchases: purchaseDays, minPurchases: rules.formationMinPurchases } };
    return result('formation', [reason]);
  }
  const rising = b.frequency && b.frequency.trend >= rules.clearTrend;
  if (rising && b.frequency && previous !== 'stability') {
    return result('formation', [trendReason('orders', b.frequency), ...rhythmReason]);
  }
  const reasons: Reason[] = [...rhythmReason];
  if (rhythm !== null && silence > rhythm) {
    reasons.push({ code: 'late-order-tolerated', params: { days: silence, usualDays: rhythm } });
  }
  if (b.frequency) reasons.push(trendReason('orders', b.frequency));
  if (b.spend) reasons.push(trendReason('spend', b.spend));
  if (reasons.length === 0) reasons.push({ code: 'regular-purchases', params: { purchases: purchaseDays } });
  return result('stability', reasons);
}

function metricsOf(b: Behaviour): LifecycleMetrics {
  return {
    rhythmDays: b.rhythmDays,
    silenceDays: b.silenceDays,
    frequencyTrend: b.frequency?.trend ?? null,
    valueTrend: b.spend?.trend ?? null,
    purchases: b.purchases,
    interactions: b.inbound + b.outbound,
    tenureDays: b.tenureDays,
  };
}

/** Splits events into purchases and inbound/outbound touches; unknown kinds are reported. */
function split(events: readonly LifecycleEvent[]) {
  const purchases: PurchaseEvent[] = [];
  const inbound: number[] = [];
  const outbound: number[] = [];
  let unknown = 0;
  for (const event of events) {
    if (event?.kind === 'purchase')
      purchases.push({ at: event.at, amount: event.amount ?? null, cost: event.cost ?? null });
    else if (event?.kind === 'interaction') (event.direction === 'inbound' ? inbound : outbound).push(event.at);
    else unknown += 1;
  }
  return { purchases, inbound, outbound, unknown };
}

function withUnknown(reasons: Reason[], unknown: number): Reason[] {
  if (unknown === 0) return reasons;
  const index = reasons.findIndex((reason) => reason.code === 'invalid-events-ignored');
  const existing = reasons[index];
  if (!existing) return [...reasons, { code: 'invalid-events-ignored', params: { count: unknown } }];
  const count = (existing.params?.count ?? 0) + unknown;
  return reasons.map((reason, i) => (i === index ? { code: 'invalid-events-ignored', params: { count } } : reason));
}

/** The stage of a customer whose behaviour is already read. */
export function stageFromBehaviour(
  behaviour: Behaviour,
  override?: StageOverride | null,
  options: StageOptions = {},
): StageResult {
  const previous = options.previousStage && STAGES.includes(options.previousStage) ? options.previousStage : null;
  const derived = deriveFromBehaviour(behaviour, previous);
  const metrics = metricsOf(behaviour);
  const overrideReason = override?.reason?.trim() ?? '';
  const reasons = [...derived.reasons, ...behaviour.dataReasons];
  if (override && overrideReason !== '' && STAGES.includes(override.stage)) {
    return {
      stage: override.stage,
      source: 'override',
      derivedStage: derived.stage,
      overrideReason,
      reasons: [{ code: 'manual-override' }, ...reasons],
      metrics,
      behaviour,
    };
  }
  return {
    stage: derived.stage,
    source: 'derived',
    derivedStage: derived.stage,
    overrideReason: null,
    reasons,
    metrics,
    behaviour,
  };
}

/**
 * The lifecycle stage of one relationship. A user override (with a non-blank reason) wins; the derived stage
 * and its reasons are still returned. Events in the future, with a non-finite time or an unknown kind are
 * ignored and reported; negative or NaN purchase amounts count as 0.
 */
export function deriveStage(
  events: readonly LifecycleEvent[],
  now: number,
  override?: StageOverride | null,
  options: StageOptions = {},
): StageResult {
  const { purchases, inbound, outbound, unknown } = split(events);
  const behaviour = readBehaviour({ purchases, inbound, outbound }, now);
  behaviour.dataReasons = withUnknown(behaviour.dataReasons, unknown);
  return stageFromBehaviour(behaviour, override, options);
}
