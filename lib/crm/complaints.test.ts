import { describe, expect, it } from 'vitest';
import {
  advanceComplaint,
  type ComplaintResult,
  type ComplaintState,
  closeComplaint,
  complaintSignals,
  complaintStatus,
  loyaltyEffect,
  openComplaint,
  slaDueDates,
} from './complaints';
import { HOUR_MS } from './time';
import { COMPLAINT_STEPS, type ComplaintStep, type Severity, type Tier } from './types';

const RECEIVED = Date.UTC(2025, 0, 1, 9);
const hours = (h: number) => RECEIVED + h * HOUR_MS;

function ok(result: ComplaintResult): ComplaintState {
  if (!result.ok) throw new Error(`expected ok, got ${result.error}`);
  return result.state;
}

function open(severity: Severity = 'medium', tier: Tier = 'B'): ComplaintState {
  return ok(openComplaint({ receivedAt: RECEIVED, severity, tier, category: 'delivery' }));
}

/** Completes the given steps in order at the given hours after receipt. */
function complete(state: ComplaintState, atHours: number[]): ComplaintState {
  return atHours.reduce(
    (current, h, i) => ok(advanceComplaint(current, COMPLAINT_STEPS[i] as ComplaintStep, hours(h))),
    state,
  );
}

describe('openComplaint', () => {
  it('creates the four steps with SLA deadlines from the severity table', () => {
    const state = open('medium', 'B');
    expect(state.steps.map((step) => [step.step, step.dueAt])).toEqual([
      ['acknowledge', hours(24)],
      ['investigate', hours(72)],
      ['resolve', hours(168)],
      ['follow-up', hours(336)],
    ]);
    expect(state).toMatchObject({
      receivedAt: RECEIVED,
      severity: 'medium',
      tier: 'B',
      category: 'delivery',
      closed: null,
    });
    expect(state.steps.every((step) => step.doneAt === null && step.note === null)).toBe(true);
  });

  it('is faster for more severe complaints', () => {
    expect(slaDueDates(RECEIVED, 'critical', 'C')).toEqual({
      acknowledge: hours(2),
      investigate: hours(24),
      resolve: hours(72),
      'follow-up': hours(168),
    });
    expect(slaDueDates(RECEIVED, 'high', 'C').acknowledge).toBe(hours(4));
    expect(slaDueDates(RECEIVED, 'low', 'C')['follow-up']).toBe(hours(504));
  });

  it('halves the deadlines for key customers', () => {
    expect(slaDueDates(RECEIVED, 'critical', 'S')).toEqual({
      acknowledge: hours(1),
      investigate: hours(12),
      resolve: hours(36),
      'follow-up': hours(84),
    });
    expect(slaDueDates(RECEIVED, 'medium', 'A').acknowledge).toBe(hours(12));
    expect(slaDueDates(RECEIVED, 'medium', 'C').acknowledge).toBe(hours(24));
  });

  it('refuses an invalid receipt time', () => {
    expect(openComplaint({ receivedAt: Number.NaN, severity: 'low', tier: 'C', category: 'x' })).toEqual({
      ok: false,
      error: 'invalid-time',
    });
  });
});

describe('advanceComplaint', () => {
  it('completes steps in order, storing the time and a trimmed note', () => {
    const state = ok(advanceComplaint(open(), 'acknowledge', hours(1), '  called back, listened  '));
    expect(state.steps[0]).toMatchObject({ doneAt: hours(1), note: 'called back, listened' });
    expect(ok(advanceComplaint(state, 'investigate', hours(2), '   ')).steps[1]?.note).toBeNull();
  });

  it('does not change the state it was given', () => {
    const state = open();
    advanceComplaint(state, 'acknowledge', hours(1));
    expect(state.steps[0]?.doneAt).toBeNull();
  });

  it('refuses to skip a step', () => {
    expect(advanceComplaint(open(), 'investigate', hours(1))).toEqual({ ok: false, error: 'step-out-of-order' });
    expect(advanceComplaint(complete(open(), [1]), 'follow-up', hours(2))).toEqual({
      ok: false,
      error: 'step-out-of-order',
    });
  });

  it('refuses to complete a step twice', () => {
    expect(advanceComplaint(complete(open(), [1, 2]), 'acknowledge', hours(3))).toEqual({
      ok: false,
      error: 'step-already-done',
    });
  });

  it('refuses times before receipt, before the previous step, or not finite', () => {
    expect(advanceComplaint(open(), 'acknowledge', hours(-1))).toEqual({ ok: false, error: 'before-received' });
    expect(advanceComplaint(complete(open(), [5]), 'investigate', hours(4))).toEqual({
      ok: false,
      error: 'before-previous-step',
    });
    expect(advanceComplaint(open(), 'acknowledge', Number.NaN)).toEqual({ ok: false, error: 'invalid-time' });
    expect(ok(advanceComplaint(complete(open(), [5]), 'investigate', hours(5))).steps[1]?.doneAt).toBe(hours(5));
  });

  it('refuses changes to a closed complaint', () => {
    const closed = ok(closeComplaint(open(), 'withdrawn', undefined, hours(1)));
    expect(advanceComplaint(closed, 'acknowledge', hours(2))).toEqual({ ok: false, error: 'complaint-closed' });
  });
});

describe('closeComplaint', () => {
  it('closes a resolved complaint once all four steps are done', () => {
    const state = ok(closeComplaint(complete(open(), [1, 10, 50, 200]), 'resolved', true, hours(201)));
    expect(state.closed).toEqual({ at: hours(201), outcome: 'resolved', satisfiedAfter: true });
  });

  it('needs the follow-up before resolved or compensated, and the investigation before rejected', () => {
    const resolvedOnly = complete(open(), [1, 10, 50]);
    expect(closeComplaint(resolvedOnly, 'compensated', true, hours(60))).toEqual({
      ok: false,
      error: 'steps-incomplete',
    });
    expect(closeComplaint(complete(open(), [1]), 'rejected', false, hours(2))).toEqual({
      ok: false,
      error: 'steps-incomplete',
    });
    expect(ok(closeComplaint(complete(open(), [1, 2]), 'rejected', null, hours(3))).closed?.satisfiedAfter).toBeNull();
  });

  it('allows withdrawal at any time', () => {
    expect(ok(closeComplaint(open(), 'withdrawn', undefined, RECEIVED)).closed?.outcome).toBe('withdrawn');
  });

  it('refuses to close twice or before the last step', () => {
    const closed = ok(closeComplaint(open(), 'withdrawn', undefined, hours(1)));
    expect(closeComplaint(closed, 'withdrawn', undefined, hours(2))).toEqual({ ok: false, error: 'complaint-closed' });
    expect(closeComplaint(complete(open(), [1, 10, 50, 200]), 'resolved', true, hours(100))).toEqual({
      ok: false,
      error: 'before-previous-step',
    });
    expect(closeComplaint(open(), 'withdrawn', undefined, hours(-1))).toEqual({ ok: false, error: 'before-received' });
  });
});

describe('complaintStatus', () => {
  it('is open with the next step and its deadline', () => {
    expect(complaintStatus(open(), hours(1))).toEqual({
      overall: 'open',
      currentStep: 'acknowledge',
      nextDueAt: hours(24),
      overdueSteps: [],
      lateSteps: [],
    });
  });

  it('is overdue when pending steps are past their deadline', () => {
    const status = complaintStatus(open(), hours(100));
    expect(status.overall).toBe('overdue');
    expect(status.overdueSteps).toEqual(['acknowledge', 'investigate']);
  });

  it('reports steps that were done late', () => {
    const status = complaintStatus(complete(open(), [30]), hours(31));
    expect(status).toMatchObject({ overall: 'open', currentStep: 'investigate', lateSteps: ['acknowledge'] });
  });

  it('is closed, with nothing overdue, once closed', () => {
    const closed = ok(closeComplaint(open(), 'withdrawn', undefined, hours(1)));
    expect(complaintStatus(closed, hours(1000))).toMatchObject({
      overall: 'closed',
      currentStep: null,
      nextDueAt: null,
      overdueSteps: [],
    });
  });
});

describe('loyaltyEffect', () => {
  const handled = (atHours: number[], outcome: 'resolved' | 'compensated', satisfied: boolean | null) =>
    ok(closeComplaint(complete(open(), atHours), outcome, satisfied, hours((atHours.at(-1) ?? 0) + 1)));
  const codes = (state: ComplaintState) => loyaltyEffect(state).reasons.map((reason) => reason.code);

  it('is positive for a complaint handled within SLA that left the customer satisfied', () => {
    const state = handled([1, 10, 50, 200], 'compensated', true);
    expect(loyaltyEffect(state)).toEqual({
      effect: 'positive',
      reasons: [{ code: 'handled-within-sla' }, { code: 'customer-satisfied' }],
    });
  });

  it('is neutral when the customer was satisfied despite a missed SLA, or satisfaction is unknown', () => {
    expect(loyaltyEffect(handled([30, 40, 50, 200], 'resolved', true)).effect).toBe('neutral');
    expect(codes(handled([30, 40, 50, 200], 'resolved', true))).toContain('sla-missed');
    expect(loyaltyEffect(handled([1, 10, 50, 200], 'resolved', null))).toEqual({
      effect: 'neutral',
      reasons: [{ code: 'handled-within-sla' }, { code: 'satisfaction-unknown' }],
    });
  });

  it('is negative when the customer is dissatisfied, or SLAs were missed without satisfying them', () => {
    expect(loyaltyEffect(handled([1, 10, 50, 200], 'resolved', false)).effect).toBe('negative');
    const late = loyaltyEffect(handled([30, 100, 200, 400], 'resolved', null));
    expect(late.effect).toBe('negative');
    expect(late.reasons[0]).toEqual({ code: 'sla-missed', params: { steps: 4 } });
  });

  it('treats rejections as negative unless the customer accepted them', () => {
    const rejected = (satisfied: boolean | null) =>
      ok(closeComplaint(complete(open(), [1, 10]), 'rejected', satisfied, hours(11)));
    expect(loyaltyEffect(rejected(null)).effect).toBe('negative');
    expect(codes(rejected(null))).toContain('complaint-rejected');
    expect(loyaltyEffect(rejected(true)).effect).toBe('neutral');
  });

  it('is neutral while open or when withdrawn', () => {
    expect(loyaltyEffect(open())).toEqual({ effect: 'neutral', reasons: [{ code: 'complaint-still-open' }] });
    const withdrawn = ok(closeComplaint(open(), 'withdrawn', true, hours(1)));
    expect(loyaltyEffect(withdrawn)).toEqual({ effect: 'neutral', reasons: [{ code: 'complaint-withdrawn' }] });
  });
});

describe('complaintSignals', () => {
  it('counts open, overdue and well-resolved complaints for the churn risk', () => {
    const opened = openComplaint({ receivedAt: 0, severity: 'high', tier: 'B', category: 'Late' });
    if (!opened.ok) throw new Error('opens');
    const late = opened.state.steps[0]?.dueAt ?? 0;
    expect(complaintSignals([opened.state], 1)).toEqual({ open: 1, overdue: 0, resolvedWell: 0 });
    expect(complaintSignals([opened.state], late + 1)).toEqual({ open: 1, overdue: 1, resolvedWell: 0 });
    let state = opened.state;
    for (const step of COMPLAINT_STEPS) {
      const next = advanceComplaint(state, step, (state.steps.find((s) => s.step === step)?.dueAt ?? 0) - 1);
      if (next.ok) state = next.state;
    }
    const closed = closeComplaint(state, 'resolved', true, (state.steps.at(-1)?.doneAt ?? 0) + 1);
    if (!closed.ok) throw new Error('closes');
    expect(complaintSignals([closed.state, opened.state], 1)).toEqual({ open: 1, overdue: 0, resolvedWell: 1 });
  });
});
