import { describe, expect, it } from 'vitest';
import { bgNbdConditionalExpectedPurchases } from './bgnbd';
import { discountedClv } from './discounted';
import { gammaGammaExpectedSpend } from './gammagamma';
import type { BgNbdParams, GammaGammaParams } from './types';

const bgnbd: BgNbdParams = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
const gg: GammaGammaParams = { p: 6.25, q: 3.74, v: 15.44 };
const customer = { x: 2, tx: 30.43, T: 38.86, mx: 22.35 };
const yearly = { horizon: 52, margin: 0.3, discountRatePerYear: 0.1 };

describe('discountedClv', () => {
  it('is expected purchases × expected spend × margin when nothing is discounted', () => {
    const expected =
      bgNbdConditionalExpectedPurchases(bgnbd, 52, customer) * gammaGammaExpectedSpend(gg, customer) * 0.3;
    expect(discountedClv(bgnbd, gg, customer, { ...yearly, discountRatePerYear: 0 })).toBeCloseTo(expected, 10);
  });

  it('discounts each period’s purchases from the period end', () => {
    const spend = gammaGammaExpectedSpend(gg, customer);
    let expected = 0;
    let before = 0;
    for (const end of [4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52]) {
      const byEnd = bgNbdConditionalExpectedPurchases(bgnbd, end, customer);
      expected += ((byEnd - before) * spend * 0.3) / 1.1 ** (end / 52);
      before = byEnd;
    }
    expect(discountedClv(bgnbd, gg, customer, yearly)).toBeCloseTo(expected, 10);
  });

  it('cuts the last period short at the horizon', () => {
    const tenWeeks = discountedClv(bgnbd, gg, customer, { ...yearly, horizon: 10, discountRatePerYear: 0 });
    const expected =
      bgNbdConditionalExpectedPurchases(bgnbd, 10, customer) * gammaGammaExpectedSpend(gg, customer) * 0.3;
    expect(tenWeeks).toBeCloseTo(expected, 10);
  });

  it('is linear in the margin, falls with the discount rate and grows with the horizon', () => {
    const base = discountedClv(bgnbd, gg, customer, yearly);
    expect(discountedClv(bgnbd, gg, customer, { ...yearly, margin: 0.6 })).toBeCloseTo(2 * base, 10);
    expect(discountedClv(bgnbd, gg, customer, { ...yearly, discountRatePerYear: 0.3 })).toBeLessThan(base);
    expect(discountedClv(bgnbd, gg, customer, { ...yearly, horizon: 104 })).toBeGreaterThan(base);
    expect(discountedClv(bgnbd, gg, customer, { ...yearly, periodLength: 1 })).toBeGreaterThan(base);
  });

  it('values a customer without repeat purchases at the population mean spend', () => {
    const newcomer = { x: 0, tx: 0, T: 10, mx: 0 };
    const expected = bgNbdConditionalExpectedPurchases(bgnbd, 52, newcomer) * ((gg.p * gg.v) / (gg.q - 1)) * 0.3;
    expect(discountedClv(bgnbd, gg, newcomer, { ...yearly, discountRatePerYear: 0 })).toBeCloseTo(expected, 10);
  });

  it('is 0 for an empty horizon or no margin, and rejects unusable options', () => {
    expect(discountedClv(bgnbd, gg, customer, { ...yearly, horizon: 0 })).toBe(0);
    expect(discountedClv(bgnbd, gg, customer, { ...yearly, horizon: -5 })).toBe(0);
    expect(discountedClv(bgnbd, gg, customer, { ...yearly, margin: 0 })).toBe(0);
    expect(() => discountedClv(bgnbd, gg, customer, { ...yearly, horizon: Number.NaN })).toThrow(RangeError);
    expect(() => discountedClv(bgnbd, gg, customer, { ...yearly, periodLength: 0 })).toThrow(RangeError);
    expect(() => discountedClv(bgnbd, gg, customer, { ...yearly, discountRatePerYear: -1 })).toThrow(RangeError);
    expect(() => discountedClv(bgnbd, gg, customer, { ...yearly, horizon: 1e9 })).toThrow(RangeError);
  });
});
