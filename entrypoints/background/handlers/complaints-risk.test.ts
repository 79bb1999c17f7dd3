import { beforeEach, describe, expect, it } from 'vitest';
import { DAY, handlerTestKit, NOW } from '@/tests/kit/handlers';

let kit: Awaited<ReturnType<typeof handlerTestKit>>;

beforeEach(async () => {
  kit = await handlerTestKit();
  await kit.addContact('ann');
  for (let month = 1; month <= 12; month++) await kit.addPurchase('ann', NOW - month * 30 * DAY, 500);
  await kit.handlers['workspace.recomputeInsights']({});
});

const reasonsOf = async () => (await kit.db.get('contacts', 'ann'))?.insights?.riskReasons.map((r) => r.code) ?? [];
const scoreOf = async () => (await kit.db.get('contacts', 'ann'))?.insights?.riskScore ?? Number.NaN;

describe('complaints and recommendation scores reach the churn risk', () => {
  it('an open complaint raises the risk with its reason, an overdue one more', async () => {
    const before = await scoreOf();
    await kit.handlers['complaints.open']({
      contactId: 'ann',
      description: 'Late delivery',
      category: 'Delivery',
      severity: 'low',
      receivedAt: NOW,
    });
    expect(await reasonsOf()).toContain('complaint-open-risk');
    const open = await scoreOf();
    expect(open).toBeGreaterThan(before);
    await kit.handlers['complaints.open']({
      contactId: 'ann',
      description: 'Broken part',
      category: 'Quality',
      severity: 'high',
      receivedAt: NOW - 20 * DAY,
    });
    expect(await reasonsOf()).toContain('complaint-overdue-risk');
    expect(await scoreOf()).toBeGreaterThan(open);
  });

  it('a detractor score raises the risk, a promoter score does not', async () => {
    const before = await scoreOf();
    await kit.handlers['feedback.add']({ contactId: 'ann', kind: 'nps', score: 10, at: NOW - DAY });
    expect(await scoreOf()).toBe(before);
    await kit.handlers['feedback.add']({ contactId: 'ann', kind: 'nps', score: 3, at: NOW });
    expect(await reasonsOf()).toContain('detractor-score');
    expect(await scoreOf()).toBeGreaterThan(before);
  });

  it('a complaint resolved to the customer’s satisfaction is credited', async () => {
    const complaint = await kit.handlers['complaints.open']({
      contactId: 'ann',
      description: 'Wrong invoice',
      category: 'Billing',
      severity: 'low',
      receivedAt: NOW - 2 * DAY,
    });
    for (const step of ['acknowledge', 'investigate', 'resolve', 'follow-up'] as const) {
      await kit.handlers['complaints.advance']({ id: complaint.id, step, at: NOW - 2 * DAY + 3_600_000 });
    }
    await kit.handlers['complaints.close']({ id: complaint.id, outcome: 'resolved', satisfiedAfter: true });
    expect(await reasonsOf()).toContain('complaint-resolved-well');
    expect(await reasonsOf()).not.toContain('complaint-open-risk');
  });
});
