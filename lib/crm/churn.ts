/**
 * Churn risk and win-back (客户流失与挽回).
 *
 * Risk score 0..1 combines two signals:
 * - 1 − P(alive) from the BG/NBD model, when given (weight 0.6);
 * - silence against the customer's own rhythm (weight 0.4): 0 at or below the usual gap, rising linearly to 1 at
 *   three times the usual gap. Without a known rhythm, 0 up to 90 days of silence, rising to 1 at 365 days.
 * With only one signal, that signal is the score. Silence past three times the rhythm is high risk whatever
 * P(alive) says, and a customer who stopped buying (lost) is high risk until they order again.
 * Falling volume (decline) is at least medium risk (0.3). Then: unanswered follow-ups (the rep chasing, the customer silent) add 0.05 each beyond the first (at most
 * 0.2); an open complaint adds 0.15, an overdue one 0.25; a detractor's latest score (0–6) adds 0.15; a
 * complaint resolved to the customer's satisfaction takes 0.1 off.
 * Levels: high ≥ 0.6, medium ≥ 0.3; key customers (S/A) are watched more closely (high ≥ 0.5, medium ≥ 0.2)
 * because losing one costs most.
 *
 * Win-back playbook by tier (due days for high risk; medium risk allows twice as long; low risk needs no steps):
 * key (S/A) must-win-back: personal call 2 d, visit or meeting 7 d, tailored offer 10 d, check back 30 d
 * normal (B)  try-hard:     call or email 5 d, offer 10 d, check back 30 d
 * small (C)   when-cheap:   automated email 14 d
 * bad customer let-go:      no steps
 */
import { tierGroup, tierRank } from './tiers';
import { clamp, DAY_MS, elapsedDays, isFiniteNumber, roundTo } from './time';
import type { Reason, RiskLevel, Tier, TierGroup, WinBackStepCode, WinBackStrategy } from './types';

export const CHURN_RULES = Object.freeze({
  pAliveWeight: 0.6,
  silenceWeight: 0.4,
  fullRiskRhythmMultiple: 3,
  longSilenceRhythmMultiple: 2,
  noRhythmSilenceFromDays: 90,
  noRhythmSilenceFullDays: 365,
  lowPAlive: 0.5,
  unansweredFree: 1,
  perUnanswered: 0.05,
  maxUnanswered: 0.2,
  openComplaint: 0.15,
  overdueComplaint: 0.25,
  detractor: 0.15,
  resolvedWellCredit: 0.1,
  lostScore: 0.8,
  /** Falling volume is at least medium risk. */
  volumeFallingScore: 0.3,
  levels: {
    key: { medium: 0.2, high: 0.5 },
    other: { medium: 0.3, high: 0.6 },
  },
});

export interface ChurnInput {
  pAlive?: number | null;
  silenceDays: number | null;
  rhythmDays: number | null;
  tier: Tier;
  /** The customer stopped buying (stage lost). */
  lost?: boolean;
  /** Orders or spend clearly falling year on year (stage decline from volume). */
  volumeFalling?: boolean;
  /** The rep's touches since the customer's last purchase or message. */
  unansweredFollowUps?: number | null;
  complaints?: ComplaintSignals | null;
  /** The customer's latest "would you recommend us?" answer, 0–10. */
  latestNps?: number | null;
}

export interface ComplaintSignals {
  open: number;
  overdue: number;
  /** Closed complaints the customer was satisfied with. */
  resolvedWell: number;
}

export interface ChurnRisk {
  level: RiskLevel;
  score: number;
  reasons: Reason[];
}

function silenceSignal(
  silenceDays: number | null,
  rhythmDays: number | null,
): { score: number; reason: Reason } | null {
  if (silenceDays === null || !isFiniteNumber(silenceDays) || silenceDays < 0) return null;
  const days = Math.round(silenceDays);
  if (isFiniteNumber(rhythmDays) && rhythmDays > 0) {
    const ratio = silenceDays / rhythmDays;
    const score = clamp((ratio - 1) / (CHURN_RULES.fullRiskRhythmMultiple - 1), 0, 1);
    const params = { days, usualDays: roundTo(rhythmDays, 1) };
    if (ratio <= 1) return { score, reason: { code: 'within-rhythm', params } };
    if (ratio <= CHURN_RULES.longSilenceRhythmMultiple)
      return { score, reason: { code: 'silence-longer-than-usual', params } };
    return { score, reason: { code: 'silence-exceeds-rhythm', params } };
  }
  const { noRhythmSilenceFromDays: from, noRhythmSilenceFullDays: full } = CHURN_RULES;
  const score = clamp((silenceDays - from) / (full - from), 0, 1);
  if (silenceDays > from) return { score, reason: { code: 'long-silence-no-rhythm', params: { days } } };
  return { score, reason: { code: 'rhythm-unknown', params: { days } } };
}

function levelFor(score: number, group: 'key' | 'other'): RiskLevel {
  const thresholds = CHURN_RULES.levels[group];
  if (score >= thresholds.high) return 'high';
  return score >= thresholds.medium ? 'medium' : 'low';
}

export function churnRisk(input: ChurnInput): ChurnRisk {
  const reasons: Reason[] = [];
  let pAlive: number | null = null;
  if (input.pAlive === undefined || input.pAlive === null) {
    reasons.push({ code: 'p-alive-missing' });
  } else if (isFiniteNumber(input.pAlive) && input.pAlive >= 0 && input.pAlive <= 1) {
    pAlive = input.pAlive;
    if (pAlive < CHURN_RULES.lowPAlive)
      reasons.push({ code: 'low-p-alive', params: { percent: Math.round(pAlive * 100) } });
  } else {
    reasons.push({ code: 'invalid-p-alive' });
  }
  const silence = silenceSignal(input.silenceDays, input.rhythmDays);
  if (silence) reasons.push(silence.reason);

  if (pAlive === null && !silence && !input.lost)
    return { level: 'low', score: 0, reasons: [...reasons, { code: 'not-enough-data' }] };
  let score: number;
  if (pAlive !== null && silence)
    score = CHURN_RULES.pAliveWeight * (1 - pAlive) + CHURN_RULES.silenceWeight * silence.score;
  else if (pAlive !== null) score = 1 - pAlive;
  else score = silence?.score ?? 0;
  if (silence && silence.score >= 1) score = Math.max(score, CHURN_RULES.levels.other.high);
  if (input.lost) {
    score = Math.max(score, CHURN_RULES.lostScore);
    reasons.push({ code: 'customer-lost' });
  }
  if (input.volumeFalling) {
    score = Math.max(score, CHURN_RULES.volumeFallingScore);
    reasons.push({ code: 'volume-falling-risk' });
  }
  score += signalAdjustments(input, reasons);
  score = roundTo(clamp(score, 0, 1), 4);

  const isKey = tierGroup(input.tier) === 'key';
  const level = levelFor(score, isKey ? 'key' : 'other');
  if (isKey && level !== levelFor(score, 'other')) reasons.push({ code: 'key-customer-watched-closely' });
  return { level, score, reasons };
}

const countOf = (value: number | null | undefined) => (isFiniteNumber(value) && value > 0 ? Math.floor(value) : 0);

/** What chasing, complaints and recommendation scores add to (or take off) the risk score. */
function signalAdjustments(input: ChurnInput, reasons: Reason[]): number {
  const rules = CHURN_RULES;
  let adjustment = 0;
  const unanswered = countOf(input.unansweredFollowUps);
  if (unanswered > rules.unansweredFree) {
    adjustment += Math.min(rules.maxUnanswered, (unanswered - rules.unansweredFree) * rules.perUnanswered);
    const days = isFiniteNumber(input.silenceDays) ? Math.max(0, Math.round(input.silenceDays)) : 0;
    reasons.push({ code: 'unanswered-follow-ups', params: { count: unanswered, days } });
  }
  const complaints = input.complaints;
  if (complaints && countOf(complaints.overdue) > 0) {
    adjustment += rules.overdueComplaint;
    reasons.push({ code: 'complaint-overdue-risk' });
  } else if (complaints && countOf(complaints.open) > 0) {
    adjustment += rules.openComplaint;
    reasons.push({ code: 'complaint-open-risk' });
  }
  if (complaints && countOf(complaints.resolvedWell) > 0) {
    adjustment -= rules.resolvedWellCredit;
    reasons.push({ code: 'complaint-resolved-well' });
  }
  const nps = input.latestNps;
  if (isFiniteNumber(nps) && nps >= 0 && nps <= 6) {
    adjustment += rules.detractor;
    reasons.push({ code: 'detractor-score', params: { score: nps } });
  }
  return adjustment;
}

export interface AtRiskCandidate {
  id: string;
  tier: Tier;
  /**
   * What is at stake if the customer goes: margin per year while they were buying. Non-positive or NaN
   * counts as 0 for the ordering.
   */
  value: number;
  /** The risk computed with everything known (complaints, chasing, stage); recomputed from silence without. */
  risk?: ChurnRisk | undefined;
  bad?: boolean;
  pAlive?: number | null;
  lastEventAt: number | null;
  rhythmDays: number | null;
}

export type AtRiskEntry<C extends AtRiskCandidate = AtRiskCandidate> = C & {
  risk: ChurnRisk;
  silenceDays: number | null;
  /** The value at stake: who to call first. */
  priority: number;
};

/**
 * Customers at medium or high risk (all with `includeLow`), by the value at stake, then risk, tier and id.
 * Not risk × predicted value: a predicted value already contains P(alive), so a key customer who is likely
 * lost would sink to the bottom, while the book says lost key customers are the first to win back.
 * Bad customers are let go, so they never appear.
 */
export function atRiskList<C extends AtRiskCandidate>(
  customers: readonly C[],
  now: number,
  options: { includeLow?: boolean } = {},
): AtRiskEntry<C>[] {
  return customers
    .filter((customer) => !customer.bad)
    .map((customer) => {
      const silenceDays = isFiniteNumber(customer.lastEventAt) ? elapsedDays(customer.lastEventAt, now) : null;
      const risk =
        customer.risk ??
        churnRisk({
          pAlive: customer.pAlive,
          silenceDays,
          rhythmDays: customer.rhythmDays,
          tier: customer.tier,
        });
      const value = isFiniteNumber(customer.value) && customer.value > 0 ? customer.value : 0;
      return { ...customer, risk, silenceDays, priority: value };
    })
    .filter((entry) => options.includeLow || entry.risk.level !== 'low')
    .sort(
      (a, b) =>
        b.priority - a.priority ||
        b.risk.score - a.risk.score ||
        tierRank(a.tier) - tierRank(b.tier) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

export interface WinBackStep {
  code: WinBackStepCode;
  dueAt: number;
}

export interface WinBackPlan {
  strategy: WinBackStrategy;
  steps: WinBackStep[];
}

const STRATEGY_BY_GROUP: Record<TierGroup, WinBackStrategy> = {
  key: 'must-win-back',
  normal: 'try-hard',
  small: 'when-cheap',
};

/** Step and due offset in days at high risk. */
export const WIN_BACK_PLAYBOOK: Readonly<Record<WinBackStrategy, readonly (readonly [WinBackStepCode, number])[]>> = {
  'must-win-back': [
    ['personal-call', 2],
    ['visit-or-meeting', 7],
    ['tailored-offer', 10],
    ['check-back', 30],
  ],
  'try-hard': [
    ['call-or-email', 5],
    ['offer', 10],
    ['check-back', 30],
  ],
  'when-cheap': [['automated-email', 14]],
  'let-go': [],
};

const DELAY_FACTOR: Record<RiskLevel, number | null> = { high: 1, medium: 2, low: null };

export function winBackPlan(
  tier: Tier,
  bad: boolean,
  risk: RiskLevel | { level: RiskLevel },
  now: number,
): WinBackPlan {
  const strategy = bad ? 'let-go' : STRATEGY_BY_GROUP[tierGroup(tier)];
  const factor = DELAY_FACTOR[typeof risk === 'string' ? risk : risk.level];
  if (factor === null || factor === undefined) return { strategy, steps: [] };
  const steps = WIN_BACK_PLAYBOOK[strategy].map(([code, days]) => ({ code, dueAt: now + days * factor * DAY_MS }));
  return { strategy, steps };
}
