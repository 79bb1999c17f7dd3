import type { CustomerSummary } from './types';

export interface Transaction {
  customerId: string;
  /** Epoch milliseconds. */
  at: number;
  amount: number;
}

export interface RejectedTransaction {
  /** Position in the input array. */
  index: number;
  reason: 'future' | 'negative' | 'not-finite';
}

const DAY_MS = 86_400_000;

interface Purchases {
  amountByDay: Map<number, number>;
  first: number;
  last: number;
  total: number;
}

function rejection(transaction: Transaction, now: number): RejectedTransaction['reason'] | undefined {
  if (!Number.isFinite(transaction.at) || !Number.isFinite(transaction.amount)) return 'not-finite';
  if (transaction.amount < 0) return 'negative';
  if (transaction.at > now) return 'future';
  return undefined;
}

/**
 * Per-customer purchase summaries for the value models, as of `now` (epoch ms).
 *
 * Transactions on the same UTC calendar day merge into one purchase (amounts summed). The first purchase
 * is the acquisition; x counts the later purchase days; tx and T are whole days from the first purchase
 * day to the last purchase day and to `now`'s day, divided by `unitDays` (default 7: weeks). mx is the
 * mean value of the repeat purchase days (0 when x = 0); total includes the first purchase.
 *
 * Transactions with a non-finite time or amount, a negative amount, or a time after `now` are left out
 * and listed in `rejected` (in input order). Throws RangeError when `now` or `unitDays` is unusable.
 */
export function summariseTransactions(
  transactions: readonly Transaction[],
  opts: { now: number; unitDays?: number },
): { summaries: Map<string, CustomerSummary>; rejected: RejectedTransaction[] } {
  const { now, unitDays = 7 } = opts;
  if (!Number.isFinite(now)) throw new RangeError('summariseTransactions: now must be a finite epoch ms');
  if (!(Number.isFinite(unitDays) && unitDays > 0)) {
    throw new RangeError('summariseTransactions: unitDays must be finite and positive');
  }

  const rejected: RejectedTransaction[] = [];
  const byCustomer = new Map<string, Purchases>();
  transactions.forEach((transaction, index) => {
    const reason = rejection(transaction, now);
    if (reason) {
      rejected.push({ index, reason });
      return;
    }
    const { customerId, at, amount } = transaction;
    const day = Math.floor(at / DAY_MS);
    const purchases = byCustomer.get(customerId);
    if (!purchases) {
      byCustomer.set(customerId, { amountByDay: new Map([[day, amount]]), first: at, last: at, total: amount });
      return;
    }
    purchases.amountByDay.set(day, (purchases.amountByDay.get(day) ?? 0) + amount);
    purchases.first = Math.min(purchases.first, at);
    purchases.last = Math.max(purchases.last, at);
    purchases.total += amount;
  });

  const nowDay = Math.floor(now / DAY_MS);
  const summaries = new Map<string, CustomerSummary>();
  for (const [customerId, purchases] of byCustomer) {
    const days = [...purchases.amountByDay.keys()].sort((p, q) => p - q);
    const firstDay = days[0] ?? nowDay;
    const lastDay = days[days.length - 1] ?? firstDay;
    const x = days.length - 1;
    let repeatSpend = 0;
    for (const day of days.slice(1)) repeatSpend += purchases.amountByDay.get(day) ?? 0;
    summaries.set(customerId, {
      x,
      tx: (lastDay - firstDay) / unitDays,
      T: (nowDay - firstDay) / unitDays,
      mx: x > 0 ? repeatSpend / x : 0,
      total: purchases.total,
      first: purchases.first,
      last: purchases.last,
    });
  }
  return { summaries, rejected };
}
