import { beforeAll, describe, expect, it } from 'vitest';
import { CDNOW_SUMMARY_WITH_SPEND, hasCdnow, readCdnowSummaryWithSpend } from '../../../tests/kit/cdnow';
import { sampler } from '../../../tests/kit/sampler';
import { fitGammaGamma, gammaGammaExpectedSpend, gammaGammaLogLikelihood, type SpendHistory } from './gammagamma';
import type { GammaGammaParams } from './types';

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe.skipIf(!hasCdnow(CDNOW_SUMMARY_WITH_SPEND))('Gamma-Gamma on CDNOW (Fader, Hardie & Lee 2005)', () => {
  let repeatCustomers: SpendHistory[] = [];
  let fit: GammaGammaParams;
  beforeAll(() => {
    repeatCustomers = readCdnowSummaryWithSpend().filter((row) => row.x > 0);
    fit = fitGammaGamma(repeatCustomers);
  });

  it('reproduces the published estimates p = 6.25, q = 3.74, v = 15.44', () => {
    expect(repeatCustomers).toHaveLength(946);
    expect(Math.abs(fit.p - 6.25)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(fit.q - 3.74)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(fit.v - 15.44)).toBeLessThanOrEqual(0.01);
  });

  it('ignores customers without repeat purchases', () => {
    const everyone = readCdnowSummaryWithSpend();
    expect(fitGammaGamma(everyone)).toEqual(fit);
  });

  it('shrinks each customer’s average towards the population mean', () => {
    const populationMean = gammaGammaExpectedSpend(fit, { x: 0, mx: 0 });
    expect(populationMean).toBeCloseTo((fit.p * fit.v) / (fit.q - 1), 12);
    for (const customer of repeatCustomers) {
      const expected = gammaGammaExpectedSpend(fit, customer);
      expect(expected).toBeGreaterThanOrEqual(Math.min(customer.mx, populationMean) - 1e-9);
      expect(expected).toBeLessThanOrEqual(Math.max(customer.mx, populationMean) + 1e-9);
    }
  });
});

describe('Gamma-Gamma on a simulated population', () => {
  const truth: GammaGammaParams = { p: 6, q: 4, v: 15 };
  const random = sampler(3);
  const population = Array.from({ length: 5000 }, () => {
    const scale = random.gamma(truth.q) / truth.v; // ν: this customer's rate
    const x = 1 + Math.floor(random.uniform() * 8);
    let total = 0;
    for (let i = 0; i < x; i++) total += random.gamma(truth.p) / scale;
    return { x, mx: total / x, trueMeanSpend: truth.p / scale };
  });
  let fit: GammaGammaParams;
  beforeAll(() => {
    fit = fitGammaGamma(population);
  });

  it('recovers q and the mean spend p·v/(q−1) closely, p and v (traded off against each other) roughly', () => {
    expect(relativeError(fit.q, truth.q)).toBeLessThan(0.15);
    expect(relativeError((fit.p * fit.v) / (fit.q - 1), (truth.p * truth.v) / (truth.q - 1))).toBeLessThan(0.05);
    expect(relativeError(fit.p, truth.p)).toBeLessThan(0.3);
    expect(relativeError(fit.v, truth.v)).toBeLessThan(0.3);
  });

  it('finds a likelihood at least as high as that of the true parameters', () => {
    expect(gammaGammaLogLikelihood(fit, population)).toBeGreaterThanOrEqual(gammaGammaLogLikelihood(truth, population));
  });

  it('predicts each customer’s true mean spend without bias', () => {
    let residual = 0;
    let squaredResiduals = 0;
    for (const customer of population) {
      const difference = customer.trueMeanSpend - gammaGammaExpectedSpend(truth, customer);
      residual += difference;
      squaredResiduals += difference ** 2;
    }
    expect(Math.abs(residual)).toBeLessThan(4 * Math.sqrt(squaredResiduals));
  });
});

describe('Gamma-Gamma on degenerate data', () => {
  const params: GammaGammaParams = { p: 6.25, q: 3.74, v: 15.44 };

  it('throws a clear error without a usable repeat customer', () => {
    const message = 'Gamma-Gamma needs at least one customer with repeat purchases';
    expect(() => fitGammaGamma([])).toThrow(message);
    expect(() =>
      fitGammaGamma([
        { x: 0, mx: 0 },
        { x: 2, mx: 0 },
        { x: Number.NaN, mx: 5 },
      ]),
    ).toThrow(message);
  });

  it('returns finite parameters with q > 1 for a single customer or identical spends', () => {
    for (const rows of [[{ x: 3, mx: 20 }], Array.from({ length: 20 }, () => ({ x: 2, mx: 10 }))]) {
      const fit = fitGammaGamma(rows);
      expect([fit.p, fit.q, fit.v].every(Number.isFinite)).toBe(true);
      expect(fit.q).toBeGreaterThan(1);
      expect(Number.isFinite(gammaGammaExpectedSpend(fit, { x: 0, mx: 0 }))).toBe(true);
      expect(Number.isFinite(gammaGammaExpectedSpend(fit, { x: 3, mx: 20 }))).toBe(true);
    }
  });

  it('survives absurd spends', () => {
    const fit = fitGammaGamma([
      { x: 1, mx: 1e-9 },
      { x: 5, mx: 1e9 },
      { x: 2, mx: 30 },
    ]);
    expect([fit.p, fit.q, fit.v].every(Number.isFinite)).toBe(true);
  });

  it('weights the customer’s own average more as x grows', () => {
    const populationMean = gammaGammaExpectedSpend(params, { x: 0, mx: 0 });
    const few = gammaGammaExpectedSpend(params, { x: 1, mx: 100 });
    const many = gammaGammaExpectedSpend(params, { x: 50, mx: 100 });
    expect(few).toBeGreaterThan(populationMean);
    expect(many).toBeGreaterThan(few);
    expect(many).toBeLessThan(100);
  });

  it('returns Infinity for the population mean when q ≤ 1, and rejects invalid input', () => {
    expect(gammaGammaExpectedSpend({ p: 1, q: 0.5, v: 1 }, { x: 0, mx: 0 })).toBe(Number.POSITIVE_INFINITY);
    expect(() => gammaGammaExpectedSpend({ ...params, p: 0 }, { x: 1, mx: 1 })).toThrow(RangeError);
    expect(() => gammaGammaExpectedSpend(params, { x: 1, mx: -1 })).toThrow(RangeError);
    expect(() => gammaGammaExpectedSpend(params, { x: Number.NaN, mx: 1 })).toThrow(RangeError);
  });
});
