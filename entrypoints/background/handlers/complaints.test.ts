import { beforeEach, describe, expect, it } from 'vitest';
import { feedbackOf, loyaltySummary } from '@/lib/db/complaints/feedback';
import { DAY, handlerTestKit, insights, NOW } from '@/tests/kit/handlers';

const HOUR = 3_600_000;
let kit: Awaited<ReturnType<typeof handlerTestKit>>;

beforeEach(async () => {
  kit = await handlerTestKit();
});

async function openOne(tier: 'S' | 'B' = 'B') {
  await kit.addContact('ann', { insights: insights({ tier }) });
  return kit.handlers['complaints.open']({
    contactId: 'ann',
    description: 'Delivery arrived broken',
    category: 'Delivery',
    severity: 'high',
    receivedAt: NOW - 10 * DAY,
  });
}

describe('complaints in four steps', () => {
  it('opens with SLA deadlines, halved for a key customer', async () => {
    const normal = await openOne('B');
    expect(normal.open).toBe(1);
    expect(normal.state.steps.map((s) => s.step)).toEqual(['acknowledge', 'investigate', 'resolve', 'follow-up']);
    expect(normal.state.steps[0]?.dueAt).toBe(NOW - 10 * DAY + 4 * HOUR);
    expect(normal.status).toMatchObject({ overall: 'overdue', currentStep: 'acknowledge' });
    const key = await kit.handlers['complaints.open']({
      contactId: 'ann',
      description: 'x',
      category: 'x',
      severity: 'high',
      receivedAt: NOW - 10 * DAY,
    });
    expect(key.state.tier).toBe('B');
    await kit.addContact('ann', { insights: insights({ tier: 'S' }) });
    const halved = await kit.handlers['complaints.open']({
      contactId: 'ann',
      description: 'y',
      category: 'y',
      severity: 'high',
      receivedAt: NOW,
    });
    expect(halved.state.steps[0]?.dueAt).toBe(NOW + 2 * HOUR);
  });

  it('refuses a step out of order with a clear code and writes nothing', async () => {
    const complaint = await openOne();
    await expect(kit.handlers['complaints.advance']({ id: complaint.id, step: 'investigate' })).rejects.toThrow(
      'step-out-of-order',
    );
    expect((await kit.db.get('complaints', complaint.id))?.state).toEqual(complaint.state);
  });

  it('walks the steps in order, closes, and a complaint handled well raises loyalty', async () => {
    const complaint = await openOne();
    const received = NOW - 10 * DAY;
    await kit.handlers['complaints.advance']({ id: complaint.id, step: 'acknowledge', at: received + HOUR });
    await expect(
      kit.handlers['complaints.advance']({ id: complaint.id, step: 'acknowledge', at: received + 2 * HOUR }),
    ).rejects.toThrow('step-already-done');
    await kit.handlers['complaints.advance']({ id: complaint.id, step: 'investigate', at: received + DAY });
    await expect(
      kit.handlers['complaints.close']({ id: complaint.id, outcome: 'resolved', satisfiedAfter: true }),
    ).rejects.toThrow('steps-incomplete');
    await kit.handlers['complaints.advance']({ id: complaint.id, step: 'resolve', at: received + 2 * DAY });
    const followed = await kit.handlers['complaints.advance']({
      id: complaint.id,
      step: 'follow-up',
      at: received + 5 * DAY,
      note: 'Happy with the replacement',
    });
    expect(followed.state.steps[3]?.note).toBe('Happy with the replacement');
    expect((await kit.handlers['complaints.list']({ open: true })).map((c) => c.id)).toEqual([complaint.id]);

    const closed = await kit.handlers['complaints.close']({
      id: complaint.id,
      outcome: 'resolved',
      satisfiedAfter: true,
    });
    expect(closed.open).toBeUndefined();
    expect(closed.status.overall).toBe('closed');
    expect(closed.loyalty.effect).toBe('positive');
    expect(await kit.handlers['complaints.list']({ open: true })).toEqual([]);
    expect((await kit.handlers['complaints.list']({ contactId: 'ann' })).map((c) => c.id)).toEqual([complaint.id]);
    const loyalty = await loyaltySummary(kit.db, 'ann', NOW);
    expect(loyalty).toMatchObject({ complaintsHandledWell: 1, complaintsHandledBadly: 0 });
    expect(loyalty.indicators.parts.map((p) => p.part)).toContain('tolerance');
  });

  it('refuses changes to a closed complaint and to one that does not exist', async () => {
    const complaint = await openOne();
    await kit.handlers['complaints.close']({ id: complaint.id, outcome: 'withdrawn', satisfiedAfter: null });
    await expect(kit.handlers['complaints.advance']({ id: complaint.id, step: 'acknowledge' })).rejects.toThrow(
      'complaint-closed',
    );
    await expect(kit.handlers['complaints.advance']({ id: 'nope', step: 'acknowledge' })).rejects.toThrow(
      'complaint-not-found',
    );
  });
});

describe('feedback and loyalty', () => {
  it('records satisfaction, CSAT and NPS, each on its own scale', async () => {
    await kit.addContact('ann');
    await kit.addPurchase('ann', NOW - 400 * DAY, 100);
    await kit.addPurchase('ann', NOW - 100 * DAY, 100);
    await kit.handlers['feedback.add']({ contactId: 'ann', kind: 'satisfaction', expectation: 6, perceived: 9 });
    await kit.handlers['feedback.add']({ contactId: 'ann', kind: 'csat', score: 4, at: NOW - DAY });
    await kit.handlers['feedback.add']({ contactId: 'ann', kind: 'nps', score: 3, at: NOW - 2 * DAY });
    await kit.handlers['feedback.add']({ contactId: 'ann', kind: 'nps', score: 10, at: NOW - HOUR });
    expect((await feedbackOf(kit.db, 'ann')).map((f) => f.kind)).toEqual(['satisfaction', 'nps', 'csat', 'nps']);
    const loyalty = await loyaltySummary(kit.db, 'ann', NOW);
    expect(loyalty.satisfaction?.level).toBe('delighted');
    expect(loyalty.latestNps).toBe(10);
    expect(loyalty.indicators).toMatchObject({ recommendation: 'promoter', repeatPurchases: 1, repeatRate: 0.5 });
    expect(loyalty.csat.csat).toBe(100);
  });

  it('refuses missing or off-scale scores, and writes nothing', async () => {
    await kit.addContact('ann');
    const refused = [
      [{ kind: 'satisfaction', expectation: 5 }, 'feedback-scores-required'],
      [{ kind: 'satisfaction', expectation: 0, perceived: 5 }, 'feedback-score-out-of-range'],
      [{ kind: 'csat', score: 6 }, 'feedback-score-out-of-range'],
      [{ kind: 'nps', score: 7.5 }, 'feedback-score-out-of-range'],
      [{ kind: 'nps' }, 'feedback-scores-required'],
    ] as const;
    for (const [input, code] of refused) {
      await expect(kit.handlers['feedback.add']({ contactId: 'ann', ...input })).rejects.toThrow(code);
    }
    await expect(kit.handlers['feedback.add']({ contactId: 'bob', kind: 'nps', score: 9 })).rejects.toThrow(
      'contact-not-found',
    );
    expect(await kit.db.count('feedback')).toBe(0);
  });
});
