import { describe, expect, it } from 'vitest';
import {
  chooseValueMethod,
  MIN_CUSTOMERS_FOR_BGNBD,
  MIN_REPEAT_CUSTOMERS_FOR_BGNBD,
  type RfmCustomer,
  rfmScores,
} from './rfm';

const customer = (id: string, recencyDays: number, frequency: number, monetary: number): RfmCustomer => ({
  id,
  recencyDays,
  frequency,
  monetary,
});

describe('rfmScores', () => {
  it('scores ten customers by quintile, two per score, more recent scoring higher', () => {
    const customers = Array.from({ length: 10 }, (_, i) => customer(`c${i}`, 100 - 10 * i, i + 1, 50 * (i + 1)));
    const scores = rfmScores(customers);
    const byId = (dimension: 'r' | 'f' | 'm') => customers.map((c) => scores.get(c.id)?.[dimension]);
    expect(byId('r')).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(byId('f')).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(byId('m')).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(scores.get('c9')).toEqual({ r: 5, f: 5, m: 5, score: 15 });
    expect(scores.get('c0')).toEqual({ r: 1, f: 1, m: 1, score: 3 });
  });

  it('gives tied values the same score whatever the input order', () => {
    const customers = [
      customer('a', 5, 1, 10),
      customer('b', 5, 1, 10),
      customer('c', 30, 4, 99),
      customer('d', 1, 2, 10),
      customer('e', 60, 1, 5),
    ];
    const forward = rfmScores(customers);
    const backward = rfmScores([...customers].reverse());
    expect(forward).toEqual(backward);
    expect(forward.get('a')).toEqual(forward.get('b'));
  });

  it('scores a lone customer, or customers who are all alike, in the middle', () => {
    expect(rfmScores([customer('x', 3, 2, 40)]).get('x')).toEqual({ r: 3, f: 3, m: 3, score: 9 });
    const alike = rfmScores([customer('x', 3, 2, 40), customer('y', 3, 2, 40)]);
    expect(alike.get('y')).toEqual({ r: 3, f: 3, m: 3, score: 9 });
  });

  it('ranks non-finite values as the worst and handles no customers', () => {
    const scores = rfmScores([
      customer('nan', Number.NaN, Number.NaN, Number.NaN),
      customer('never', Number.POSITIVE_INFINITY, 0, 0),
      customer('good', 1, 10, 500),
    ]);
    expect(scores.get('good')).toEqual({ r: 5, f: 5, m: 5, score: 15 });
    expect(scores.get('nan')?.score).toBeLessThanOrEqual(6);
    expect(rfmScores([]).size).toBe(0);
  });

  it('uses the last entry when an id repeats', () => {
    const scores = rfmScores([customer('a', 100, 1, 1), customer('b', 50, 5, 50), customer('a', 1, 9, 90)]);
    expect(scores.size).toBe(2);
    expect(scores.get('a')?.r).toBeGreaterThan(scores.get('b')?.r ?? 5);
  });
});

describe('chooseValueMethod', () => {
  const summaries = (customers: number, repeat: number) =>
    Array.from({ length: customers }, (_, i) => ({ x: i < repeat ? 2 : 0 }));

  it('chooses BG/NBD only with enough customers and repeat customers', () => {
    expect(chooseValueMethod(summaries(MIN_CUSTOMERS_FOR_BGNBD, MIN_REPEAT_CUSTOMERS_FOR_BGNBD))).toEqual({
      method: 'bgnbd',
      reason: 'enough-data',
    });
    expect(chooseValueMethod(summaries(MIN_CUSTOMERS_FOR_BGNBD - 1, 40))).toEqual({
      method: 'rfm',
      reason: 'too-few-customers',
    });
    expect(chooseValueMethod(summaries(500, MIN_REPEAT_CUSTOMERS_FOR_BGNBD - 1))).toEqual({
      method: 'rfm',
      reason: 'too-few-repeat-customers',
    });
    expect(chooseValueMethod([])).toEqual({ method: 'rfm', reason: 'too-few-customers' });
  });

  it('does not count summaries with an unusable x', () => {
    const bad = Array.from({ length: 10 }, () => ({ x: Number.NaN }));
    expect(chooseValueMethod([...summaries(MIN_CUSTOMERS_FOR_BGNBD - 5, 30), ...bad]).reason).toBe('too-few-customers');
  });
});
