import { bgNbdConditionalExpectedPurchases } from './bgnbd';
import { gammaGammaExpectedSpend } from './gammagamma';
import type { BgNbdParams, CustomerSummary, GammaGammaParams } from './types';

export interface DiscountedClvOptions {
  /** How far ahead to value the customer, in the same time unit as T (weeks by default). */
  horizon: number;
  /** Length of one discounting period in that unit; default 4 (about a month in weeks). */
  periodLength?: number;
  /** Profit margin on revenue, normally 0..1. */
  margin: number;
  /** Annual discount rate, e.g. 0.1 for 10 %; must be > −1. */
  discountRatePerYear: number;
  /** Time units per year; default 52 (weeks). */
  unitsPerYear?: number;
}

const MAX_PERIODS = 10_000;

/**
 * Discounted customer lifetime value over a finite horizon.
 *
 * The horizon is cut into periods; for each, the purchases expected in it (the increase of the BG/NBD
 * conditional expectation E[Y(t) | x, tx, T] over the period) times the Gamma-Gamma expected spend
 * times the margin is discounted from the period's end: / (1 + d)^(end in years). Discounting at the
 * period end rather than at each purchase is the usual monthly-cash-flow convention; it slightly
 * undervalues purchases early in a period. The last period is cut short at the horizon.
 *
 * Returns 0 for horizon ≤ 0. Throws RangeError for non-finite options, periodLength ≤ 0,
 * discount rate ≤ −1, or more than 10,000 periods; and, from the models, for invalid parameters or history.
 */
export function discountedClv(
  bgnbd: BgNbdParams,
  gg: GammaGammaParams,
  c: Pick<CustomerSummary, 'x' | 'tx' | 'T' | 'mx'>,
  opts: DiscountedClvOptions,
): number {
  const { horizon, margin, discountRatePerYear, periodLength = 4, unitsPerYear = 52 } = opts;
  if (![horizon, margin, discountRatePerYear, periodLength, unitsPerYear].every(Number.isFinite)) {
    throw new RangeError('discountedClv: options must be finite numbers');
  }
  if (periodLength <= 0 || unitsPerYear <= 0) {
    throw new RangeError('discountedClv: periodLength and unitsPerYear must be positive');
  }
  if (discountRatePerYear <= -1) throw new RangeError('discountedClv: discountRatePerYear must be > -1');
  if (horizon <= 0 || margin === 0) return 0;
  const periods = Math.ceil(horizon / periodLength - 1e-9);
  if (periods > MAX_PERIODS) throw new RangeError(`discountedClv: more than ${MAX_PERIODS} periods`);

  const spend = gammaGammaExpectedSpend(gg, { x: c.x, mx: c.mx });
  const logDiscountPerUnit = Math.log1p(discountRatePerYear) / unitsPerYear;
  let value = 0;
  let purchasesSoFar = 0;
  for (let period = 1; period <= periods; period++) {
    const end = Math.min(period * periodLength, horizon);
    const purchasesByEnd = bgNbdConditionalExpectedPurchases(bgnbd, end, c);
    const purchasesInPeriod = Math.max(0, purchasesByEnd - purchasesSoFar);
    purchasesSoFar = Math.max(purchasesSoFar, purchasesByEnd);
    if (purchasesInPeriod > 0) value += purchasesInPeriod * spend * margin * Math.exp(-logDiscountPerUnit * end);
  }
  return value;
}
