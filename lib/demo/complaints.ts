/**
 * Demo complaints at every point of the four-step handling (just received, acknowledged, investigated, resolved,
 * followed up and closed, some past their deadlines, some rejected or withdrawn), and feedback answers that fit
 * how each customer behaves. Built through the domain's own complaint rules, so every state is one the
 * product could reach.
 */
import { advanceComplaint, type ComplaintState, closeComplaint, openComplaint } from '../crm/complaints';
import { COMPLAINT_STEPS, SEVERITIES, type Severity, type Tier } from '../crm/types';
import type { Complaint, Feedback } from '../schema/crm-records';
import type { DemoBehaviour } from './behaviours';
import { COMPLAINT_TOPICS } from './people';
import { pick } from './random';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How far a demo complaint got: 0–4 steps done, then closed or not. */
type Progress = { stepsDone: number; close: 'resolved-satisfied' | 'compensated' | 'rejected' | 'withdrawn' | null };

const PROGRESSES: readonly Progress[] = [
  { stepsDone: 0, close: null },
  { stepsDone: 1, close: null },
  { stepsDone: 2, close: null },
  { stepsDone: 3, close: null },
  { stepsDone: 4, close: 'resolved-satisfied' },
  { stepsDone: 4, close: 'compensated' },
  { stepsDone: 2, close: 'rejected' },
  { stepsDone: 0, close: 'withdrawn' },
];

function progressed(state: ComplaintState, progress: Progress, overdue: boolean, now: number): ComplaintState {
  let current = state;
  let at = state.receivedAt;
  const steps = COMPLAINT_STEPS.slice(0, progress.stepsDone);
  for (const [index, step] of steps.entries()) {
    const due = current.steps.find((item) => item.step === step)?.dueAt ?? at;
    // In time: halfway to the deadline; late: a day after it. Never later than now (an hour per step left).
    const wanted = overdue ? due + DAY : at + (due - at) / 2;
    at = Math.max(at, Math.min(wanted, now - (steps.length - index + 1) * HOUR));
    const next = advanceComplaint(current, step, Math.round(at));
    if (next.ok) current = next.state;
  }
  if (!progress.close) return current;
  const outcome = progress.close === 'resolved-satisfied' ? 'resolved' : progress.close;
  const satisfied = progress.close === 'resolved-satisfied' || progress.close === 'compensated' ? true : null;
  const closed = closeComplaint(
    current,
    outcome,
    progress.close === 'rejected' ? false : satisfied,
    Math.round(at + HOUR),
  );
  return closed.ok ? closed.state : current;
}

/**
 * A complaint received `daysAgo` days before `now`. Open ones received long ago are past their deadlines;
 * `index` walks through every step so a small book still shows each one.
 */
export function demoComplaint(
  random: () => number,
  contactId: string,
  index: number,
  now: number,
  tier: Tier,
): Complaint | null {
  const progress = PROGRESSES[index % PROGRESSES.length] ?? { stepsDone: 0, close: null };
  const severity: Severity = pick(random, SEVERITIES.slice(0, 3));
  const overdue = index % 3 === 2;
  const receivedAt = Math.round(now - (overdue ? 20 + random() * 30 : 0.5 + progress.stepsDone + random()) * DAY);
  const opened = openComplaint({ receivedAt, severity, tier, category: '' });
  if (!opened.ok) return null;
  const topic = pick(random, COMPLAINT_TOPICS);
  const state = progressed({ ...opened.state, category: topic.category }, progress, overdue, now);
  const updatedAt = Math.max(receivedAt, ...state.steps.map((step) => step.doneAt ?? 0), state.closed?.at ?? 0);
  return {
    id: `${contactId}-complaint-${index}`,
    contactId,
    description: topic.description,
    state: { ...state, steps: [...state.steps] },
    ...(state.closed ? {} : { open: 1 as const }),
    createdAt: receivedAt,
    updatedAt: Math.min(updatedAt, now),
  };
}

/** An NPS answer that fits the behaviour (steady and growing customers recommend us, declining ones less). */
export function demoFeedback(
  random: () => number,
  contactId: string,
  behaviour: DemoBehaviour,
  now: number,
): Feedback[] {
  const at = Math.round(now - (5 + random() * 200) * DAY);
  const base: Record<DemoBehaviour, number> = {
    steady: 8,
    new: 8,
    growing: 9,
    declining: 5,
    lapsed: 4,
    reactivated: 7,
    prospect: 7,
    indirect: 7,
    'public-interest': 7,
  };
  const score = Math.max(0, Math.min(10, base[behaviour] + Math.round(random() * 4 - 2)));
  const feedback: Feedback[] = [{ id: `${contactId}-nps`, contactId, at, kind: 'nps', score }];
  if (random() < 0.5) {
    const expectation = 6 + Math.floor(random() * 4);
    const perceived = Math.max(1, Math.min(10, expectation + (score >= 9 ? 1 : score <= 6 ? -2 : 0)));
    feedback.push({
      id: `${contactId}-satisfaction`,
      contactId,
      at: at + HOUR,
      kind: 'satisfaction',
      expectation,
      perceived,
    });
  }
  return feedback;
}
