import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csat, loyaltyIndicators, nps, portfolioNps, recommendationClass, satisfaction } from './satisfaction';
import { DAY_MS } from './time';

const NOW = Date.UTC(2025, 0, 1);

describe('satisfaction (perceived value against expectation)', () => {
  it('is delighted when perception beats expectation by more than the tolerance', () => {
    expect(satisfaction(6, 9)).toEqual({ gap: 3, level: 'delighted', reasons: [] });
    expect(satisfaction(6, 8).level).toBe('delighted');
  });

  it('is satisfied within one point either way', () => {
    expect(satisfaction(7, 7).level).toBe('satisfied');
    expect(satisfaction(7, 8).level).toBe('satisfied');
    expect(satisfaction(7, 6).level).toBe('satisfied');
  });

  it('is dissatisfied when perception falls short', () => {
    expect(satisfaction(9, 4)).toEqual({ gap: -5, level: 'dissatisfied', reasons: [] });
  });

  it('accepts a custom tolerance', () => {
    expect(satisfaction(7, 8, 0).level).toBe('delighted');
    expect(satisfaction(7, 9, 3).level).toBe('satisfied');
  });

  it('reports scores off the 1–10 scale', () => {
    const invalid = { gap: null, level: null, reasons: [{ code: 'invalid-score', params: { min: 1, max: 10 } }] };
    expect(satisfaction(0, 5)).toEqual(invalid);
    expect(satisfaction(5, 11)).toEqual(invalid);
    expect(satisfaction(Number.NaN, 5)).toEqual(invalid);
  });
});

describe('csat', () => {
  it('is the percentage of 4 and 5 answers', () => {
    expect(csat([5, 4, 3, 2, 1])).toEqual({ csat: 40, satisfied: 2, n: 5, ignored: 0, reasons: [] });
    expect(csat([5, 5]).csat).toBe(100);
  });

  it('ignores and counts answers off the scale', () => {
    expect(csat([5, 0, 6, Number.NaN, 4])).toEqual({
      csat: 100,
      satisfied: 2,
      n: 2,
      ignored: 3,
      reasons: [{ code: 'invalid-scores-ignored', params: { count: 3 } }],
    });
  });

  it('is null without answers', () => {
    expect(csat([])).toEqual({ csat: null, satisfied: 0, n: 0, ignored: 0, reasons: [{ code: 'not-enough-data' }] });
  });
});

describe('nps', () => {
  it('classifies 9–10 as promoters, 7–8 passives, 0–6 detractors', () => {
    expect([10, 9, 8, 7, 6, 0].map(recommendationClass)).toEqual([
      'promoter',
      'promoter',
      'passive',
      'passive',
      'detractor',
      'detractor',
    ]);
    expect(recommendationClass(11)).toBeNull();
    expect(recommendationClass(-1)).toBeNull();
  });

  it('is % promoters minus % detractors', () => {
    expect(nps([10, 9, 8, 7, 6, 0, 10, 3, 9, 9])).toEqual({
      nps: 20,
      promoters: 5,
      passives: 2,
      detractors: 3,
      n: 10,
      ignored: 0,
      reasons: [],
    });
    expect(nps([0, 1]).nps).toBe(-100);
    expect(nps([7, 8]).nps).toBe(0);
  });

  it('ignores invalid answers and is null without valid ones', () => {
    expect(nps([10, 42]).ignored).toBe(1);
    expect(nps([10, 42]).nps).toBe(100);
    expect(nps([Number.NaN])).toMatchObject({ nps: null, n: 0, ignored: 1 });
    expect(nps([]).reasons).toEqual([{ code: 'not-enough-data' }]);
  });

  it('stays within −100..100', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 15 }), fc.double())), (scores) => {
        const result = nps(scores);
        if (result.nps !== null) {
          expect(result.nps).toBeGreaterThanOrEqual(-100);
          expect(result.nps).toBeLessThanOrEqual(100);
        }
        expect(result.n + result.ignored).toBe(scores.length);
      }),
    );
  });
});

describe('loyaltyIndicators', () => {
  const yearAgo = NOW - 365 * DAY_MS;

  it('combines repeat purchases and tenure when nothing else is known', () => {
    const result = loyaltyIndicators({ purchases: 5, firstPurchaseAt: yearAgo, now: NOW });
    expect(result).toMatchObject({
      repeatPurchases: 4,
      repeatRate: 0.8,
      purchasesPerYear: 5,
      tenureDays: 365,
      recommendation: null,
      shareOfWallet: null,
      index: 80,
      reasons: [],
    });
    expect(result.parts).toEqual([
      { part: 'repeat', value: 1, weight: 0.6 },
      { part: 'tenure', value: 0.5, weight: 0.4 },
    ]);
  });

  it('weights all five parts when known', () => {
    const result = loyaltyIndicators({
      purchases: 3,
      firstPurchaseAt: NOW - 800 * DAY_MS,
      now: NOW,
      npsScore: 9,
      shareOfWallet: 0.4,
      complaintsHandledWell: 1,
      complaintsHandledBadly: 1,
    });
    expect(result.index).toBe(71);
    expect(result.recommendation).toBe('promoter');
    expect(result.parts.map((part) => part.part)).toEqual([
      'repeat',
      'tenure',
      'recommendation',
      'shareOfWallet',
      'tolerance',
    ]);
    expect(result.parts.reduce((sum, part) => sum + part.weight, 0)).toBeCloseTo(1, 10);
  });

  it('rewards complaints handled well (tolerance)', () => {
    const base = { purchases: 3, firstPurchaseAt: yearAgo, now: NOW };
    const good = loyaltyIndicators({ ...base, complaintsHandledWell: 3 });
    const bad = loyaltyIndicators({ ...base, complaintsHandledBadly: 3 });
    expect(good.index).toBeGreaterThan(bad.index);
    expect(good.parts.at(-1)).toMatchObject({ part: 'tolerance', value: 0.8 });
  });

  it('lets a detractor pull the index down', () => {
    const base = { purchases: 3, firstPurchaseAt: yearAgo, now: NOW };
    expect(loyaltyIndicators({ ...base, npsScore: 2 }).index).toBeLessThan(
      loyaltyIndicators({ ...base, npsScore: 10 }).index,
    );
  });

  it('is zero with a not-enough-data code for a customer without purchases', () => {
    expect(loyaltyIndicators({ purchases: 0, firstPurchaseAt: null, now: NOW })).toMatchObject({
      repeatPurchases: 0,
      repeatRate: 0,
      purchasesPerYear: null,
      tenureDays: 0,
      index: 0,
      reasons: [{ code: 'not-enough-data' }],
    });
  });

  it('reports invalid answers and ignores them', () => {
    const result = loyaltyIndicators({
      purchases: 2,
      firstPurchaseAt: yearAgo,
      now: NOW,
      npsScore: 11,
      shareOfWallet: 40,
    });
    expect(result.reasons).toEqual([
      { code: 'invalid-score', params: { min: 0, max: 10 } },
      { code: 'invalid-share-of-wallet' },
    ]);
    expect(result.parts.map((part) => part.part)).toEqual(['repeat', 'tenure']);
  });

  it('copes with negative counts, future first purchases and NaN', () => {
    const result = loyaltyIndicators({
      purchases: Number.NaN,
      firstPurchaseAt: NOW + DAY_MS,
      now: NOW,
      complaintsHandledWell: -2,
    });
    expect(result.index).toBe(0);
    expect(loyaltyIndicators({ purchases: 4, firstPurchaseAt: NOW + DAY_MS, now: NOW }).tenureDays).toBe(0);
    expect(loyaltyIndicators({ purchases: 4, firstPurchaseAt: NOW - DAY_MS, now: NOW }).purchasesPerYear).toBeNull();
  });

  it('always yields an index between 0 and 100', () => {
    const maybe = fc.option(fc.oneof(fc.double(), fc.integer({ min: -10, max: 20 })));
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer({ min: -5, max: 50 })),
        maybe,
        maybe,
        maybe,
        maybe,
        (purchases, first, score, wallet, well) => {
          const result = loyaltyIndicators({
            purchases,
            firstPurchaseAt: first === null ? null : NOW - first * DAY_MS,
            now: NOW,
            npsScore: score,
            shareOfWallet: wallet,
            complaintsHandledWell: well,
          });
          expect(result.index).toBeGreaterThanOrEqual(0);
          expect(result.index).toBeLessThanOrEqual(100);
          expect(Number.isFinite(result.repeatRate)).toBe(true);
        },
      ),
    );
  });
});

describe('loyalty on active tenure', () => {
  const first = NOW - 1460 * DAY_MS;

  it('counts the years a customer was buying, not the silent years since', () => {
    const silent = loyaltyIndicators({
      purchases: 10,
      firstPurchaseAt: first,
      lastPurchaseAt: NOW - 730 * DAY_MS,
      now: NOW,
    });
    expect(silent.tenureDays).toBe(730);
    const quitEarly = loyaltyIndicators({
      purchases: 10,
      firstPurchaseAt: first,
      lastPurchaseAt: first + 100 * DAY_MS,
      now: NOW,
    });
    expect(quitEarly.parts.find((p) => p.part === 'tenure')?.value).toBeCloseTo(100 / 730);
  });

  it('scales the tenure part by P(alive), so a long-gone customer does not score 100', () => {
    const alive = loyaltyIndicators({
      purchases: 10,
      firstPurchaseAt: first,
      lastPurchaseAt: NOW,
      pAlive: 1,
      now: NOW,
    });
    const gone = loyaltyIndicators({
      purchases: 10,
      firstPurchaseAt: first,
      lastPurchaseAt: NOW - 800 * DAY_MS,
      pAlive: 0.05,
      now: NOW,
    });
    expect(alive.index).toBe(100);
    expect(gone.index).toBeLessThan(70);
  });

  it('lets share of wallet move the index', () => {
    const base = { purchases: 5, firstPurchaseAt: first, lastPurchaseAt: NOW, now: NOW };
    expect(loyaltyIndicators({ ...base, shareOfWallet: 0.9 }).index).toBeGreaterThan(
      loyaltyIndicators({ ...base, shareOfWallet: 0.1 }).index,
    );
  });
});

describe('portfolioNps', () => {
  it('counts each contact once, with their latest answer', () => {
    const result = portfolioNps([
      { contactId: 'a', at: 1, score: 2 },
      { contactId: 'a', at: 5, score: 10 },
      { contactId: 'b', at: 3, score: 9 },
      { contactId: 'c', at: 4, score: 7 },
      { contactId: 'd', at: 4, score: 3 },
    ]);
    expect(result).toMatchObject({ contacts: 4, promoters: 2, passives: 1, detractors: 1, nps: 25 });
  });

  it('ignores invalid answers and says there is nothing without valid ones', () => {
    const result = portfolioNps([
      { contactId: 'a', at: Number.NaN, score: 9 },
      { contactId: 'b', at: 1, score: 11 },
    ]);
    expect(result.nps).toBeNull();
    expect(result.ignored).toBe(2);
    expect(result.reasons.map((r) => r.code)).toEqual(['invalid-scores-ignored', 'not-enough-data']);
  });
});
