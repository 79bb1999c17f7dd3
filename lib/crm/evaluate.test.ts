// The rules checked against books of known behaviour, the rep's email traffic included as noise.
import { describe, expect, it } from 'vitest';
import { SIMULATED_CLASSES, type SimulatedClass, simulatedBook } from '../../tests/kit/simulated-book';
import { computeInsights, fitValueModel } from './insights';
import { tierGroup } from './tiers';
import type { Stage } from './types';

const NOW = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;

const EXPECTED_STAGES: Record<SimulatedClass, readonly Stage[]> = {
  steady: ['stability'],
  new: ['exploration', 'formation'],
  growing: ['formation', 'stability'],
  declining: ['decline'],
  lapsed: ['decline', 'lost'],
  'lapsed-chased': ['decline', 'lost'],
  prospect: ['exploration'],
};
const MIN_STAGE_ACCURACY: Record<SimulatedClass, number> = {
  steady: 0.85,
  new: 0.85,
  growing: 0.85,
  declining: 0.75,
  lapsed: 0.85,
  'lapsed-chased': 0.85,
  prospect: 0.85,
};

describe('insights on simulated books of known behaviour', () => {
  for (const seed of [1, 2, 3]) {
    it(`reads stage, risk and tier right per class (seed ${seed})`, () => {
      const book = simulatedBook({ perClass: 60, now: NOW, seed });
      const histories = book.map((c) => c.history);
      const model = fitValueModel(histories, NOW);
      const insights = computeInsights(histories, { now: NOW, model });
      const rows: string[] = [];
      for (const truth of SIMULATED_CLASSES) {
        const members = book.filter((c) => c.truth === truth).map((c) => insights.get(c.history.id));
        const share = (test: (i: NonNullable<(typeof members)[number]>) => boolean) =>
          members.filter((i) => i !== undefined && test(i)).length / members.length;
        const stageRight = share((i) => EXPECTED_STAGES[truth].includes(i.stage));
        const low = share((i) => i.risk === 'low');
        const high = share((i) => i.risk === 'high');
        rows.push(
          `${truth.padEnd(14)} stage ${(stageRight * 100).toFixed(0).padStart(3)}%  low risk ${(low * 100).toFixed(0).padStart(3)}%  high risk ${(high * 100).toFixed(0).padStart(3)}%`,
        );
        expect(stageRight, `${truth}: stage`).toBeGreaterThanOrEqual(MIN_STAGE_ACCURACY[truth]);
        if (truth === 'steady') expect(low, 'steady: low risk').toBeGreaterThanOrEqual(0.8);
        if (truth === 'declining') expect(low, 'declining: not low risk').toBeLessThanOrEqual(0.25);
        if (truth === 'lapsed' || truth === 'lapsed-chased')
          expect(high, `${truth}: high risk`).toBeGreaterThanOrEqual(0.85);
        if (truth === 'prospect') {
          expect(share((i) => i.stage === 'exploration')).toBe(1);
          expect(share((i) => i.prospect === true && tierGroup(i.tier) !== 'key')).toBe(1);
        }
      }
      const buyers = book.filter((c) => c.truth !== 'prospect').map((c) => insights.get(c.history.id));
      const key = buyers.filter((i) => i && tierGroup(i.tier) === 'key').length / buyers.length;
      rows.push(`key customers ${(key * 100).toFixed(0)}% of buyers; value model ${model.method}`);
      console.info(`seed ${seed}\n${rows.join('\n')}`);
      expect(key).toBeGreaterThanOrEqual(0.1);
      expect(key).toBeLessThanOrEqual(0.3);
    });
  }

  it('gives a buyer at a key account the account tier, though the orders are booked on the organisation', () => {
    const book = simulatedBook({ perClass: 30, now: NOW, seed: 9 });
    const histories = book.map((c) => c.history);
    const orders = Array.from({ length: 24 }, (_, k) => ({
      at: NOW - (10 + 30 * k) * DAY,
      amount: 50_000,
      cost: 20_000,
    }));
    histories.push(
      { id: 'buyer', orgId: 'big', purchases: [], touches: [NOW - 3 * DAY], inbound: [NOW - 3 * DAY], bad: false },
      { id: 'colleague', orgId: 'big', purchases: [], touches: [], bad: false },
    );
    const model = fitValueModel(histories, NOW);
    const insights = computeInsights(histories, { now: NOW, model, orgPurchases: new Map([['big', orders]]) });
    const buyer = insights.get('buyer');
    expect(buyer).toMatchObject({ tier: 'S', stage: 'stability', risk: 'low' });
    expect(buyer?.prospect).toBeUndefined();
    expect(buyer?.stageReasons).toContainEqual({ code: 'account-orders-counted', params: { count: 24 } });
    expect(insights.get('colleague')?.tier).toBe('S');
  });
});
