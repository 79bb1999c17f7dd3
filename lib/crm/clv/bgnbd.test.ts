import { beforeAll, describe, expect, it } from 'vitest';
import { CDNOW_SUMMARY, hasCdnow, readCdnowSummary } from '../../../tests/kit/cdnow';
import { type Sampler, sampler } from '../../../tests/kit/sampler';
import {
  type BgNbdFit,
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdLogLikelihood,
  bgNbdProbabilityAlive,
  fitBgNbd,
} from './bgnbd';
import { logGamma } from './special';
import type { BgNbdParams, PurchaseHistory } from './types';

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

/** A customer drawn from the BG/NBD generative story, observed for T and then for a holdout period. */
function simulateCustomer(params: BgNbdParams, random: Sampler, T: number, holdout: number) {
  const rate = random.gamma(params.r) / params.alpha;
  const dropout = random.beta(params.a, params.b);
  let time = 0;
  let x = 0;
  let tx = 0;
  let holdoutPurchases = 0;
  let diedAt = Number.POSITIVE_INFINITY;
  for (;;) {
    time += random.exponential(rate);
    if (!(time <= T + holdout)) break;
    if (time <= T) {
      x++;
      tx = time;
    } else holdoutPurchases++;
    if (random.uniform() < dropout) {
      diedAt = time;
      break;
    }
  }
  return { x, tx, T, holdoutPurchases, aliveAtT: diedAt > T };
}

/** P(alive) and E[Y(t) | history] by direct numerical integration over the dropout probability p. */
function conditionalExpectationByQuadrature(params: BgNbdParams, t: number, { x, tx, T }: PurchaseHistory): number {
  const { r, alpha, a, b } = params;
  const shape = r + x;
  const rate = alpha + T;
  // Given alive: λ ~ Gamma(r + x, α + T), p ~ Beta(a, b + x), and E[Y(t) | λ, p] = (1 − e^(−λpt)) / p.
  const expectedGivenP = (p: number) =>
    p === 0 ? (shape * t) / rate : -Math.expm1(-shape * Math.log1p((p * t) / rate)) / p;
  // p = u^(1/a) removes the p^(a−1) singularity; composite Simpson in u.
  const intervals = 200_000;
  const integrand = (u: number) => {
    const p = u ** (1 / a);
    return (1 - p) ** (b + x - 1) * expectedGivenP(p);
  };
  let sum = integrand(0) + integrand(1);
  for (let i = 1; i < intervals; i++) sum += (i % 2 === 1 ? 4 : 2) * integrand(i / intervals);
  const integral = sum / (3 * intervals) / a;
  const beta = Math.exp(logGamma(a) + logGamma(b + x) - logGamma(a + b + x));
  const alive = x === 0 ? 1 : 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x));
  return (alive * integral) / beta;
}

describe.skipIf(!hasCdnow(CDNOW_SUMMARY))('BG/NBD on CDNOW (Fader, Hardie & Lee 2005)', () => {
  let rows: PurchaseHistory[] = [];
  let fit: BgNbdFit;
  beforeAll(() => {
    rows = readCdnowSummary();
    fit = fitBgNbd(rows);
  });

  it('reproduces the published maximum-likelihood estimates', () => {
    expect(rows).toHaveLength(2357);
    expect(relativeError(fit.r, 0.2426)).toBeLessThanOrEqual(1e-3);
    expect(relativeError(fit.alpha, 4.4135)).toBeLessThanOrEqual(1e-3);
    expect(relativeError(fit.a, 0.7929)).toBeLessThanOrEqual(1e-3);
    expect(relativeError(fit.b, 2.4258)).toBeLessThanOrEqual(1e-3);
    expect(relativeError(fit.logLikelihood, -9582.43)).toBeLessThanOrEqual(1e-3);
    expect(fit.logLikelihood).toBeCloseTo(-9582.43, 1);
  });

  it('reproduces the published forecast: x = 2, tx = 30.43, T = 38.86 → 1.226 purchases in the next 39 weeks', () => {
    expect(bgNbdConditionalExpectedPurchases(fit, 39, { x: 2, tx: 30.43, T: 38.86 })).toBeCloseTo(1.226, 3);
  });

  it('gives every customer a probability in [0, 1] and a finite, non-negative forecast', () => {
    for (const row of rows) {
      const alive = bgNbdProbabilityAlive(fit, row);
      expect(alive).toBeGreaterThanOrEqual(0);
      expect(alive).toBeLessThanOrEqual(1);
      const forecast = bgNbdConditionalExpectedPurchases(fit, 39, row);
      expect(Number.isFinite(forecast) && forecast >= 0).toBe(true);
    }
  });
});

describe('BG/NBD on a simulated population', () => {
  const truth: BgNbdParams = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
  const holdout = 39;
  const random = sampler(1);
  // Staggered acquisition: observed for 26 to 39 weeks.
  const population = Array.from({ length: 5000 }, () =>
    simulateCustomer(truth, random, 26 + 13 * random.uniform(), holdout),
  );
  let fit: BgNbdFit;
  beforeAll(() => {
    fit = fitBgNbd(population);
  });

  it('recovers the parameters (a and b individually are weakly identified; their mean a/(a+b) is not)', () => {
    expect(relativeError(fit.r, truth.r)).toBeLessThan(0.15);
    expect(relativeError(fit.alpha, truth.alpha)).toBeLessThan(0.15);
    expect(relativeError(fit.a / (fit.a + fit.b), truth.a / (truth.a + truth.b))).toBeLessThan(0.15);
    expect(relativeError(fit.a, truth.a)).toBeLessThan(0.5);
    expect(relativeError(fit.b, truth.b)).toBeLessThan(0.5);
  });

  it('finds a likelihood at least as high as that of the true parameters', () => {
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(bgNbdLogLikelihood(truth, population));
    expect(fit.logLikelihood).toBeCloseTo(bgNbdLogLikelihood(fit, population), 8);
  });

  it('forecasts the holdout purchases of the population (sum of conditional expectations)', () => {
    let residual = 0;
    let squaredResiduals = 0;
    for (const customer of population) {
      const expected = bgNbdConditionalExpectedPurchases(truth, holdout, customer);
      expect(expected).toBeGreaterThanOrEqual(0);
      residual += customer.holdoutPurchases - expected;
      squaredResiduals += (customer.holdoutPurchases - expected) ** 2;
    }
    expect(Math.abs(residual)).toBeLessThan(4 * Math.sqrt(squaredResiduals));
  });

  it('gives calibrated P(alive) for repeat customers', () => {
    let alive = 0;
    let expectedAlive = 0;
    let variance = 0;
    for (const customer of population.filter((c) => c.x > 0)) {
      const probability = bgNbdProbabilityAlive(truth, customer);
      alive += customer.aliveAtT ? 1 : 0;
      expectedAlive += probability;
      variance += probability * (1 - probability);
    }
    expect(Math.abs(alive - expectedAlive)).toBeLessThan(4 * Math.sqrt(variance));
  });

  it('matches the simulated mean purchases of new customers, E[X(t)]', () => {
    const t = 52;
    const newCustomers = sampler(2);
    const counts = Array.from({ length: 20_000 }, () => simulateCustomer(truth, newCustomers, t, 0).x);
    const mean = counts.reduce((sum, x) => sum + x, 0) / counts.length;
    const variance = counts.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (counts.length - 1);
    expect(Math.abs(mean - bgNbdExpectedPurchases(truth, t))).toBeLessThan(4 * Math.sqrt(variance / counts.length));
  });
});

describe('BG/NBD predictions', () => {
  const params: BgNbdParams = { r: 0.243, alpha: 4.41, a: 0.793, b: 2.426 };

  it.each([1, 39, 78, 500, 10_000])('E[X(%s)] matches numerical integration', (t) => {
    const empty = { x: 0, tx: 0, T: 0 };
    expect(
      relativeError(bgNbdExpectedPurchases(params, t), conditionalExpectationByQuadrature(params, t, empty)),
    ).toBeLessThan(1e-7);
  });

  it.each([
    { x: 2, tx: 30.43, T: 38.86 },
    { x: 0, tx: 0, T: 20 },
    { x: 10, tx: 5, T: 40 },
    { x: 25, tx: 38, T: 39 },
  ])('E[Y(t) | %o] matches numerical integration', (history) => {
    for (const t of [10, 39, 1000]) {
      const quadrature = conditionalExpectationByQuadrature(params, t, history);
      expect(relativeError(bgNbdConditionalExpectedPurchases(params, t, history), quadrature)).toBeLessThan(1e-7);
    }
  });

  it('is smooth through the removable singularity at a = 1', () => {
    const history = { x: 3, tx: 20, T: 30 };
    for (const a of [1, 1 + 1e-9, 1 - 1e-7]) {
      const atA = { ...params, a };
      const quadrature = conditionalExpectationByQuadrature(atA, 52, history);
      expect(relativeError(bgNbdConditionalExpectedPurchases(atA, 52, history), quadrature)).toBeLessThan(1e-7);
      expect(
        relativeError(
          bgNbdExpectedPurchases(atA, 52),
          conditionalExpectationByQuadrature(atA, 52, { x: 0, tx: 0, T: 0 }),
        ),
      ).toBeLessThan(1e-7);
    }
  });

  it('is smooth where a + b = 1 for a customer without repeat purchases', () => {
    const atSingularity = bgNbdExpectedPurchases({ ...params, a: 0.4, b: 0.6 }, 52);
    const beside = bgNbdExpectedPurchases({ ...params, a: 0.4, b: 0.6001 }, 52);
    expect(Number.isFinite(atSingularity)).toBe(true);
    expect(relativeError(atSingularity, beside)).toBeLessThan(1e-3);
  });

  it('treats a customer with no history like a new one, and grows with t from 0', () => {
    expect(bgNbdConditionalExpectedPurchases(params, 52, { x: 0, tx: 0, T: 0 })).toBeCloseTo(
      bgNbdExpectedPurchases(params, 52),
      12,
    );
    expect(bgNbdExpectedPurchases(params, 0)).toBe(0);
    expect(bgNbdExpectedPurchases(params, -5)).toBe(0);
    let previous = 0;
    for (const t of [0.01, 1, 10, 100, 1000, 1e5, 1e8]) {
      const next = bgNbdExpectedPurchases(params, t);
      expect(next).toBeGreaterThan(previous);
      previous = next;
    }
  });

  it('tends to E[1/p] = (a+b−1)/(a−1) purchases over an unbounded future when a > 1', () => {
    const longLived = { ...params, a: 3 };
    expect(bgNbdExpectedPurchases(longLived, 1e300)).toBeCloseTo((3 + params.b - 1) / (3 - 1), 10);
  });

  it('lowers P(alive) as the silence since the last purchase grows', () => {
    expect(bgNbdProbabilityAlive(params, { x: 0, tx: 0, T: 50 })).toBe(1);
    let previous = 1;
    for (const tx of [40, 35, 30, 20, 10, 1]) {
      const alive = bgNbdProbabilityAlive(params, { x: 4, tx, T: 40 });
      expect(alive).toBeLessThanOrEqual(previous);
      expect(alive).toBeGreaterThan(0);
      previous = alive;
    }
    expect(bgNbdProbabilityAlive(params, { x: 4, tx: 40, T: 40 })).toBeGreaterThan(
      bgNbdProbabilityAlive(params, { x: 4, tx: 1, T: 40 }),
    );
  });

  it('stays finite for extreme histories, at parameters as extreme as a fit can return', () => {
    const histories = [
      { x: 1000, tx: 1, T: 10_000 },
      { x: 100_000, tx: 999, T: 1000 },
      { x: 3, tx: 1e9, T: 1e9 },
      { x: 3, tx: 2, T: 1e-12 }, // tx > T is clamped to T
    ];
    const bound = Math.exp(10);
    const extremeParams = [
      params,
      { r: bound, alpha: bound, a: 1 / bound, b: bound },
      { r: 1 / bound, alpha: 1 / bound, a: 5, b: 0.5 },
      { r: bound, alpha: 1 / bound, a: bound, b: 1 / bound },
    ];
    for (const p of extremeParams) {
      for (const history of histories) {
        for (const t of [1e-6, 52, 1e9]) {
          const forecast = bgNbdConditionalExpectedPurchases(p, t, history);
          expect(Number.isFinite(forecast) && forecast >= 0).toBe(true);
        }
        const alive = bgNbdProbabilityAlive(p, history);
        expect(alive >= 0 && alive <= 1).toBe(true);
      }
    }
  });

  it('either answers or throws a clear Error for absurd parameters, never NaN', () => {
    const absurd = { r: 2.5e6, alpha: 0.006, a: 14, b: 137 };
    let outcome: number | string;
    try {
      outcome = bgNbdConditionalExpectedPurchases(absurd, 70_000, { x: 0, tx: 0, T: 2300 });
    } catch (error) {
      outcome = String(error);
    }
    if (typeof outcome === 'number') expect(Number.isFinite(outcome)).toBe(true);
    else expect(outcome).toMatch(/no method converged/);
  });

  it('rejects invalid parameters, times and histories with a RangeError', () => {
    expect(() => bgNbdExpectedPurchases({ ...params, r: 0 }, 10)).toThrow(RangeError);
    expect(() => bgNbdExpectedPurchases({ ...params, alpha: Number.NaN }, 10)).toThrow(RangeError);
    expect(() => bgNbdExpectedPurchases(params, Number.NaN)).toThrow(RangeError);
    expect(() => bgNbdConditionalExpectedPurchases(params, 10, { x: -1, tx: 0, T: 5 })).toThrow(RangeError);
    expect(() => bgNbdConditionalExpectedPurchases(params, 10, { x: 1.5, tx: 0, T: 5 })).toThrow(RangeError);
    expect(() => bgNbdProbabilityAlive(params, { x: 1, tx: Number.NaN, T: 5 })).toThrow(RangeError);
  });
});

describe('fitBgNbd on degenerate data', () => {
  const expectUsable = (fit: BgNbdFit) => {
    for (const value of Object.values(fit)) expect(Number.isFinite(value)).toBe(true);
    expect(Number.isFinite(bgNbdExpectedPurchases(fit, 52))).toBe(true);
    expect(Number.isFinite(bgNbdConditionalExpectedPurchases(fit, 52, { x: 2, tx: 10, T: 20 }))).toBe(true);
  };

  it('throws a clear error without any usable customer', () => {
    expect(() => fitBgNbd([])).toThrow('BG/NBD needs at least one customer');
    expect(() =>
      fitBgNbd([
        { x: Number.NaN, tx: 0, T: 1 },
        { x: 1, tx: -1, T: 1 },
      ]),
    ).toThrow('BG/NBD needs at least one customer');
  });

  it('fits a single customer', () => {
    expectUsable(fitBgNbd([{ x: 0, tx: 0, T: 10 }]));
    expectUsable(fitBgNbd([{ x: 3, tx: 8, T: 10 }]));
  });

  it('fits a population in which nobody repeats, predicting almost no purchases', () => {
    const fit = fitBgNbd(Array.from({ length: 100 }, (_, i) => ({ x: 0, tx: 0, T: 10 + (i % 30) })));
    expectUsable(fit);
    expect(bgNbdExpectedPurchases(fit, 52)).toBeLessThan(0.01);
  });

  it('ignores unusable rows and survives absurd values', () => {
    const rows = [
      { x: 2, tx: 30, T: 39 },
      { x: 0, tx: 0, T: 39 },
      { x: 5, tx: 20, T: 25 },
      { x: 1, tx: 2, T: 30 },
    ];
    const junk = [
      { x: Number.NaN, tx: 1, T: 2 },
      { x: 1, tx: Number.POSITIVE_INFINITY, T: 2 },
      { x: -2, tx: 1, T: 2 },
    ];
    expect(fitBgNbd([...rows, ...junk])).toEqual(fitBgNbd(rows));
    expectUsable(fitBgNbd([...rows, { x: 1_000_000, tx: 1e9, T: 1e9 }, { x: 0, tx: 0, T: 1e12 }]));
  });
});
