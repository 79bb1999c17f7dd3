// Special functions for the customer-value models: log-gamma (Lanczos) and the Gauss
// hypergeometric function 2F1. Pure, no dependencies.

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** sin(πx) with the argument reduced first, so it is exact-ish far from zero and exactly 0 at integers. */
function sinPi(x: number): number {
  const reduced = x - 2 * Math.round(x / 2); // in [-1, 1]
  if (reduced === 0 || Math.abs(reduced) === 1) return 0;
  if (reduced > 0.5) return Math.sin(Math.PI * (1 - reduced));
  if (reduced < -0.5) return -Math.sin(Math.PI * (1 + reduced));
  return Math.sin(Math.PI * reduced);
}

export function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, ~15 significant digits). */
export function logGamma(x: number): number {
  return logAbsGamma(x).log;
}

/** ln |Γ(x)| and the sign of Γ(x), for any real x; at the poles (0, -1, -2, …) log is +Infinity. */
export function logAbsGamma(x: number): { log: number; sign: 1 | -1 } {
  if (Number.isNaN(x)) return { log: Number.NaN, sign: 1 };
  if (isNonPositiveInteger(x)) return { log: Number.POSITIVE_INFINITY, sign: 1 };
  if (x < 0.5) {
    // Reflection: Γ(x) Γ(1−x) = π / sin(πx); Γ(1−x) > 0 here.
    const s = sinPi(x);
    return { log: Math.log(Math.PI / Math.abs(s)) - logAbsGamma(1 - x).log, sign: s < 0 ? -1 : 1 };
  }
  const shifted = x - 1;
  let series = LANCZOS_COEFFICIENTS[0] ?? 1;
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) series += (LANCZOS_COEFFICIENTS[i] ?? 0) / (shifted + i);
  const t = shifted + LANCZOS_G + 0.5;
  return { log: HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(t) - t + Math.log(series), sign: 1 };
}

/** ln|Π Γ(numerators) / Π Γ(denominators)| and its sign; a pole in a denominator makes the ratio 0. */
function logGammaRatio(numerators: number[], denominators: number[]): { log: number; sign: number } {
  let log = 0;
  let sign = 1;
  for (const d of denominators) {
    if (isNonPositiveInteger(d)) return { log: Number.NEGATIVE_INFINITY, sign: 0 };
    const g = logAbsGamma(d);
    log -= g.log;
    sign *= g.sign;
  }
  for (const n of numerators) {
    const g = logAbsGamma(n);
    log += g.log;
    sign *= g.sign;
  }
  return { log, sign };
}

const EPSILON = 2.2e-16;
const MAX_SERIES_TERMS = 1_000_000;
// A first, cheap attempt at the connection formula; the direct series gets the full budget.
const CONNECTION_FIRST_TRY_TERMS = 10_000;
// Below this the plain power series converges quickly; above it the 1−z connection formula is tried first.
const DIRECT_SERIES_MAX_Z = 0.9;
// How close c−a−b may come to an integer before the connection formula is replaced by interpolation.
const INTEGER_GAP = 1e-4;
// Accept a result whose estimated relative rounding error is below this…
const ACCEPTED_ERROR = 1e-10;
// …or, when nothing better converges, below this.
const LAST_RESORT_ERROR = 1e-6;
const RESCALE = 1e200;
const LOG_RESCALE = Math.log(RESCALE);

/** A sum as mantissa · e^log, with the largest term magnitude e^maxTermLog (for rounding-error estimates). */
interface ScaledSum {
  mantissa: number;
  log: number;
  maxTermLog: number;
}

/** An evaluated value and an estimate of its relative rounding error. */
interface Evaluation {
  value: number;
  relativeError: number;
}

/**
 * Σ (a)_n (b)_n / ((c)_n n!) z^n; undefined if it does not converge in maxTerms.
 * The sum is kept as sum · e^log and the current term as term · e^(log + termShift), both rescaled by
 * 1e200 when needed, so neither huge intermediate terms nor terms that underflow before growing again
 * (when c < 0) are lost.
 */
function hypergeometricSeries(a: number, b: number, c: number, z: number, maxTerms: number): ScaledSum | undefined {
  let term = 1;
  let termShift = 0;
  let sum = 1;
  let log = 0;
  let maxTermLog = 0;
  let smallTermsInARow = 0;
  const termLimit = Math.min(MAX_SERIES_TERMS, maxTerms + Math.max(0, Math.ceil(-c)));
  for (let n = 0; n < termLimit; n++) {
    term *= (((a + n) / (c + n)) * (b + n) * z) / (n + 1);
    if (term === 0) break; // a or b is −n: the series terminates
    if (!Number.isFinite(term)) return undefined;
    if (Math.abs(term) > RESCALE) {
      term /= RESCALE;
      termShift += LOG_RESCALE;
    } else if (Math.abs(term) < 1 / RESCALE) {
      term *= RESCALE;
      termShift -= LOG_RESCALE;
    }
    if (termShift > 0) {
      sum *= Math.exp(-termShift);
      log += termShift;
      termShift = 0;
    }
    const contribution = termShift === 0 ? term : term * Math.exp(termShift);
    sum += contribution;
    if (Math.abs(sum) > RESCALE) {
      sum /= RESCALE;
      log += LOG_RESCALE;
      termShift -= LOG_RESCALE;
    }
    maxTermLog = Math.max(maxTermLog, log + termShift + Math.log(Math.abs(term)));
    // Stop after two consecutive negligible terms, once the terms are shrinking for good: past n = −c,
    // where a small c + n would make them grow again.
    const shrinking = c + n + 1 > 0 && Math.abs(((a + n + 1) * (b + n + 1) * z) / ((c + n + 1) * (n + 2))) < 1;
    smallTermsInARow = shrinking && Math.abs(contribution) <= EPSILON * Math.abs(sum) ? smallTermsInARow + 1 : 0;
    if (smallTermsInARow >= 2) break;
    if (n === termLimit - 1) return undefined;
  }
  return { mantissa: sum, log, maxTermLog };
}

function evaluateSeries(a: number, b: number, c: number, z: number, logScale: number, maxTerms: number) {
  const series = hypergeometricSeries(a, b, c, z, maxTerms);
  if (!series) return undefined;
  return {
    value: series.mantissa * Math.exp(logScale + series.log),
    relativeError: (EPSILON * Math.exp(series.maxTermLog - series.log)) / Math.abs(series.mantissa),
  };
}

/** exp(logScale) · 2F1 by the connection formula around z = 1, in w = 1 − z (c−a−b not an integer). */
function connectionFormula(a: number, b: number, c: number, w: number, logScale: number, maxTerms: number) {
  const s = c - a - b;
  const parts: { sign: number; log: number; errorLog: number }[] = [];
  const addPart = (
    coefficient: { log: number; sign: number },
    logFactor: number,
    series: () => ScaledSum | undefined,
  ) => {
    if (coefficient.sign === 0) return true;
    const sum = series();
    if (!sum) return false;
    const log = logScale + logFactor + coefficient.log;
    parts.push({
      sign: coefficient.sign * Math.sign(sum.mantissa),
      log: log + sum.log + Math.log(Math.abs(sum.mantissa)),
      errorLog: log + sum.maxTermLog,
    });
    return true;
  };
  const ok =
    addPart(logGammaRatio([c, s], [c - a, c - b]), 0, () => hypergeometricSeries(a, b, 1 - s, w, maxTerms)) &&
    addPart(logGammaRatio([c, -s], [a, b]), s * Math.log(w), () =>
      hypergeometricSeries(c - a, c - b, 1 + s, w, maxTerms),
    );
  if (!ok) return undefined;
  const largest = Math.max(...parts.map((part) => part.log));
  if (largest === Number.NEGATIVE_INFINITY) return { value: 0, relativeError: 0 };
  if (!Number.isFinite(largest)) return undefined;
  const mantissa = parts.reduce((sum, part) => sum + part.sign * Math.exp(part.log - largest), 0);
  const errorMantissa = parts.reduce((sum, part) => sum + Math.exp(part.errorLog - largest), 0);
  return { value: mantissa * Math.exp(largest), relativeError: (EPSILON * errorMantissa) / Math.abs(mantissa) };
}

/** Near-integer c−a−b: the two connection terms have cancelling poles, so interpolate in c from points away from them. */
function connectionFormulaNearInteger(a: number, b: number, c: number, w: number, logScale: number, maxTerms: number) {
  const s = c - a - b;
  const offset = s - Math.round(s);
  if (Math.abs(offset) >= INTEGER_GAP) return connectionFormula(a, b, c, w, logScale, maxTerms);
  const nodes = [-2, -1, 1, 2].map((k) => k * INTEGER_GAP);
  let value = 0;
  let absoluteError = 0;
  for (const [i, node] of nodes.entries()) {
    const evaluation = connectionFormula(a, b, c - offset + node, w, logScale, maxTerms);
    if (!evaluation) return undefined;
    let weight = 1;
    for (const [j, other] of nodes.entries()) if (j !== i) weight *= (offset - other) / (node - other);
    value += weight * evaluation.value;
    absoluteError += Math.abs(weight * evaluation.value) * Math.max(evaluation.relativeError, EPSILON);
  }
  return { value, relativeError: absoluteError / Math.abs(value) };
}

const errorOf = (evaluation: Evaluation | undefined) =>
  evaluation && !Number.isNaN(evaluation.value) && !Number.isNaN(evaluation.relativeError)
    ? evaluation.relativeError
    : Number.POSITIVE_INFINITY;
const moreAccurate = (p: Evaluation | undefined, q: Evaluation | undefined) => (errorOf(p) <= errorOf(q) ? p : q);

/** exp(logScale) · 2F1(a, b; c; z), given w = 1 − z exactly; undefined when no method converges. */
function evaluateHyp2f1(
  a: number,
  b: number,
  c: number,
  z: number,
  w: number,
  logScale: number,
): Evaluation | undefined {
  if (![a, b, c, z, w, logScale].every(Number.isFinite)) throw new RangeError('hyp2f1: arguments must be finite');
  if (z > 1 || w < 0) throw new RangeError('hyp2f1: z > 1 lies on the branch cut');
  const terminatesAt = Math.min(...[a, b].filter(isNonPositiveInteger).map((v) => -v));
  if (isNonPositiveInteger(c) && !(terminatesAt < -c)) throw new RangeError('hyp2f1: c is a non-positive integer');
  if (z === 0 || a === 0 || b === 0) return { value: Math.exp(logScale), relativeError: 0 };
  if (Number.isFinite(terminatesAt) || (z >= 0 && z <= DIRECT_SERIES_MAX_Z)) {
    return evaluateSeries(a, b, c, z, logScale, MAX_SERIES_TERMS);
  }
  if (z < 0) {
    // Pfaff: 2F1(a, b; c; z) = (1−z)^−a 2F1(a, c−b; c; z/(z−1)), and z/(z−1) ∈ (0, 1).
    return evaluateHyp2f1(a, c - b, c, z / (z - 1), 1 / w, logScale - a * Math.log(w));
  }
  if (w === 0) {
    if (c - a - b <= 0) return { value: Number.POSITIVE_INFINITY, relativeError: 0 };
    const gauss = logGammaRatio([c, c - a - b], [c - a, c - b]);
    return { value: gauss.sign * Math.exp(logScale + gauss.log), relativeError: EPSILON };
  }
  // Close to 1: the connection formula converges fast unless huge parameters make its terms cancel;
  // then try the direct series (slow but often stable) and keep whichever is more accurate.
  const connection = connectionFormulaNearInteger(a, b, c, w, logScale, CONNECTION_FIRST_TRY_TERMS);
  if (errorOf(connection) <= ACCEPTED_ERROR) return connection;
  return moreAccurate(evaluateSeries(a, b, c, z, logScale, MAX_SERIES_TERMS), connection);
}

function usableValue(evaluation: Evaluation | undefined, description: string): number {
  if (!evaluation || !(errorOf(evaluation) <= LAST_RESORT_ERROR)) {
    throw new Error(`${description}: no method converged to a usable accuracy`);
  }
  return evaluation.value;
}

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for real z ≤ 1.
 * - z < 0: Pfaff transformation to z/(z−1) ∈ (0, 1).
 * - 0 ≤ z ≤ 0.9: power series.
 * - 0.9 < z < 1: connection formula in 1−z (interpolated in c when c−a−b is an integer), falling back
 *   to the power series when the connection terms would cancel.
 * - z = 1: Gauss's theorem (Infinity when c−a−b ≤ 0).
 * Throws RangeError for z > 1 (branch cut), non-finite input, or c a non-positive integer (unless the
 * series terminates first); throws Error if no method reaches a usable accuracy (absurd parameters).
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  return usableValue(evaluateHyp2f1(a, b, c, z, 1 - z, 0), `hyp2f1(${a}, ${b}; ${c}; ${z})`);
}

/**
 * w^a · 2F1(a, b; c; 1 − w), with w = 1 − z passed exactly (it may be far smaller than z's rounding).
 * Equal to w^(c−b) · 2F1(c−a, c−b; c; 1 − w) (Euler's transformation). The form with the smaller
 * parameter product usually converges faster, but its terms may alternate and cancel; the estimated
 * rounding error decides, and the other form is tried when it is too large.
 */
export function powerTimesHyp2f1(a: number, b: number, c: number, w: number): number {
  const z = 1 - w;
  const logW = Math.log(w);
  const original = () => evaluateHyp2f1(a, b, c, z, w, a * logW);
  const euler = () => evaluateHyp2f1(c - a, c - b, c, z, w, (c - b) * logW);
  const forms = Math.abs((c - a) * (c - b)) < Math.abs(a * b) ? [euler, original] : [original, euler];
  let best: Evaluation | undefined;
  for (const form of forms) {
    best = moreAccurate(form(), best);
    if (errorOf(best) <= ACCEPTED_ERROR) break;
  }
  return usableValue(best, `powerTimesHyp2f1(${a}, ${b}; ${c}; w = ${w})`);
}
