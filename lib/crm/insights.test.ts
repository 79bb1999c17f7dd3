import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../demo/generate';
import { type CustomerHistory, computeInsights, fitValueModel, historicalValue } from './insights';

const NOW = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;

/** The demo generator draws purchase rhythms the way BG/NBD assumes: a realistic book to score. */
function demoHistories(contacts: number): CustomerHistory[] {
  const ws = generateDemoWorkspace({ contacts, now: NOW, seed: 7 });
  const byId = new Map<string, CustomerHistory>(
    ws.contacts.map((c) => [c.id, { id: c.id, purchases: [], touches: [], bad: c.bad }]),
  );
  for (const d of ws.deals)
    if (d.contactId) byId.get(d.contactId)?.purchases.push({ at: d.date, amount: d.amount, cost: d.cost });
  for (const i of ws.interactions) for (const id of i.contactIds) byId.get(id)?.touches.push(i.at);
  return [...byId.values()];
}

describe('customer insights', () => {
  it('fits the purchase model on a real-sized book and fills every figure', () => {
    const histories = demoHistories(400);
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
    const tiers = [...insights.values()].map((i) => i.tier);
    expect(tiers.filter((t) => t === 'S')).toHaveLength(20);
    expect(tiers.filter((t) => t === 'A')).toHaveLength(60);
  });

  it('ranks the most valuable customer as key', () => {
    const histories = demoHistories(200);
    const insights = computeInsights(histories, { now: NOW, model: fitValueModel(histories, NOW) });
    const best = [...histories].sort((a, b) => historicalValue(b, NOW) - historicalValue(a, NOW))[0];
    expect(insights.get(best?.id ?? '')?.tier).toBe('S');
  });

  it('falls back to RFM and says so when there are too few customers', () => {
    const histories = demoHistories(10);
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
