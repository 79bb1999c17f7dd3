import { describe, expect, it } from 'vitest';
import { hyp2f1, logAbsGamma, logGamma, powerTimesHyp2f1 } from './special';

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

/** Plain partial sum, as an independent reference where it converges fast enough. */
function naiveSeries(a: number, b: number, c: number, z: number, terms: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < terms; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
  }
  return sum;
}

describe('logGamma', () => {
  it('matches known values', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(relativeError(logGamma(10), Math.log(362880))).toBeLessThan(1e-14);
    expect(relativeError(logGamma(100), 359.1342053695754)).toBeLessThan(1e-14);
    expect(relativeError(logGamma(1e-8), -Math.log(1e-8) - 0.5772156649015329e-8)).toBeLessThan(1e-14);
    expect(relativeError(logGamma(1e10), 220258509288.81058)).toBeLessThan(1e-13);
  });

  it('gives |Γ| and its sign for negative arguments, +Infinity at the poles', () => {
    const sqrtPi = Math.sqrt(Math.PI);
    expect(logAbsGamma(-0.5).log).toBeCloseTo(Math.log(2 * sqrtPi), 13);
    expect(logAbsGamma(-0.5).sign).toBe(-1);
    expect(logAbsGamma(-1.5).log).toBeCloseTo(Math.log((4 * sqrtPi) / 3), 13);
    expect(logAbsGamma(-1.5).sign).toBe(1);
    expect(logAbsGamma(0).log).toBe(Number.POSITIVE_INFINITY);
    expect(logAbsGamma(-3).log).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('hyp2f1', () => {
  const logFormula = (z: number) => -Math.log1p(-z) / z; // 2F1(1, 1; 2; z), c − a − b = 0

  it.each([-5, -0.5, 0.3, 0.9, 0.95, 0.999, 1 - 1e-9])('2F1(1, 1; 2; %s) = −ln(1−z)/z', (z) => {
    expect(relativeError(hyp2f1(1, 1, 2, z), logFormula(z))).toBeLessThan(1e-10);
  });

  it.each([0.5, 0.99, 0.999999])('2F1(1, 1; 3; %s), an integer c − a − b = 1', (z) => {
    const expected = 2 * (-Math.log1p(-z) / z + (Math.log1p(-z) + z) / (z * z));
    expect(relativeError(hyp2f1(1, 1, 3, z), expected)).toBeLessThan(1e-9);
  });

  it.each([0.5, 0.99, -20])('2F1(a, b; b; z) = (1 − z)^−a at z = %s', (z) => {
    expect(relativeError(hyp2f1(0.3, 2.7, 2.7, z), (1 - z) ** -0.3)).toBeLessThan(1e-12);
  });

  it('matches arcsin and arctan closed forms, including large negative z', () => {
    for (const x of [0.5, 0.99]) {
      expect(relativeError(hyp2f1(0.5, 0.5, 1.5, x * x), Math.asin(x) / x)).toBeLessThan(1e-12);
    }
    for (const x of [3, 10, 1000]) {
      expect(relativeError(hyp2f1(1, 0.5, 1.5, -x * x), Math.atan(x) / x)).toBeLessThan(1e-10);
    }
  });

  it('uses the connection formula near z = 1 consistently with the plain series', () => {
    expect(relativeError(hyp2f1(0.3, 0.7, 1.9, 0.95), naiveSeries(0.3, 0.7, 1.9, 0.95, 3000))).toBeLessThan(1e-12);
    // c − a − b = 0.00004: close enough to an integer to be interpolated.
    expect(relativeError(hyp2f1(1, 1, 2.00004, 0.95), naiveSeries(1, 1, 2.00004, 0.95, 3000))).toBeLessThan(1e-10);
    expect(relativeError(hyp2f1(-0.4, 0.8, -0.3, 0.97), naiveSeries(-0.4, 0.8, -0.3, 0.97, 5000))).toBeLessThan(1e-10);
  });

  it('evaluates z = 1 by Gauss’s theorem and terminating series exactly', () => {
    expect(relativeError(hyp2f1(0.5, 0.5, 2, 1), 4 / Math.PI)).toBeLessThan(1e-13);
    expect(hyp2f1(1, 1, 2, 1)).toBe(Number.POSITIVE_INFINITY);
    const [b, c, z] = [1.5, 2.5, 0.8];
    expect(hyp2f1(-2, b, c, z)).toBeCloseTo(1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1)), 14);
    expect(hyp2f1(0.7, 1.3, 2, 0)).toBe(1);
  });

  it('rejects the branch cut, poles in c and non-finite input', () => {
    expect(() => hyp2f1(1, 1, 2, 1.5)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, 0, 0.5)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(RangeError);
    expect(() => hyp2f1(Number.NaN, 1, 2, 0.5)).toThrow(RangeError);
  });

  it('powerTimesHyp2f1 equals (1 − z)^a · 2F1 whichever form it picks', () => {
    for (const [a, b, c, z] of [
      [0.24, 2.4, 2.2, 0.5],
      [30.2, 32.4, 33.2, 0.6],
      [3.2, 50, 5, 0.3],
      [0.24, 2.4, 2.2, 0.99],
    ] as const) {
      const direct = (1 - z) ** a * hyp2f1(a, b, c, z);
      expect(relativeError(powerTimesHyp2f1(a, b, c, 1 - z), direct)).toBeLessThan(1e-11);
    }
  });
});
