import { describe, expect, it } from 'vitest';
import { demoHistories } from '../../tests/kit/demo-histories';
import { generateDemoWorkspace } from '../demo/generate';
import { type CustomerHistory, computeInsights, fitValueModel, historicalValue } from './insights';

const NOW = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;

/** The demo generator draws purchase rhythms the way BG/NBD assumes: a realistic book to score. */
function demoBook(contacts: number): CustomerHistory[] {
  return demoHistories(generateDemoWorkspace({ contacts, now: NOW, seed: 7 }));
}

describe('customer insights', () => {
  it('fits the purchase model on a real-sized book and fills every figure', () => {
    const histories = demoBook(400);
    const model = fitValueModel(histories, NOW);
    expect(model.method).toBe('bgnbd');
    const insights = computeInsights(histories, { now: NOW, model });
    expect(insights.size).toBe(400);
    for (const i of insights.values()) {
      expect(Number.isFinite(i.value)).toBe(true);
      if (i.pAlive !== undefined) expect(i.pAlive).toBeGreaterThanOrEqual(0);
      if (i.pAlive !== undefined) expect(i.pAlive).toBeLessThanOrEqual(1);
      if (i.clv !== undefined) expect(i.clv).toBeGreaterThanOrEqual(0);
    }
    // Tiers rank accounts with value (an organisation, or a person without one): S = 5 %, A = next 15 %.
    const accountTier = new Map<string, string>();
    for (const h of histories) {
      const tier = insights.get(h.id)?.computedTier ?? 'C';
      const account = h.orgId ? `org:${h.orgId}` : `person:${h.id}`;
      if (insights.get(h.id)?.prospect) continue;
      expect(accountTier.get(account) ?? tier, 'one tier per account').toBe(tier);
      accountTier.set(account, tier);
    }
    const valued = accountTier.size;
    const count = (tier: string) => [...accountTier.values()].filter((t) => t === tier).length;
    expect(count('S')).toBe(Math.ceil(valued * 0.05));
    expect(count('A')).toBe(Math.ceil(valued * 0.2) - Math.ceil(valued * 0.05));
  });

  it('ranks the most valuable customer as key', () => {
    const histories = demoBook(200);
    const insights = computeInsights(histories, { now: NOW, model: fitValueModel(histories, NOW) });
    const best = [...histories].sort((a, b) => historicalValue(b, NOW) - historicalValue(a, NOW))[0];
    expect(insights.get(best?.id ?? '')?.tier).toBe('S');
  });

  it('falls back to RFM and says so when there are too few customers', () => {
    const histories = demoBook(10);
    const model = fitValueModel(histories, NOW);
    expect(model.method).toBe('rfm');
    const insights = computeInsights(histories, { now: NOW, model });
    expect([...insights.values()].every((i) => i.pAlive === undefined && i.method !== 'bgnbd')).toBe(true);
  });

  it('keeps a manual tier and stage, and a bad customer never crashes anything', () => {
    const histories: CustomerHistory[] = [
      {
        id: 'a',
        purchases: [{ at: NOW - 10 * DAY, amount: 100 }],
        touches: [],
        bad: false,
        tierOverride: { tier: 'S', reason: 'strategic account' },
      },
      {
        id: 'b',
        purchases: [],
        touches: [],
        bad: true,
        stageOverride: { stage: 'decline', reason: 'moved to competitor' },
      },
    ];
    const insights = computeInsights(histories, { now: NOW, model: fitValueModel(histories, NOW) });
    expect(insights.get('a')).toMatchObject({ tier: 'S', tierSource: 'override' });
    expect(insights.get('b')).toMatchObject({ stage: 'decline', stageSource: 'override', method: 'none' });
  });

  it('survives empty histories, negative, absurd and future amounts without NaN', () => {
    const histories: CustomerHistory[] = [
      { id: 'empty', purchases: [], touches: [], bad: false },
      {
        id: 'odd',
        purchases: [
          { at: NOW + 30 * DAY, amount: 50 },
          { at: NOW - DAY, amount: -20 },
          { at: NOW - 2 * DAY, amount: Number.NaN },
          { at: NOW - 3 * DAY, amount: 1e15 },
        ],
        touches: [NOW + DAY],
        bad: false,
      },
    ];
    const insights = computeInsights(histories, { now: NOW, model: fitValueModel(histories, NOW) });
    for (const i of insights.values()) expect(JSON.stringify(i)).not.toMatch(/NaN|null/);
    expect(insights.get('empty')?.stage).toBe('exploration');
    expect(historicalValue(histories[1] as CustomerHistory, NOW)).toBe(1e15);
  });
});
