import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import { newContact } from '../contacts/contacts';
import { bookNps, loyaltySummary } from './feedback';

const NOW = Date.UTC(2026, 10, 23, 9);
const DAY = 86_400_000;

async function withBuyer(over: { pAlive?: number; shareOfWallet?: number } = {}) {
  const db = await freshDb();
  const contact = newContact({ name: 'Ann', source: 'manual' }, 'ann', NOW);
  await db.put('contacts', {
    ...contact,
    ...(over.shareOfWallet !== undefined ? { shareOfWallet: over.shareOfWallet } : {}),
    insights: {
      tier: 'B',
      tierSource: 'computed',
      stage: 'lost',
      stageSource: 'derived',
      stageReasons: [],
      riskReasons: [],
      value: 100,
      method: 'bgnbd',
      computedAt: NOW,
      ...(over.pAlive !== undefined ? { pAlive: over.pAlive } : {}),
    },
  });
  // Bought for a year, then went quiet for two.
  for (const daysAgo of [1095, 900, 730]) {
    await db.put('deals', {
      id: `d${daysAgo}`,
      contactId: 'ann',
      amount: 100,
      currency: 'USD',
      date: NOW - daysAgo * DAY,
      status: 'won',
      createdAt: NOW,
    });
  }
  return db;
}

describe('the loyalty summary of one contact', () => {
  it('counts tenure only while buying, scaled by P(alive)', async () => {
    const sure = await loyaltySummary(await withBuyer({ pAlive: 1 }), 'ann', NOW);
    expect(sure.indicators.tenureDays).toBe(365);
    const doubtful = await loyaltySummary(await withBuyer({ pAlive: 0.1 }), 'ann', NOW);
    const tenure = (s: typeof sure) => s.indicators.parts.find((p) => p.part === 'tenure')?.value ?? Number.NaN;
    expect(tenure(doubtful)).toBeCloseTo(tenure(sure) * 0.1, 5);
    expect(doubtful.indicators.index).toBeLessThan(sure.indicators.index);
  });

  it('takes the share of wallet the rep recorded on the contact', async () => {
    const without = await loyaltySummary(await withBuyer(), 'ann', NOW);
    expect(without.indicators.shareOfWallet).toBeNull();
    const withShare = await loyaltySummary(await withBuyer({ shareOfWallet: 80 }), 'ann', NOW);
    expect(withShare.indicators.shareOfWallet).toBe(0.8);
    expect(withShare.indicators.parts.map((p) => p.part)).toContain('shareOfWallet');
  });
});

describe("the book's NPS", () => {
  it("counts each contact's latest answer once", async () => {
    const db = await freshDb();
    const answer = (id: string, contactId: string, at: number, score: number) =>
      db.put('feedback', { id, contactId, at, kind: 'nps', score });
    await answer('a1', 'ann', NOW - 10 * DAY, 2);
    await answer('a2', 'ann', NOW, 10);
    await answer('b1', 'bob', NOW, 9);
    await answer('c1', 'cy', NOW, 3);
    await db.put('feedback', { id: 's', contactId: 'dee', at: NOW, kind: 'csat', score: 5 });
    const result = await bookNps(db);
    expect(result).toMatchObject({ contacts: 3, promoters: 2, detractors: 1 });
    expect(result.nps).toBeCloseTo(100 / 3, 5);
  });
});
