/** BG/NBD parameters: purchase rate λ ~ Gamma(shape r, rate alpha); dropout p ~ Beta(a, b). */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** Gamma-Gamma spend parameters: transaction value ~ Gamma(p, ν), with ν ~ Gamma(shape q, rate v). */
export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

/**
 * One customer's purchase history, in the shape the models take (see summariseTransactions).
 * Times are in model units (weeks by default), measured from the first (acquisition) purchase.
 */
export interface CustomerSummary {
  /** Repeat purchases: distinct purchase days after the first. */
  x: number;
  /** Time of the last purchase. */
  tx: number;
  /** Time observed: from the first purchase to `now`. */
  T: number;
  /** Mean value of the repeat purchases (0 when x = 0). */
  mx: number;
  /** Sum of all purchase values, the first included. */
  total: number;
  /** Epoch ms of the first and the last purchase. */
  first: number;
  last: number;
}

/** The part of a summary the purchase-count model needs. */
export type PurchaseHistory = Pick<CustomerSummary, 'x' | 'tx' | 'T'>;
