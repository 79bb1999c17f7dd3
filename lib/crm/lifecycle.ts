/**
 * Relationship lifecycle stage (考察期 → 形成期 → 稳定期 → 退化期) derived from interaction and purchase history.
 *
 * Rules, checked in this order (first match wins; thresholds in LIFECYCLE_RULES):
 * 1. No usable events                                         → exploration (no-history)
 * 2. Decline — a relationship can decline from any stage:
 *    silence > 2 × own rhythm (and > 14 days)                 → decline (silence-exceeds-rhythm)
 *    no rhythm yet (events on < 2 days) and silence > 180 days → decline (long-silence-no-rhythm)
 *    frequency and value trends both clearly falling           → decline (frequency-falling, value-falling)
 * 3. No purchase yet                                          → exploration (no-purchase-yet)
 *    Tenure < 90 days                                          → exploration (short-tenure)
 * 4. Fewer than 3 purchases                                   → formation (few-purchases)
 *    Frequency trend clearly rising (still ramping up)         → formation (frequency-rising)
 * 5. Otherwise                                                → stability (regular-purchases + trend reasons)
 *
 * Rhythm = median gap in days between consecutive distinct event days (several emails on one day are one touch),
 * over the last two years so an old habit does not mask today's; the whole history when that has < 3 event days.
 * Trends compare the recent half of the window with the earlier half, where the window runs from the first event
 * (at most two years back) to now: trend = (recent − earlier) / (recent + earlier), in −1..1. "Clearly" means
 * |trend| ≥ 1/3, i.e. one half is at least double the other.
 */
import { DAY_MS, elapsedDays, isFiniteNumber, median } from './time';
import { type Reason, STAGES, type Stage, type StageOverride } from './types';

export const LIFECYCLE_RULES = Object.freeze({
  explorationMaxTenureDays: 90,
  formationMinPurchases: 3,
  declineRhythmMultiple: 2,
  declineMinSilenceDays: 14,
  declineSilenceWithoutRhythmDays: 180,
  clearTrend: 1 / 3,
  trendWindowMaxDays: 730,
  minEventsForFrequencyTrend: 4,
  minPurchasesForValueTrend: 3,
});

export interface LifecycleEvent {
  at: number;
  kind: 'interaction' | 'purchase';
  amount?: number | null;
}

export interface LifecycleMetrics {
  /** Median gap in days between distinct event days (recent two years); null with events on fewer than two days. */
  rhythmDays: number | null;
  /** Whole days since the last event; null without events. */
  silenceDays: number | null;
  /** −1..1, see the module comment; null when there are too few events. */
  frequencyTrend: number | null;
  /** −1..1 over purchase amounts; null when there are too few purchases or no amounts. */
  valueTrend: number | null;
  purchases: number;
  interactions: number;
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
}

interface CleanHistory {
  events: { at: number; kind: 'interaction' | 'purchase'; amount: number }[];
  dataReasons: Reason[];
}

function cleanHistory(events: readonly LifecycleEvent[], now: number): CleanHistory {
  let invalid = 0;
  let future = 0;
  let badAmounts = 0;
  const clean: CleanHistory['events'] = [];
  for (const event of events) {
    if (!isFiniteNumber(event.at) || (event.kind !== 'interaction' && event.kind !== 'purchase')) {
      invalid += 1;
    } else if (event.at > now) {
      future += 1;
    } else {
      const amount = event.amount ?? 0;
      const validAmount = isFiniteNumber(amount) && amount >= 0;
      if (!validAmount) badAmounts += 1;
      clean.push({ at: event.at, kind: event.kind, amount: event.kind === 'purchase' && validAmount ? amount : 0 });
    }
  }
  clean.sort((a, b) => a.at - b.at);
  const dataReasons: Reason[] = [];
  if (invalid > 0) dataReasons.push({ code: 'invalid-events-ignored', params: { count: invalid } });
  if (future > 0) dataReasons.push({ code: 'future-events-ignored', params: { count: future } });
  if (badAmounts > 0) dataReasons.push({ code: 'invalid-amounts-ignored', params: { count: badAmounts } });
  return { events: clean, dataReasons };
}

function distinctDays(times: readonly number[]): number[] {
  return [...new Set(times.map((at) => Math.floor(at / DAY_MS)))];
}

/** `times` sorted ascending. */
function rhythmDays(times: readonly number[], windowStart: number): number | null {
  const recentDays = distinctDays(times.filter((at) => at >= windowStart));
  const days = recentDays.length >= 3 ? recentDays : distinctDays(times);
  const gaps = days.slice(1).map((day, index) => day - (days[index] ?? day));
  return median(gaps);
}

interface Trend {
  trend: number;
  recent: number;
  earlier: number;
}

/** Splits [windowStart, now] in two halves and compares the weight that falls in each. */
function halfWindowTrend(
  points: readonly { at: number; weight: number }[],
  windowStart: number,
  now: number,
): Trend | null {
  const middle = windowStart + (now - windowStart) / 2;
  let recent = 0;
  let earlier = 0;
  for (const { at, weight } of points) {
    if (at < windowStart) continue;
    if (at >= middle) recent += weight;
    else earlier += weight;
  }
  const total = recent + earlier;
  // Absurd amounts can overflow to Infinity, and Infinity − Infinity is NaN.
  if (!(total > 0) || !Number.isFinite(total) || now <= windowStart) return null;
  return { trend: (recent - earlier) / total, recent, earlier };
}

function trendReason(kind: 'frequency' | 'value', trend: Trend): Reason {
  const params = { recent: Math.round(trend.recent), earlier: Math.round(trend.earlier) };
  if (trend.trend >= LIFECYCLE_RULES.clearTrend) return { code: `${kind}-rising`, params };
  if (trend.trend <= -LIFECYCLE_RULES.clearTrend) return { code: `${kind}-falling`, params };
  return { code: `${kind}-steady`, params };
}

function deriveFromHistory(
  events: CleanHistory['events'],
  now: number,
): { stage: Stage; reasons: Reason[]; metrics: LifecycleMetrics } {
  const rules = LIFECYCLE_RULES;
  const purchases = events.filter((event) => event.kind === 'purchase');
  const first = events[0];
  const last = events[events.length - 1];
  const tenureDays = first ? elapsedDays(first.at, now) : 0;
  const silenceDays = last ? elapsedDays(last.at, now) : null;
  const windowStart = first ? Math.max(first.at, now - rules.trendWindowMaxDays * DAY_MS) : now;
  const rhythm = rhythmDays(
    events.map((event) => event.at),
    windowStart,
  );
  const inWindow = events.filter((event) => event.at >= windowStart);
  const frequency =
    inWindow.length >= rules.minEventsForFrequencyTrend
      ? halfWindowTrend(
          inWindow.map((event) => ({ at: event.at, weight: 1 })),
          windowStart,
          now,
        )
      : null;
  const windowPurchases = purchases.filter((event) => event.at >= windowStart);
  const value =
    windowPurchases.length >= rules.minPurchasesForValueTrend
      ? halfWindowTrend(
          windowPurchases.map((event) => ({ at: event.at, weight: event.amount })),
          windowStart,
          now,
        )
      : null;

  const metrics: LifecycleMetrics = {
    rhythmDays: rhythm,
    silenceDays,
    frequencyTrend: frequency?.trend ?? null,
    valueTrend: value?.trend ?? null,
    purchases: purchases.length,
    interactions: events.length - purchases.length,
    tenureDays,
  };
  const result = (stage: Stage, reasons: Reason[]) => ({ stage, reasons, metrics });

  if (silenceDays === null) return result('exploration', [{ code: 'no-history' }]);

  if (rhythm !== null) {
    const limit = Math.max(rules.declineRhythmMultiple * rhythm, rules.declineMinSilenceDays);
    if (silenceDays > limit) {
      return result('decline', [{ code: 'silence-exceeds-rhythm', params: { days: silenceDays, usualDays: rhythm } }]);
    }
  } else if (silenceDays > rules.declineSilenceWithoutRhythmDays) {
    return result('decline', [{ code: 'long-silence-no-rhythm', params: { days: silenceDays } }]);
  }
  if (frequency && value && frequency.trend <= -rules.clearTrend && value.trend <= -rules.clearTrend) {
    return result('decline', [trendReason('frequency', frequency), trendReason('value', value)]);
  }

  if (purchases.length === 0) return result('exploration', [{ code: 'no-purchase-yet' }]);
  if (tenureDays < rules.explorationMaxTenureDays) {
    return result('exploration', [
      { code: 'short-tenure', params: { days: tenureDays, minDays: rules.explorationMaxTenureDays } },
    ]);
  }
  if (purchases.length < rules.formationMinPurchases) {
    return result('formation', [
      { code: 'few-purchases', params: { purchases: purchases.length, minPurchases: rules.formationMinPurchases } },
    ]);
  }
  if (frequency && frequency.trend >= rules.clearTrend)
    return result('formation', [trendReason('frequency', frequency)]);

  const reasons: Reason[] = [{ code: 'regular-purchases', params: { purchases: purchases.length } }];
  if (rhythm !== null) reasons.push({ code: 'within-rhythm', params: { days: silenceDays, usualDays: rhythm } });
  if (frequency) reasons.push(trendReason('frequency', frequency));
  if (value) reasons.push(trendReason('value', value));
  return result('stability', reasons);
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
): StageResult {
  const { events: clean, dataReasons } = cleanHistory(events, now);
  const derived = deriveFromHistory(clean, now);
  const overrideReason = override?.reason?.trim() ?? '';
  if (override && overrideReason !== '' && STAGES.includes(override.stage)) {
    return {
      stage: override.stage,
      source: 'override',
      derivedStage: derived.stage,
      overrideReason,
      reasons: [{ code: 'manual-override' }, ...derived.reasons, ...dataReasons],
      metrics: derived.metrics,
    };
  }
  return {
    stage: derived.stage,
    source: 'derived',
    derivedStage: derived.stage,
    overrideReason: null,
    reasons: [...derived.reasons, ...dataReasons],
    metrics: derived.metrics,
  };
}
