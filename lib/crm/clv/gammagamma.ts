// Gamma-Gamma spend model: Fader, Hardie & Lee (2005), "RFM and CLV: Using Iso-Value Curves for
// Customer Base Analysis", JMR 42(4); see also Hardie's note "The Gamma-Gamma Model of Monetary Value" (2013).
// Each transaction value ~ Gamma(p, ν), with ν ~ Gamma(shape q, rate v) across customers, so the mean
// of x transactions, mx, is Gamma(px, xν).
import { minimizeSteps, runSteps, type Steps } from './optimize';
import { logGamma } from './special';
import type { GammaGammaParams } from './types';

export interface SpendHistory {
  /** Number of repeat transactions the average is taken over. */
  x: number;
  /** Average value of those transactions. */
  mx: number;
}

const LOG_PARAM_BOUND = 15;

interface SpendGroup {
  x: number;
  count: number;
  sumLogMx: number;
  mx: Float64Array;
}

function groupByX(rows: readonly SpendHistory[]): { customers: number; groups: SpendGroup[] } {
  const byX = new Map<number, number[]>();
  let customers = 0;
  for (const { x, mx } of rows) {
    if (!(Number.isFinite(x) && x > 0 && Number.isFinite(mx) && mx > 0)) continue;
    customers++;
    const values = byX.get(x);
    if (values) values.push(mx);
    else byX.set(x, [mx]);
  }
  const groups = [...byX].map(([x, values]) => ({
    x,
    count: values.length,
    sumLogMx: values.reduce((sum, mx) => sum + Math.log(mx), 0),
    mx: Float64Array.from(values),
  }));
  return { customers, groups };
}

function logLikelihood({ p, q, v }: GammaGammaParams, groups: SpendGroup[]): number {
  const common = q * Math.log(v) - logGamma(q);
  let total = 0;
  for (const { x, count, sumLogMx, mx } of groups) {
    const px = p * x;
    total += count * (common + logGamma(px + q) - logGamma(px) + px * Math.log(x)) + (px - 1) * sumLogMx;
    let sumLogDenominator = 0;
    for (let i = 0; i < mx.length; i++) sumLogDenominator += Math.log(v + x * (mx[i] ?? 0));
    total -= (px + q) * sumLogDenominator;
  }
  return total;
}

/** Σ ln f(mx | x) over the rows with x > 0 and mx > 0: the quantity fitGammaGamma maximises. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, rows: readonly SpendHistory[]): number {
  return logLikelihood(params, groupByX(rows).groups);
}

// q is fitted as 1 + e^θ: with q ≤ 1 the population mean spend p·v/(q−1) does not exist, which is useless
// for CLV. On real data (e.g. CDNOW, q = 3.74) the maximum is well inside q > 1.
function paramsFromLog([logP = 0, logQMinusOne = 0, logV = 0]: number[]): GammaGammaParams {
  return { p: Math.exp(logP), q: 1 + Math.exp(logQMinusOne), v: Math.exp(logV) };
}

/**
 * Maximum-likelihood Gamma-Gamma fit on the rows with x > 0 and mx > 0 (others are ignored).
 * Throws Error('Gamma-Gamma needs at least one customer with repeat purchases') when none remain.
 * With too little variation for an interior maximum, parameters end at the e^±15 bounds (still finite).
 */
export function fitGammaGamma(rows: readonly SpendHistory[]): GammaGammaParams {
  return runSteps(fitGammaGammaSteps(rows));
}

/** The same fit, a step per likelihood evaluation (see runStepsInSlices). */
export function* fitGammaGammaSteps(rows: readonly SpendHistory[]): Steps<GammaGammaParams> {
  const { customers, groups } = groupByX(rows);
  if (customers === 0) throw new Error('Gamma-Gamma needs at least one customer with repeat purchases');
  let meanSpend = 0;
  for (const group of groups) meanSpend += group.mx.reduce((sum, mx) => sum + mx, 0) / customers;
  const start = [0, 0, Math.min(LOG_PARAM_BOUND - 1, Math.max(-LOG_PARAM_BOUND + 1, Math.log(meanSpend)))];
  const objective = (theta: number[]) => {
    if (theta.some((value) => Math.abs(value) > LOG_PARAM_BOUND)) return Number.POSITIVE_INFINITY;
    return -logLikelihood(paramsFromLog(theta), groups) / customers;
  };
  return paramsFromLog((yield* minimizeSteps(objective, start)).x);
}

/** Population mean transaction value p·v/(q−1); Infinity when q ≤ 1 (the mean does not exist). */
function populationMeanSpend({ p, q, v }: GammaGammaParams): number {
  return q > 1 ? (p * v) / (q - 1) : Number.POSITIVE_INFINITY;
}

/**
 * E[M | x, mx]: expected average transaction value of a customer, a weighted mean of the population mean
 * and the customer's own average. x = 0 gives the population mean p·v/(q−1).
 * Throws RangeError on invalid parameters (non-positive, non-finite) or history (negative, non-finite).
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, c: SpendHistory): number {
  const { p, q, v } = params;
  if (![p, q, v].every((value) => Number.isFinite(value) && value > 0)) {
    throw new RangeError('Gamma-Gamma: p, q and v must be finite and positive');
  }
  const { x, mx } = c;
  if (!(Number.isFinite(x) && x >= 0 && Number.isFinite(mx) && mx >= 0)) {
    throw new RangeError('Gamma-Gamma: x and mx must be finite and non-negative');
  }
  if (x === 0) return populationMeanSpend(params);
  const denominator = p * x + q - 1;
  return denominator > 0 ? (p * (v + x * mx)) / denominator : Number.POSITIVE_INFINITY;
}
