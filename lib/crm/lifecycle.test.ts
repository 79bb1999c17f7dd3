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

  it('stays in exploration while there is no purchase yet', () => {
    const result = deriveStage([touch(20), touch(10), touch(3)], NOW);
    expect(result.stage).toBe('exploration');
    expect(codes(result)).toEqual(['no-purchase-yet']);
    expect(result.metrics).toMatchObject({
      interactions: 3,
      purchases: 0,
      rhythmDays: 8.5,
      silenceDays: 3,
      tenureDays: 20,
    });
  });

  it('stays in exploration for the first 90 days even with purchases', () => {
    const result = deriveStage([purchase(60), purchase(30), purchase(5)], NOW);
    expect(result.stage).toBe('exploration');
    expect(result.reasons[0]).toEqual({ code: 'short-tenure', params: { days: 60, minDays: 90 } });
  });
});

describe('deriveStage: formation', () => {
  it('is forming with fewer than three purchases', () => {
    const result = deriveStage([touch(200), touch(150), touch(100), touch(60), touch(30), purchase(10)], NOW);
    expect(result.stage).toBe('formation');
    expect(result.reasons).toEqual([{ code: 'few-purchases', params: { purchases: 1, minPurchases: 3 } }]);
  });

  it('is forming while purchase frequency is still clearly rising', () => {
    const events = [purchase(180), ...[80, 60, 40, 30, 20, 10, 5].map((d) => purchase(d))];
    const result = deriveStage(events, NOW);
    expect(result.stage).toBe('formation');
    expect(result.reasons).toEqual([{ code: 'frequency-rising', params: { recent: 7, earlier: 1 } }]);
    expect(result.metrics.frequencyTrend).toBeCloseTo(0.75);
  });

  it('counts a single old-enough purchase as forming, not declining', () => {
    expect(deriveStage([purchase(100)], NOW).stage).toBe('formation');
  });
});

describe('deriveStage: stability', () => {
  it('is stable with regular purchases at a steady frequency and value', () => {
    const result = deriveStage(monthly(24, 10), NOW);
    expect(result.stage).toBe('stability');
    expect(codes(result)).toEqual(['regular-purchases', 'within-rhythm', 'frequency-steady', 'value-steady']);
    expect(result.metrics).toMatchObject({
      rhythmDays: 30,
      silenceDays: 10,
      tenureDays: 700,
      purchases: 24,
      frequencyTrend: 0,
      valueTrend: 0,
    });
  });

  it('reports a falling frequency without declining when value holds up', () => {
    const earlier = [400, 380, 360, 340, 320, 300, 280, 260, 240, 220].map((d) => purchase(d, 100));
    const recent = [150, 60, 5].map((d) => purchase(d, 1000 / 3));
    const result = deriveStage([...earlier, ...recent], NOW);
    expect(result.stage).toBe('stability');
    expect(codes(result)).toContain('frequency-falling');
    expect(codes(result)).toContain('value-steady');
  });

  it('does not depend on the order of the events', () => {
    const events = monthly(24, 10);
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

  it('needs more than 14 days of silence even with a very fast rhythm', () => {
    const daily = (last: number) => Array.from({ length: 100 }, (_, k) => purchase(last + k));
    expect(deriveStage(daily(14), NOW).stage).not.toBe('decline');
    expect(deriveStage(daily(15), NOW).stage).toBe('decline');
  });

  it('declines after 180 silent days when there is no rhythm yet', () => {
    const result = deriveStage([purchase(200)], NOW);
    expect(result.stage).toBe('decline');
    expect(result.reasons).toEqual([{ code: 'long-silence-no-rhythm', params: { days: 200 } }]);
  });

  it('declines a prospect who went silent, since a relationship can decline in any stage', () => {
    expect(deriveStage([touch(300), touch(290), touch(280)], NOW).stage).toBe('decline');
  });

  it('declines when frequency and value both fall clearly', () => {
    const earlier = [400, 380, 360, 340, 320, 300, 280, 260, 240, 220].map((d) => purchase(d, 100));
    const recent = [150, 60, 5].map((d) => purchase(d, 20));
    const result = deriveStage([...earlier, ...recent], NOW);
    expect(result.stage).toBe('decline');
    expect(result.reasons).toEqual([
      { code: 'frequency-falling', params: { recent: 3, earlier: 10 } },
      { code: 'value-falling', params: { recent: 60, earlier: 1000 } },
    ]);
  });
});

describe('deriveStage: metrics', () => {
  it('measures rhythm between distinct days, so a burst of emails is one touch', () => {
    const burst = [0, 1, 2, 3, 4].map((minute) => ({
      at: NOW - 100 * DAY_MS + minute * 60_000,
      kind: 'interaction' as const,
    }));
    expect(deriveStage([...burst, touch(50)], NOW).metrics.rhythmDays).toBe(50);
  });

  it('leaves trends unknown with too few events or purchases', () => {
    const metrics = deriveStage([purchase(100), purchase(50), touch(10)], NOW).metrics;
    expect(metrics.frequencyTrend).toBeNull();
    expect(metrics.valueTrend).toBeNull();
  });

  it('leaves the value trend unknown when purchases carry no amount', () => {
    const events = [150, 100, 50, 10].map((d) => ({ at: NOW - d * DAY_MS, kind: 'purchase' as const }));
    expect(deriveStage(events, NOW).metrics.valueTrend).toBeNull();
  });

  it('limits the trend and rhythm window to the last two years', () => {
    const ancientDaily = Array.from({ length: 50 }, (_, k) => purchase(2000 + k));
    const result = deriveStage([...ancientDaily, ...monthly(24, 10)], NOW);
    expect(result.metrics).toMatchObject({ frequencyTrend: 0, rhythmDays: 30, tenureDays: 2049 });
    expect(result.stage).toBe('stability');
  });

  it('falls back to the whole history for the rhythm when the last two years hold too few event days', () => {
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
