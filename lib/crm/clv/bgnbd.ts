// BG/NBD purchase-count model: Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way:
// An Alternative to the Pareto/NBD Model", Marketing Science 24(2): likelihood, E[X(t)], E[Y(t) | x, tx, T], P(alive).
import { minimizeSteps, runSteps, type Steps } from './optimize';
import { logGamma, powerTimesHyp2f1 } from './special';
import type { BgNbdParams, PurchaseHistory } from './types';

export type BgNbdFit = BgNbdParams & { logLikelihood: number };

// Fitted parameters are kept within e^±10: data with no interior maximum (e.g. nobody ever repeats)
// would otherwise push them to 0 or infinity.
const LOG_PARAM_BOUND = 10;

/** A usable history (x a non-negative integer, 0 ≤ tx ≤ T, all finite), tx clamped to T, or undefined. */
export function normaliseHistory(c: PurchaseHistory): PurchaseHistory | undefined {
  const { x, tx, T } = c;
  if (!Number.isInteger(x) || x < 0 || !Number.isFinite(T) || T < 0 || !Number.isFinite(tx) || tx < 0) return undefined;
  return { x, tx: x === 0 ? 0 : Math.min(tx, T), T };
}

function requireHistory(c: PurchaseHistory): PurchaseHistory {
  const history = normaliseHistory(c);
  if (!history) throw new RangeError('BG/NBD: customer needs x a non-negative integer and finite 0 ≤ tx, T');
  return history;
}

function requireParams(params: BgNbdParams): void {
  const { r, alpha, a, b } = params;
  if (![r, alpha, a, b].every((v) => Number.isFinite(v) && v > 0)) {
    throw new RangeError('BG/NBD: r, alpha, a and b must be finite and positive');
  }
}

/** Identical histories are counted once; rows are grouped by x so the gamma terms are computed per x. */
interface AggregatedHistories {
  customers: number;
  /** For each x: how many customers, and their distinct (tx, T) with counts. */
  groups: { x: number; count: number; tx: Float64Array; T: Float64Array; weight: Float64Array }[];
}

function aggregate(rows: readonly PurchaseHistory[]): AggregatedHistories {
  const byX = new Map<number, Map<string, { tx: number; T: number; count: number }>>();
  let customers = 0;
  for (const row of rows) {
    const history = normaliseHistory(row);
    if (!history) continue;
    customers++;
    const distinct = byX.get(history.x) ?? new Map<string, { tx: number; T: number; count: number }>();
    byX.set(history.x, distinct);
    const key = `${history.tx}|${history.T}`;
    const seen = distinct.get(key);
    if (seen) seen.count++;
    else distinct.set(key, { tx: history.tx, T: history.T, count: 1 });
  }
  const groups = [...byX].map(([x, distinct]) => {
    const entries = [...distinct.values()];
    return {
      x,
      count: entries.reduce((sum, e) => sum + e.count, 0),
      tx: Float64Array.from(entries, (e) => e.tx),
      T: Float64Array.from(entries, (e) => e.T),
      weight: Float64Array.from(entries, (e) => e.count),
    };
  });
  return { customers, groups };
}

/** Σ ln L_i, with ln(A + B) evaluated as a log-sum-exp so it never underflows. */
function logLikelihood({ r, alpha, a, b }: BgNbdParams, data: AggregatedHistories): number {
  const common = r * Math.log(alpha) - logGamma(r) + logGamma(a + b) - logGamma(b);
  const logA = Math.log(a);
  let total = 0;
  for (const group of data.groups) {
    const { x } = group;
    const rx = r + x;
    total += group.count * (common + logGamma(rx) + logGamma(b + x) - logGamma(a + b + x));
    const logDropoutBranch = x > 0 ? logA - Math.log(b + x - 1) : Number.NEGATIVE_INFINITY;
    for (let i = 0; i < group.weight.length; i++) {
      const stillAlive = -rx * Math.log(alpha + (group.T[i] ?? 0));
      let rowLog = stillAlive;
      if (x > 0) {
        const droppedOut = logDropoutBranch - rx * Math.log(alpha + (group.tx[i] ?? 0));
        const high = Math.max(stillAlive, droppedOut);
        rowLog = high + Math.log(Math.exp(stillAlive - high) + Math.exp(droppedOut - high));
      }
      total += (group.weight[i] ?? 0) * rowLog;
    }
  }
  return total;
}

/** Σ ln L_i over the usable rows: the quantity fitBgNbd maximises. */
export function bgNbdLogLikelihood(params: BgNbdParams, rows: readonly PurchaseHistory[]): number {
  requireParams(params);
  return logLikelihood(params, aggregate(rows));
}

function paramsFromLog(theta: number[]): BgNbdParams {
  const [r = 0, alpha = 0, a = 0, b = 0] = theta.map(Math.exp);
  return { r, alpha, a, b };
}

/**
 * Maximum-likelihood BG/NBD fit (Nelder–Mead over log-parameters, with restarts).
 * Rows that are not usable histories (see normaliseHistory) are ignored.
 * Throws Error('BG/NBD needs at least one customer') when no usable row remains.
 * Data without an interior maximum (e.g. every x = 0) gives parameters at the e^±10 bounds:
 * finite, and predictions from them stay finite.
 */
export function fitBgNbd(rows: readonly PurchaseHistory[]): BgNbdFit {
  return runSteps(fitBgNbdSteps(rows));
}

/** The same fit, a step per likelihood evaluation (see runStepsInSlices). */
export function* fitBgNbdSteps(rows: readonly PurchaseHistory[]): Steps<BgNbdFit> {
  const data = aggregate(rows);
  if (data.customers === 0) throw new Error('BG/NBD needs at least one customer');
  let meanX = 0;
  let meanT = 0;
  for (const group of data.groups) {
    meanX += (group.x * group.count) / data.customers;
    group.T.forEach((T, i) => {
      meanT += (T * (group.weight[i] ?? 0)) / data.customers;
    });
  }
  const clampLog = (v: number) => Math.min(LOG_PARAM_BOUND - 1, Math.max(-LOG_PARAM_BOUND + 1, Math.log(v)));
  // Start from r = 1 with the observed purchase rate, and a Beta(1, 1) dropout probability.
  const start = [0, clampLog((meanT + 1) / (meanX + 0.1)), 0, 0];
  const objective = (theta: number[]) => {
    if (theta.some((v) => Math.abs(v) > LOG_PARAM_BOUND)) return Number.POSITIVE_INFINITY;
    return -logLikelihood(paramsFromLog(theta), data) / data.customers;
  };
  const best = yield* minimizeSteps(objective, start);
  const params = paramsFromLog(best.x);
  return { ...params, logLikelihood: logLikelihood(params, data) };
}

/** Linear interpolation across a removable singularity of f at `singular`, from points h either side. */
function acrossRemovableSingularity(value: number, singular: number, h: number, f: (v: number) => number): number {
  if (Math.abs(value - singular) >= h) return f(value);
  const below = f(singular - h);
  const above = f(singular + h);
  return below + ((value - (singular - h)) / (2 * h)) * (above - below);
}

/** P(alive | x, tx, T), via the log of the odds of having dropped out. */
function probabilityAlive({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: PurchaseHistory): number {
  if (x === 0) return 1;
  const logOddsDead = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
  return logOddsDead > 0 ? Math.exp(-logOddsDead) / (1 + Math.exp(-logOddsDead)) : 1 / (1 + Math.exp(logOddsDead));
}

/** E[Y(t) | x, tx, T]; with x = tx = T = 0 it is E[X(t)] for a new customer. */
function conditionalExpectation(params: BgNbdParams, t: number, history: PurchaseHistory): number {
  const { r, alpha } = params;
  const { x, T } = history;
  // 1 − z, with z = t / (alpha + T + t); kept above 0 for astronomically large t.
  const w = Math.max(Number.MIN_VALUE, (alpha + T) / (alpha + T + t));
  const atA = (a: number) =>
    // c = a + b + x − 1 is 0 only when x = 0 and a + b = 1; the prefactor vanishes with it.
    acrossRemovableSingularity(params.b, 1 - a - x, 1e-6, (b) => {
      const alive = probabilityAlive({ r, alpha, a, b }, history);
      if (alive === 0) return 0;
      const c = a + b + x - 1;
      return (c / (a - 1)) * (1 - powerTimesHyp2f1(r + x, b + x, c, w)) * alive;
    });
  // The formula is 0/0 at a = 1 but the expectation is smooth there.
  const expectation = acrossRemovableSingularity(params.a, 1, 1e-5, atA);
  if (Number.isNaN(expectation)) throw new Error('BG/NBD: expected purchases could not be computed accurately');
  return Math.max(0, expectation);
}

function requireTime(t: number): void {
  if (!Number.isFinite(t)) throw new RangeError('BG/NBD: t must be finite');
}

/**
 * E[X(t)]: expected repeat purchases in (0, t] for a newly acquired customer. 0 for t ≤ 0.
 * Throws RangeError on invalid parameters or t; for parameters far beyond what fitBgNbd returns
 * (beyond e^±10) the hypergeometric function may not be computable, which throws an Error (never NaN).
 */
export function bgNbdExpectedPurchases(params: BgNbdParams, t: number): number {
  requireParams(params);
  requireTime(t);
  if (t <= 0) return 0;
  return conditionalExpectation(params, t, { x: 0, tx: 0, T: 0 });
}

/**
 * E[Y(t) | x, tx, T]: expected purchases in the next t time units for a customer with that history.
 * Throws RangeError on invalid parameters or history (NaN, negative, non-integer x); tx > T is read as T.
 * Same limits as bgNbdExpectedPurchases for absurd parameters.
 */
export function bgNbdConditionalExpectedPurchases(params: BgNbdParams, t: number, c: PurchaseHistory): number {
  requireParams(params);
  requireTime(t);
  const history = requireHistory(c);
  if (t <= 0) return 0;
  return conditionalExpectation(params, t, history);
}

/** P(alive | x, tx, T); 1 when x = 0 (in BG/NBD customers can only drop out right after a repeat purchase). */
export function bgNbdProbabilityAlive(params: BgNbdParams, c: PurchaseHistory): number {
  requireParams(params);
  return probabilityAlive(params, requireHistory(c));
}
