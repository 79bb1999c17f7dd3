import { describe, expect, it } from 'vitest';
import {
  CDNOW_SUMMARY_WITH_SPEND,
  CDNOW_TRANSACTIONS,
  hasCdnow,
  readCdnowSummaryWithSpend,
  readCdnowTransactions,
} from '../../../tests/kit/cdnow';
import { summariseTransactions } from './summarise';

const DAY = 86_400_000;
const day = (n: number, hour = 12) => Date.UTC(2026, 0, 1 + n, hour);
const NOW = day(70);

describe('summariseTransactions', () => {
  it('returns nothing for no transactions', () => {
    const { summaries, rejected } = summariseTransactions([], { now: NOW });
    expect(summaries.size).toBe(0);
    expect(rejected).toEqual([]);
  });

  it('treats a single purchase as the acquisition only', () => {
    const { summaries } = summariseTransactions([{ customerId: 'a', at: day(0), amount: 40 }], { now: NOW });
    expect(summaries.get('a')).toEqual({ x: 0, tx: 0, T: 10, mx: 0, total: 40, first: day(0), last: day(0) });
  });

  it('merges purchases on the same UTC day and averages the repeat days', () => {
    const { summaries } = summariseTransactions(
      [
        { customerId: 'a', at: day(14, 9), amount: 30 },
        { customerId: 'a', at: day(0, 8), amount: 10 },
        { customerId: 'a', at: day(0, 20), amount: 5 },
        { customerId: 'a', at: day(7), amount: 20 },
        { customerId: 'a', at: day(14, 18), amount: 10 },
      ],
      { now: NOW },
    );
    expect(summaries.get('a')).toEqual({
      x: 2,
      tx: 2,
      T: 10,
      mx: (20 + 40) / 2,
      total: 75,
      first: day(0, 8),
      last: day(14, 18),
    });
  });

  it('splits purchases either side of UTC midnight, and counts in whole days of unitDays', () => {
    const { summaries } = summariseTransactions(
      [
        { customerId: 'b', at: Date.UTC(2026, 0, 1, 23, 59), amount: 1 },
        { customerId: 'b', at: Date.UTC(2026, 0, 2, 0, 1), amount: 2 },
      ],
      { now: Date.UTC(2026, 0, 11, 6), unitDays: 1 },
    );
    expect(summaries.get('b')).toMatchObject({ x: 1, tx: 1, T: 10, mx: 2, total: 3 });
  });

  it('rejects future, negative and non-finite transactions, and never produces NaN', () => {
    const { summaries, rejected } = summariseTransactions(
      [
        { customerId: 'a', at: day(1), amount: 10 },
        { customerId: 'a', at: NOW + DAY, amount: 10 },
        { customerId: 'a', at: day(2), amount: -5 },
        { customerId: 'a', at: day(3), amount: Number.NaN },
        { customerId: 'a', at: Number.POSITIVE_INFINITY, amount: 3 },
        { customerId: 'a', at: day(4), amount: 0 },
        { customerId: 'only-bad', at: day(5), amount: -1 },
      ],
      { now: NOW },
    );
    expect(rejected).toEqual([
      { index: 1, reason: 'future' },
      { index: 2, reason: 'negative' },
      { index: 3, reason: 'not-finite' },
      { index: 4, reason: 'not-finite' },
      { index: 6, reason: 'negative' },
    ]);
    expect(summaries.has('only-bad')).toBe(false);
    const a = summaries.get('a');
    expect(a).toMatchObject({ x: 1, mx: 0, total: 10 });
    expect(Object.values(a ?? {}).every(Number.isFinite)).toBe(true);
  });

  it('accepts a purchase at exactly now, and rejects unusable options', () => {
    const { summaries } = summariseTransactions([{ customerId: 'a', at: NOW, amount: 1 }], { now: NOW });
    expect(summaries.get('a')).toMatchObject({ x: 0, T: 0 });
    expect(() => summariseTransactions([], { now: Number.NaN })).toThrow(RangeError);
    expect(() => summariseTransactions([], { now: NOW, unitDays: 0 })).toThrow(RangeError);
  });
});

describe.skipIf(!hasCdnow(CDNOW_TRANSACTIONS) || !hasCdnow(CDNOW_SUMMARY_WITH_SPEND))(
  'summariseTransactions on the CDNOW transaction log',
  () => {
    it('reproduces the published calibration summary (39 weeks to 1997-09-30) for every customer', () => {
      const transactions = readCdnowTransactions();
      const now = Date.UTC(1997, 8, 30);
      const { summaries, rejected } = summariseTransactions(transactions, { now });
      expect(rejected.every((r) => r.reason === 'future')).toBe(true);
      expect(rejected).toHaveLength(transactions.filter((t) => t.at > now).length);
      const published = readCdnowSummaryWithSpend();
      expect(summaries.size).toBe(published.length);
      // The published file rounds to 2 decimals.
      const roundsTo = (value: number | undefined, published: number) =>
        value !== undefined && Math.abs(value - published) <= 0.005 + 1e-9;
      for (const row of published) {
        const summary = summaries.get(String(row.id));
        expect(summary?.x).toBe(row.x);
        expect(roundsTo(summary?.tx, row.tx) && roundsTo(summary?.T, row.T) && roundsTo(summary?.mx, row.mx)).toBe(
          true,
        );
      }
    });
  },
);
