import { describe, expect, it } from 'vitest';
import { demoHistories } from '../../tests/kit/demo-histories';
import { generateDemoWorkspace } from '../demo/generate';
import {
  type CustomerHistory,
  computeInsights,
  computeInsightsSteps,
  fitValueModel,
  historicalValue,
} from './insights';

const NOW = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;

/** The demo generator draws purchase rhythms the way BG/NBD assumes: a realistic book to score. */
function demoBook(contacts: number): CustomerHistory[] {
  return demoHistories(generateDemoWorkspace({ contacts, now: NOW, seed: 7 }));
}

describe('customer insights', () => {
  it('can be computed a few customers at a time, with the same result as in one piece', () => {
    const histories = demoBook(400);
    const model = fitValueModel(histories, NOW);
    const steps = computeInsightsSteps(histories, { now: NOW, model });
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // Every pass over the customers (accounts, people, predictions, insights) lets a caller pause.
    expect(pauses).toBeGreaterThanOrEqual(4 * (400 / 100));
    expect(step.value).toEqual(computeInsights(histories, { now: NOW, model }));
  });

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

describe('customer insights: methods and bad input', () => {
  it('really computes RFM when BG/NBD cannot be fitted, and every figure says which method produced it', () => {
    const histories = demoBook(30);
    const model = fitValueModel(histories, NOW);
    expect(model.method).toBe('rfm');
    const insights = [...computeInsights(histories, { now: NOW, model }).values()];
    const buyers = insights.filter((i) => !i.prospect && i.method === 'rfm');
    expect(buyers.length).toBeGreaterThan(5);
    for (const i of buyers) {
      expect(i.rfmScore).toBeGreaterThanOrEqual(3);
      expect(i.rfmScore).toBeLessThanOrEqual(15);
      expect(i.valueReasons).toContainEqual({ code: 'value-by-rfm', params: { score: i.rfmScore } });
    }
    const fitted = computeInsights(demoBook(200), { now: NOW, model: fitValueModel(demoBook(200), NOW) });
    expect([...fitted.values()].some((i) => i.valueReasons?.some((r) => r.code === 'value-by-bgnbd'))).toBe(true);
  });

  it('survives empty histories, one purchase, organisation-only deals, absurd amounts and future dates', () => {
    const histories: CustomerHistory[] = [
      { id: 'empty', purchases: [], touches: [], bad: false },
      { id: 'once', purchases: [{ at: NOW - 40 * DAY, amount: 100 }], touches: [], bad: false },
      {
        id: 'on-org',
        orgId: 'o',
        accountPurchases: [{ at: NOW - 20 * DAY, amount: 500 }],
        purchases: [],
        touches: [],
        bad: false,
      },
      {
        id: 'absurd',
        purchases: [
          { at: NOW + 30 * DAY, amount: 50 },
          { at: NOW - DAY, amount: -20 },
          { at: NOW - 2 * DAY, amount: Number.NaN },
          { at: Number.NaN, amount: 5 },
          { at: NOW - 3 * DAY, amount: Number.MAX_VALUE },
          { at: NOW - 4 * DAY, amount: Number.MAX_VALUE },
        ],
        touches: [NOW + DAY, Number.NaN],
        inbound: [NOW + DAY],
        bad: false,
      },
      { id: 'chased-prospect', purchases: [], touches: [NOW - 9 * DAY, NOW - 5 * DAY, NOW - DAY], bad: false },
    ];
    const insights = computeInsights(histories, { now: NOW, model: fitValueModel(histories, NOW) });
    for (const i of insights.values()) expect(JSON.stringify(i)).not.toMatch(/NaN|null|Infinity/);
    expect(insights.get('empty')).toMatchObject({
      stage: 'exploration',
      prospect: true,
      stageReasons: [{ code: 'no-history' }],
    });
    expect(insights.get('empty')?.valueReasons?.[0]).toEqual({ code: 'prospect-no-tier' });
    expect(insights.get('once')?.stageReasons).toContainEqual({
      code: 'short-tenure',
      params: { days: 40, minDays: 90 },
    });
    expect(insights.get('on-org')).toMatchObject({ tier: 'B', stage: 'exploration' });
    expect(insights.get('once')).toMatchObject({ tier: 'C' });
    expect(insights.get('on-org')?.prospect).toBeUndefined();
    const absurd = insights.get('absurd');
    expect(absurd?.value).toBe(Number.MAX_VALUE);
    expect(absurd?.tier).toBe('S');
    expect(absurd?.stageReasons).toEqual(
      expect.arrayContaining([
        { code: 'future-events-ignored', params: { count: 2 } },
        { code: 'invalid-amounts-ignored', params: { count: 2 } },
        { code: 'invalid-events-ignored', params: { count: 2 } },
      ]),
    );
    expect(insights.get('chased-prospect')).toMatchObject({ stage: 'exploration', prospect: true });
    expect(insights.get('chased-prospect')?.lastActivity).toBeUndefined();
  });
});
