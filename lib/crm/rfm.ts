/**
 * RFM scoring: the fallback when there is too little purchase history to fit the BG/NBD model.
 * Each of recency, frequency and monetary value is scored 1–5 by quintile among the customers given.
 */

/** BG/NBD is only fitted with at least this many customers… */
export const MIN_CUSTOMERS_FOR_BGNBD = 50;
/** …of whom at least this many made a repeat purchase (x > 0); otherwise its estimates are mostly noise. */
export const MIN_REPEAT_CUSTOMERS_FOR_BGNBD = 20;

export type RfmScore = 1 | 2 | 3 | 4 | 5;

export interface RfmCustomer {
  id: string;
  /** Days since the last purchase. */
  recencyDays: number;
  /** Number of purchases. */
  frequency: number;
  /** Money spent. */
  monetary: number;
}

export interface RfmScores {
  r: RfmScore;
  f: RfmScore;
  m: RfmScore;
  /** r + f + m, from 3 to 15: the three dimensions weigh equally. */
  score: number;
}

export type ValueMethodChoice =
  | { method: 'bgnbd'; reason: 'enough-data' }
  | { method: 'rfm'; reason: 'too-few-customers' | 'too-few-repeat-customers' };

/** Index of the first element of the ascending `sorted` that is ≥ value (strict: > value). */
function firstIndexAbove(sorted: number[], value: number, strict: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const element = sorted[middle] ?? Number.POSITIVE_INFINITY;
    if (element < value || (strict && element === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function toScore(value: number): RfmScore {
  if (value <= 1) return 1;
  if (value >= 5) return 5;
  return value as RfmScore;
}

/**
 * Quintile scores, higher value → higher score. A value's position is its mid-rank percentile (customers
 * below it plus half of those tied with it, over all customers), so tied values always share a score and
 * the result does not depend on input order. A lone customer, or all customers tied, score 3.
 */
function quintileScores(values: number[]): RfmScore[] {
  const sorted = [...values].sort((p, q) => p - q);
  return values.map((value) => {
    const below = firstIndexAbove(sorted, value, false);
    const tied = firstIndexAbove(sorted, value, true) - below;
    const percentile = (below + tied / 2) / sorted.length;
    return toScore(Math.ceil(percentile * 5));
  });
}

/** Non-finite values (NaN, ±Infinity) rank as the worst possible. */
const orWorst = (value: number) => (Number.isFinite(value) ? value : Number.NEGATIVE_INFINITY);

/**
 * RFM scores per customer id. Recency is scored so that a more recent purchase (fewer days) scores higher.
 * When an id appears more than once, its last entry is used.
 */
export function rfmScores(customers: readonly RfmCustomer[]): Map<string, RfmScores> {
  const unique = [...new Map(customers.map((customer) => [customer.id, customer])).values()];
  const r = quintileScores(unique.map((c) => orWorst(-c.recencyDays)));
  const f = quintileScores(unique.map((c) => orWorst(c.frequency)));
  const m = quintileScores(unique.map((c) => orWorst(c.monetary)));
  const scores = new Map<string, RfmScores>();
  unique.forEach((customer, i) => {
    const scoreR = r[i] ?? 1;
    const scoreF = f[i] ?? 1;
    const scoreM = m[i] ?? 1;
    scores.set(customer.id, { r: scoreR, f: scoreF, m: scoreM, score: scoreR + scoreF + scoreM });
  });
  return scores;
}

/**
 * Whether there is enough history to fit BG/NBD, or RFM should be used instead. The reason is a code for
 * the UI to translate. Summaries whose x is not a finite number ≥ 0 are not counted.
 */
export function chooseValueMethod(summaries: readonly { x: number }[]): ValueMethodChoice {
  const usable = summaries.filter(({ x }) => Number.isFinite(x) && x >= 0);
  if (usable.length < MIN_CUSTOMERS_FOR_BGNBD) return { method: 'rfm', reason: 'too-few-customers' };
  const repeatCustomers = usable.filter(({ x }) => x > 0).length;
  if (repeatCustomers < MIN_REPEAT_CUSTOMERS_FOR_BGNBD) return { method: 'rfm', reason: 'too-few-repeat-customers' };
  return { method: 'bgnbd', reason: 'enough-data' };
}

export interface RfmValue {
  scores: RfmScores;
  /** Next year's margin as RFM sees it: margin per active year × (R − 1) / 4, so a recent buyer keeps it all. */
  predictedValue: number;
}

/**
 * The RFM fallback, really computed: quintile scores over the customers given (only those who bought), and a
 * predicted value from them. `marginPerYear` is the customer's margin per year while buying.
 */
export function rfmValues(customers: readonly (RfmCustomer & { marginPerYear: number })[]): Map<string, RfmValue> {
  const scores = rfmScores(customers);
  const values = new Map<string, RfmValue>();
  for (const customer of customers) {
    const score = scores.get(customer.id);
    if (!score) continue;
    const perYear = Number.isFinite(customer.marginPerYear) && customer.marginPerYear > 0 ? customer.marginPerYear : 0;
    values.set(customer.id, { scores: score, predictedValue: Math.round(((perYear * (score.r - 1)) / 4) * 100) / 100 });
  }
  return values;
}
