/**
 * Complaint handling in four steps: 1 acknowledge & listen → 2 investigate → 3 resolve/compensate → 4 follow up.
 * Each step has an SLA deadline counted from when the complaint was received (hours, COMPLAINT_SLA_HOURS):
 *
 *   severity   acknowledge  investigate  resolve  follow-up
 *   critical        2           24          72       168
 *   high            4           48         120       240
 *   medium         24           72         168       336
 *   low            48          120         240       504
 *
 * Key customers (S/A) get half these times. States are plain data; every change returns a new state or an error code.
 * A complaint is closed with an outcome: resolved/compensated once all four steps are done (the follow-up is where
 * we learn whether the customer is satisfied), rejected once investigated, withdrawn at any time.
 */
import type { ComplaintSignals } from './churn';
import { tierGroup } from './tiers';
import { HOUR_MS, isFiniteNumber } from './time';
import {
  COMPLAINT_STEPS,
  type ComplaintErrorCode,
  type ComplaintOutcome,
  type ComplaintOverall,
  type ComplaintStep,
  type LoyaltyEffect,
  type Reason,
  type Severity,
  type Tier,
} from './types';

export const COMPLAINT_SLA_HOURS: Readonly<Record<Severity, Readonly<Record<ComplaintStep, number>>>> = {
  critical: { acknowledge: 2, investigate: 24, resolve: 72, 'follow-up': 168 },
  high: { acknowledge: 4, investigate: 48, resolve: 120, 'follow-up': 240 },
  medium: { acknowledge: 24, investigate: 72, resolve: 168, 'follow-up': 336 },
  low: { acknowledge: 48, investigate: 120, resolve: 240, 'follow-up': 504 },
};
export const KEY_CUSTOMER_SLA_FACTOR = 0.5;

export interface ComplaintStepState {
  step: ComplaintStep;
  dueAt: number;
  doneAt: number | null;
  note: string | null;
}

export interface ComplaintClosure {
  at: number;
  outcome: ComplaintOutcome;
  satisfiedAfter: boolean | null;
}

export interface ComplaintState {
  receivedAt: number;
  severity: Severity;
  tier: Tier;
  category: string;
  /** Always the four steps, in order. */
  steps: readonly ComplaintStepState[];
  closed: ComplaintClosure | null;
}

export type ComplaintResult = { ok: true; state: ComplaintState } | { ok: false; error: ComplaintErrorCode };

export interface NewComplaint {
  receivedAt: number;
  severity: Severity;
  tier: Tier;
  category: string;
}

export function slaDueDates(receivedAt: number, severity: Severity, tier: Tier): Record<ComplaintStep, number> {
  const hours = COMPLAINT_SLA_HOURS[severity] ?? COMPLAINT_SLA_HOURS.medium;
  const factor = tierGroup(tier) === 'key' ? KEY_CUSTOMER_SLA_FACTOR : 1;
  const due = (step: ComplaintStep) => receivedAt + hours[step] * factor * HOUR_MS;
  return {
    acknowledge: due('acknowledge'),
    investigate: due('investigate'),
    resolve: due('resolve'),
    'follow-up': due('follow-up'),
  };
}

export function openComplaint(input: NewComplaint): ComplaintResult {
  if (!isFiniteNumber(input.receivedAt)) return { ok: false, error: 'invalid-time' };
  const due = slaDueDates(input.receivedAt, input.severity, input.tier);
  return {
    ok: true,
    state: {
      receivedAt: input.receivedAt,
      severity: input.severity,
      tier: input.tier,
      category: input.category,
      steps: COMPLAINT_STEPS.map((step) => ({ step, dueAt: due[step], doneAt: null, note: null })),
      closed: null,
    },
  };
}

function latestDoneAt(state: ComplaintState): number {
  return state.steps.reduce((latest, step) => Math.max(latest, step.doneAt ?? latest), state.receivedAt);
}

function timeError(state: ComplaintState, at: number, notBefore: number): ComplaintErrorCode | null {
  if (state.closed) return 'complaint-closed';
  if (!isFiniteNumber(at)) return 'invalid-time';
  if (at < state.receivedAt) return 'before-received';
  return at < notBefore ? 'before-previous-step' : null;
}

/** Marks `step` done at `at`. Steps go in order, once each, and never before the previous one. */
export function advanceComplaint(
  state: ComplaintState,
  step: ComplaintStep,
  at: number,
  note?: string,
): ComplaintResult {
  const index = state.steps.findIndex((item) => item.step === step);
  const current = state.steps[index];
  if (!current) return { ok: false, error: 'step-out-of-order' };
  const previous = state.steps[index - 1];
  const error = timeError(state, at, previous?.doneAt ?? state.receivedAt);
  if (error === 'complaint-closed') return { ok: false, error };
  if (current.doneAt !== null) return { ok: false, error: 'step-already-done' };
  if (previous && previous.doneAt === null) return { ok: false, error: 'step-out-of-order' };
  if (error) return { ok: false, error };
  const trimmed = note?.trim() ?? '';
  const steps = state.steps.map((item, i) =>
    i === index ? { ...item, doneAt: at, note: trimmed === '' ? null : trimmed } : item,
  );
  return { ok: true, state: { ...state, steps } };
}

function isDone(state: ComplaintState, step: ComplaintStep): boolean {
  return state.steps.some((item) => item.step === step && item.doneAt !== null);
}

export function closeComplaint(
  state: ComplaintState,
  outcome: ComplaintOutcome,
  satisfiedAfter: boolean | null | undefined,
  at: number,
): ComplaintResult {
  const error = timeError(state, at, latestDoneAt(state));
  if (error) return { ok: false, error };
  const required: ComplaintStep | null =
    outcome === 'resolved' || outcome === 'compensated' ? 'follow-up' : outcome === 'rejected' ? 'investigate' : null;
  if (required && !isDone(state, required)) return { ok: false, error: 'steps-incomplete' };
  return { ok: true, state: { ...state, closed: { at, outcome, satisfiedAfter: satisfiedAfter ?? null } } };
}

export interface ComplaintStatus {
  overall: ComplaintOverall;
  /** The next step to do; null once closed or all done. */
  currentStep: ComplaintStep | null;
  nextDueAt: number | null;
  /** Pending steps past their deadline (empty once closed). */
  overdueSteps: ComplaintStep[];
  /** Steps done after their deadline. */
  lateSteps: ComplaintStep[];
}

export function complaintStatus(state: ComplaintState, now: number): ComplaintStatus {
  const pending = state.closed ? [] : state.steps.filter((item) => item.doneAt === null);
  const overdueSteps = pending.filter((item) => item.dueAt < now).map((item) => item.step);
  const lateSteps = state.steps
    .filter((item) => item.doneAt !== null && item.doneAt > item.dueAt)
    .map((item) => item.step);
  const next = pending[0] ?? null;
  const overall: ComplaintOverall = state.closed ? 'closed' : overdueSteps.length > 0 ? 'overdue' : 'open';
  return { overall, currentStep: next?.step ?? null, nextDueAt: next?.dueAt ?? null, overdueSteps, lateSteps };
}

export interface ComplaintLoyalty {
  effect: LoyaltyEffect;
  reasons: Reason[];
}

/**
 * A complaint handled well builds loyalty: positive only when it was resolved or compensated, every step met its
 * SLA and the customer said they were satisfied. A dissatisfied customer is negative; so are missed SLAs or a
 * rejection unless the customer was satisfied anyway. Open and withdrawn complaints are neutral.
 */
export function loyaltyEffect(state: ComplaintState): ComplaintLoyalty {
  const closed = state.closed;
  if (!closed) return { effect: 'neutral', reasons: [{ code: 'complaint-still-open' }] };
  if (closed.outcome === 'withdrawn') return { effect: 'neutral', reasons: [{ code: 'complaint-withdrawn' }] };

  const late = state.steps.filter((item) => item.doneAt !== null && item.doneAt > item.dueAt).length;
  const reasons: Reason[] = [
    late > 0 ? { code: 'sla-missed', params: { steps: late } } : { code: 'handled-within-sla' },
  ];
  if (closed.outcome === 'rejected') reasons.push({ code: 'complaint-rejected' });
  if (closed.satisfiedAfter === true) reasons.push({ code: 'customer-satisfied' });
  else if (closed.satisfiedAfter === false) reasons.push({ code: 'customer-dissatisfied' });
  else reasons.push({ code: 'satisfaction-unknown' });

  const satisfied = closed.satisfiedAfter === true;
  if (closed.satisfiedAfter === false || (!satisfied && (late > 0 || closed.outcome === 'rejected'))) {
    return { effect: 'negative', reasons };
  }
  const positive = satisfied && late === 0 && closed.outcome !== 'rejected';
  return { effect: positive ? 'positive' : 'neutral', reasons };
}

/** What a customer's complaints say about churn risk (see churnRisk): open, overdue, and resolved well. */
export function complaintSignals(states: readonly ComplaintState[], now: number): ComplaintSignals {
  const signals: ComplaintSignals = { open: 0, overdue: 0, resolvedWell: 0 };
  for (const state of states) {
    const { overall } = complaintStatus(state, now);
    if (overall === 'overdue') signals.overdue += 1;
    if (overall !== 'closed') signals.open += 1;
    else if (loyaltyEffect(state).effect === 'positive') signals.resolvedWell += 1;
  }
  return signals;
}
