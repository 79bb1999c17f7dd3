import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveStage, type LifecycleEvent } from './lifecycle';
import { DAY_MS } from './time';
import { REASON_CODES, STAGES } from './types';

const NOW = Date.UTC(2025, 0, 1);
const purchase = (daysAgo: number, amount = 100): LifecycleEvent => ({
  at: NOW - daysAgo * DAY_MS,
  kind: 'purchase',
  amount,
});
const touch = (daysAgo: number): LifecycleEvent => ({ at: NOW - daysAgo * DAY_MS, kind: 'interaction' });
const codes = (result: ReturnType<typeof deriveStage>) => result.reasons.map((reason) => reason.code);
/** Monthly purchases, the latest `lastDaysAgo` days ago. */
const monthly = (count: number, lastDaysAgo: number) =>
  Array.from({ length: count }, (_, k) => purchase(lastDaysAgo + 30 * k));

const inbound = (daysAgo: number): LifecycleEvent => ({
  at: NOW - daysAgo * DAY_MS,
  kind: 'interaction',
  direction: 'inbound',
});
const outbound = (daysAgo: number): LifecycleEvent => ({
  at: NOW - daysAgo * DAY_MS,
  kind: 'interaction',
  direction: 'outbound',
});
/** Orders `gap` days apart from `firstDaysAgo` down to `lastDaysAgo` (inclusive), each of `amount`. */
const every = (gap: number, firstDaysAgo: number, lastDaysAgo: number, amount = 100) => {
  const events: LifecycleEvent[] = [];
  for (let d = firstDaysAgo; d >= lastDaysAgo; d -= gap) events.push(purchase(d, amount));
  return events;
};

describe('deriveStage: exploration', () => {
  it('has no history without events', () => {
    const result = deriveStage([], NOW);
    expect(result).toMatchObject({ stage: 'exploration', source: 'derived', derivedStage: 'exploration' });
    expect(codes(result)).toEqual(['no-history']);
    expect(result.metrics).toEqual({
      rhythmDays: null,
      silenceDays: null,
      frequencyTrend: null,
      valueTrend: null,
      purchases: 0,
      interactions: 0,
      tenureDays: 0,
    });
  });

  it('stays in exploration while there is no purchase yet, however much mail goes back and forth', () => {
    const result = deriveStage([touch(20), touch(10), touch(3), inbound(2)], NOW);
    expect(result.stage).toBe('exploration');
    expect(codes(result)).toEqual(['no-purchase-yet']);
    expect(result.metrics).toMatchObject({ interactions: 4, purchases: 0, rhythmDays: null, silenceDays: 2 });
  });

  it('never declines a prospect: without an order there is nothing to decline from', () => {
    expect(deriveStage([touch(300), touch(290), touch(280)], NOW).stage).toBe('exploration');
  });

  it('stays in exploration for the first 90 days even with purchases', () => {
    const result = deriveStage([purchase(60), purchase(30), purchase(5)], NOW);
    expect(result.stage).toBe('exploration');
    expect(result.reasons[0]).toEqual({ code: 'short-tenure', params: { days: 60, minDays: 90 } });
  });
});

describe('deriveStage: formation', () => {
  it('is forming with fewer than three purchase days', () => {
    const result = deriveStage([touch(200), touch(150), purchase(200), purchase(100), touch(60), touch(30)], NOW);
    expect(result.stage).toBe('formation');
    expect(result.reasons).toEqual([{ code: 'few-purchases', params: { purchases: 2, minPurchases: 3 } }]);
  });

  it('counts a single old-enough purchase as forming, not declining, and says when it was', () => {
    const result = deriveStage([purchase(100)], NOW);
    expect(result.stage).toBe('formation');
    expect(result.reasons).toEqual([{ code: 'one-purchase-only', params: { days: 100 } }]);
  });

  it('is forming while orders clearly rise year on year', () => {
    const result = deriveStage([...every(60, 700, 366), ...every(20, 360, 0)], NOW);
    expect(result.stage).toBe('formation');
    expect(codes(result)[0]).toBe('orders-rising');
    expect(result.reasons[0]?.params).toEqual({ recent: 19, earlier: 7 });
  });

  it('keeps a stable customer stable when orders rise (hysteresis)', () => {
    const events = [...every(60, 700, 366), ...every(20, 360, 0)];
    expect(deriveStage(events, NOW, null, { previousStage: 'stability' }).stage).toBe('stability');
  });
});

describe('deriveStage: stability', () => {
  it('is stable with regular purchases, and says what it measured', () => {
    const result = deriveStage(monthly(24, 10), NOW);
    expect(result.stage).toBe('stability');
    expect(result.reasons).toEqual([
      { code: 'purchase-rhythm', params: { usualDays: 30, lastDays: 10 } },
      { code: 'orders-steady', params: { recent: 12, earlier: 13 } },
      { code: 'spend-steady', params: { recent: 1200, earlier: 1307 } },
    ]);
    expect(result.metrics).toMatchObject({ rhythmDays: 30, silenceDays: 10, tenureDays: 700, purchases: 24 });
  });

  it("does not count the rep's emails: monthly orders with a few emails each stay stable", () => {
    const orders = monthly(24, 16);
    const mail = orders.flatMap((order) => {
      const daysAgo = Math.round((NOW - order.at) / DAY_MS);
      return [outbound(daysAgo + 2), outbound(daysAgo - 1), outbound(Math.max(0, daysAgo - 8))];
    });
    const result = deriveStage([...orders, ...mail], NOW);
    expect(result.stage).toBe('stability');
    expect(result.metrics.rhythmDays).toBe(30);
    expect(codes(result)).not.toContain('orders-falling');
  });

  it('tolerates one late order and says so', () => {
    const result = deriveStage(monthly(24, 50), NOW, null, { previousStage: 'stability' });
    expect(result.stage).toBe('stability');
    expect(result.reasons).toContainEqual({ code: 'late-order-tolerated', params: { days: 50, usualDays: 30 } });
  });

  it('does not depend on the order of the events', () => {
    const events = [...monthly(24, 10), inbound(3), touch(1)];
    expect(deriveStage([...events].reverse(), NOW)).toEqual(deriveStage(events, NOW));
  });
});

describe('deriveStage: decline', () => {
  it('declines when silence exceeds twice the usual rhythm', () => {
    const result = deriveStage(monthly(24, 70), NOW);
    expect(result.stage).toBe('decline');
    expect(result.reasons).toEqual([{ code: 'silence-exceeds-rhythm', params: { days: 70, usualDays: 30 } }]);
  });

  it('does not decline at exactly twice the rhythm', () => {
    expect(deriveStage(monthly(24, 60), NOW).stage).toBe('stability');
  });

  it('is not kept active by the rep chasing, but an answer from the customer counts', () => {
    const chased = [...monthly(24, 70), outbound(40), outbound(20), outbound(5)];
    expect(deriveStage(chased, NOW).stage).toBe('decline');
    expect(deriveStage([...monthly(24, 70), inbound(20)], NOW).stage).not.toBe('decline');
  });

  it('needs more than 30 days of silence even with a very fast rhythm', () => {
    const daily = (last: number) => Array.from({ length: 100 }, (_, k) => purchase(last + k));
    expect(deriveStage(daily(30), NOW).stage).not.toBe('decline');
    expect(deriveStage(daily(31), NOW).stage).toBe('decline');
  });

  it('declines after 180 silent days when there is no rhythm yet', () => {
    const result = deriveStage([purchase(200)], NOW);
    expect(result.stage).toBe('decline');
    expect(result.reasons).toEqual([{ code: 'long-silence-no-rhythm', params: { days: 200 } }]);
  });

  it('declines when orders of the last 12 months fall to half of the 12 before', () => {
    const result = deriveStage([...every(20, 720, 366), ...every(50, 360, 10)], NOW);
    expect(result.stage).toBe('decline');
    expect(result.reasons[0]).toEqual({ code: 'orders-falling', params: { recent: 8, earlier: 19 } });
  });

  it('declines when spend falls by half at the same pace', () => {
    const result = deriveStage([...every(30, 720, 366, 100), ...every(30, 360, 10, 30)], NOW);
    expect(result.stage).toBe('decline');
    expect(codes(result)).toEqual(['spend-falling', 'purchase-rhythm']);
  });

  it('stays in decline until the customer is back within rhythm and volume (hysteresis)', () => {
    const events = [...every(30, 720, 366), ...every(30, 360, 40)];
    expect(deriveStage(events, NOW).stage).toBe('stability');
    expect(deriveStage(events, NOW, null, { previousStage: 'decline' }).stage).toBe('decline');
    const back = [...events, purchase(5)];
    expect(deriveStage(back, NOW, null, { previousStage: 'decline' }).stage).toBe('stability');
  });
});

describe('deriveStage: lost and reactivated', () => {
  it('is lost after four times the rhythm (at least 180 days) without an order or a message', () => {
    const result = deriveStage([...monthly(24, 200), outbound(100), outbound(50), outbound(10)], NOW);
    expect(result.stage).toBe('lost');
    expect(result.reasons).toEqual([{ code: 'stopped-buying', params: { days: 200 } }]);
  });

  it('is lost after a year without a rhythm', () => {
    expect(deriveStage([purchase(400)], NOW).stage).toBe('lost');
  });

  it('is reactivated when a lost customer orders again, until three orders since', () => {
    const result = deriveStage([...monthly(12, 500), purchase(20)], NOW);
    expect(result.stage).toBe('reactivated');
    expect(result.reasons).toEqual([{ code: 'bought-again-after-gap', params: { gapDays: 480 } }]);
    expect(deriveStage([...monthly(12, 500), purchase(80), purchase(50), purchase(20)], NOW).stage).not.toBe(
      'reactivated',
    );
  });

  it('is reactivated when the previous stage was lost and the customer is buying again', () => {
    const result = deriveStage(monthly(24, 10), NOW, null, { previousStage: 'lost' });
    expect(result.stage).toBe('reactivated');
  });
});

describe('deriveStage: metrics', () => {
  it('measures rhythm between distinct purchase days, so several orders on one day are one', () => {
    const burst = [0, 1, 2, 3, 4].map((minute) => ({
      at: NOW - 100 * DAY_MS + minute * 60_000,
      kind: 'purchase' as const,
    }));
    expect(deriveStage([...burst, purchase(50)], NOW).metrics.rhythmDays).toBe(50);
  });

  it('leaves trends unknown with too few purchases or less than half a prior year observed', () => {
    const metrics = deriveStage([purchase(100), purchase(50), touch(10)], NOW).metrics;
    expect(metrics.frequencyTrend).toBeNull();
    expect(metrics.valueTrend).toBeNull();
    expect(deriveStage(every(20, 400, 0), NOW).metrics.frequencyTrend).toBeNull();
  });

  it('leaves the spend trend unknown when purchases carry no amount', () => {
    const events = [700, 600, 500, 150, 100, 50, 10].map((d) => ({ at: NOW - d * DAY_MS, kind: 'purchase' as const }));
    const metrics = deriveStage(events, NOW).metrics;
    expect(metrics.valueTrend).toBeNull();
    expect(metrics.frequencyTrend).not.toBeNull();
  });

  it('limits the rhythm to the last two years', () => {
    const ancientDaily = Array.from({ length: 50 }, (_, k) => purchase(2000 + k));
    const result = deriveStage([...ancientDaily, ...monthly(24, 10)], NOW);
    expect(result.metrics).toMatchObject({ rhythmDays: 30, tenureDays: 2049 });
    expect(result.stage).toBe('stability');
  });

  it('falls back to the whole history for the rhythm when the last two years hold too few purchase days', () => {
    const old = Array.from({ length: 10 }, (_, k) => purchase(1000 + 20 * k));
    const result = deriveStage([...old, purchase(5)], NOW);
    expect(result.metrics.rhythmDays).toBe(20);
  });
});

describe('deriveStage: bad input', () => {
  it('ignores and reports invalid, future and negative-amount events', () => {
    const events: LifecycleEvent[] = [
      ...monthly(24, 10),
      { at: Number.NaN, kind: 'purchase', amount: 5 },
      { at: NOW, kind: 'meeting' as 'purchase' },
      purchase(-5),
      purchase(-50),
      purchase(40, -100),
      purchase(41, Number.NaN),
    ];
    const result = deriveStage(events, NOW);
    expect(result.reasons).toEqual(
      expect.arrayContaining([
        { code: 'invalid-events-ignored', params: { count: 2 } },
        { code: 'future-events-ignored', params: { count: 2 } },
        { code: 'invalid-amounts-ignored', params: { count: 2 } },
      ]),
    );
    expect(result.metrics.purchases).toBe(26);
    expect(result.stage).toBe('stability');
  });

  it('survives amounts so large that their sums overflow', () => {
    const huge = [300, 200, 100, 50, 10].map((d) => purchase(d, Number.MAX_VALUE));
    const result = deriveStage(huge, NOW);
    expect(result.metrics.valueTrend).toBeNull();
    expect(result.stage).toBe('stability');
  });

  it('never throws or returns NaN for arbitrary histories', () => {
    const event = fc.record({
      at: fc.oneof(fc.integer({ min: NOW - 5000 * DAY_MS, max: NOW + 100 * DAY_MS }), fc.constant(Number.NaN)),
      kind: fc.constantFrom('interaction' as const, 'purchase' as const),
      amount: fc.option(fc.oneof(fc.double(), fc.integer({ min: -100, max: 10_000 }))),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const result = deriveStage(events, NOW);
        expect(STAGES).toContain(result.stage);
        for (const value of Object.values(result.metrics)) {
          if (value !== null) expect(Number.isFinite(value)).toBe(true);
        }
        for (const reason of result.reasons) {
          expect(REASON_CODES).toContain(reason.code);
          for (const param of Object.values(reason.params ?? {})) expect(Number.isFinite(param)).toBe(true);
        }
      }),
    );
  });
});

describe('deriveStage: override', () => {
  it('lets the user override the stage with a reason, keeping the derived stage and reasons', () => {
    const result = deriveStage(monthly(24, 70), NOW, { stage: 'stability', reason: ' seasonal buyer ' });
    expect(result).toMatchObject({
      stage: 'stability',
      source: 'override',
      derivedStage: 'decline',
      overrideReason: 'seasonal buyer',
    });
    expect(codes(result)).toEqual(['manual-override', 'silence-exceeds-rhythm']);
  });

  it('ignores an override without a reason', () => {
    const result = deriveStage(monthly(24, 70), NOW, { stage: 'stability', reason: '' });
    expect(result).toMatchObject({ stage: 'decline', source: 'derived', overrideReason: null });
  });
});
