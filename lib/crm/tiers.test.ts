import { describe, expect, it } from 'vitest';
import {
  assignTiers,
  DEFAULT_TIER_CUTS,
  effectiveTier,
  rankTiers,
  showsAsProspect,
  tierGroup,
  tierRank,
  validateTierCuts,
} from './tiers';
import type { Tier } from './types';

function valuesOf(count: number): Map<string, number> {
  // c001 has the highest value, c100 the lowest.
  return new Map(Array.from({ length: count }, (_, i) => [`c${String(i + 1).padStart(3, '0')}`, count - i]));
}

function tally(tiers: Map<string, Tier>): Record<Tier, number> {
  const counts: Record<Tier, number> = { S: 0, A: 0, B: 0, C: 0 };
  for (const tier of tiers.values()) counts[tier] += 1;
  return counts;
}

describe('assignTiers', () => {
  it('splits 100 customers into 5 / 15 / 30 / 50 by value', () => {
    const tiers = assignTiers(valuesOf(100));
    expect(tally(tiers)).toEqual({ S: 5, A: 15, B: 30, C: 50 });
    expect(tiers.get('c001')).toBe('S');
    expect(tiers.get('c005')).toBe('S');
    expect(tiers.get('c006')).toBe('A');
    expect(tiers.get('c020')).toBe('A');
    expect(tiers.get('c021')).toBe('B');
    expect(tiers.get('c050')).toBe('B');
    expect(tiers.get('c051')).toBe('C');
  });

  it('gives the best customer S even when 5 % is less than one customer', () => {
    const tiers = assignTiers(valuesOf(10));
    expect(tiers.get('c001')).toBe('S');
    expect(tally(tiers)).toEqual({ S: 1, A: 1, B: 3, C: 5 });
    expect(assignTiers(new Map([['only', 10]])).get('only')).toBe('S');
  });

  it('returns an empty map for no customers', () => {
    expect(assignTiers(new Map()).size).toBe(0);
  });

  it('puts zero, negative, NaN and infinite values in C', () => {
    const values = new Map<string, number>([
      ['good', 100],
      ['zero', 0],
      ['negative', -50],
      ['nan', Number.NaN],
      ['inf', Number.POSITIVE_INFINITY],
    ]);
    const tiers = assignTiers(values);
    expect(tiers.get('good')).toBe('S');
    for (const id of ['zero', 'negative', 'nan', 'inf']) expect(tiers.get(id)).toBe('C');
  });

  it('takes the shares of customers with value only: 30 buyers among 300 contacts are not all key', () => {
    const values = new Map<string, number>(Array.from({ length: 300 }, (_, k) => [`c${k}`, k < 30 ? 1000 - k : 0]));
    const tiers = [...assignTiers(values).values()];
    expect(tiers.filter((tier) => tier === 'S')).toHaveLength(2);
    expect(tiers.filter((tier) => tier === 'A')).toHaveLength(4);
    expect(tiers.filter((tier) => tier === 'B')).toHaveLength(9);
    expect(tiers.filter((tier) => tier === 'C')).toHaveLength(285);
  });

  it('gives no tier to customers without value when asked to rank (prospects)', () => {
    const tiers = rankTiers(
      new Map<string, number | null>([
        ['buyer', 10],
        ['prospect', null],
        ['zero', 0],
      ]),
    );
    expect([...tiers]).toEqual([
      ['buyer', 'S'],
      ['prospect', null],
      ['zero', null],
    ]);
  });

  it('never lifts non-positive customers above C even when the top shares are not filled', () => {
    const values = new Map<string, number>([
      ['a', 0],
      ['b', 0],
      ['c', -1],
    ]);
    expect([...assignTiers(values).values()]).toEqual(['C', 'C', 'C']);
  });

  it('breaks ties deterministically by id, whatever the insertion order', () => {
    const forward = new Map<string, number>([
      ['b', 10],
      ['a', 10],
      ['c', 10],
      ['d', 1],
    ]);
    const backward = new Map([...forward].reverse());
    const expected = assignTiers(forward);
    expect(assignTiers(backward)).toEqual(expected);
    expect(expected.get('a')).toBe('S');
    expect(expected.get('b')).toBe('B');
    expect(expected.get('c')).toBe('C');
    expect(expected.get('d')).toBe('C');
  });

  it('honours custom cuts, including empty tiers when two cuts are equal', () => {
    const tiers = assignTiers(valuesOf(10), { S: 0.1, A: 0.1, B: 1 });
    expect(tally(tiers)).toEqual({ S: 1, A: 0, B: 9, C: 0 });
  });

  it('throws a clear error for invalid cuts', () => {
    const bad = [
      { S: 0, A: 0.2, B: 0.5 },
      { S: 0.3, A: 0.2, B: 0.5 },
      { S: 0.05, A: 0.6, B: 0.5 },
      { S: 0.05, A: 0.2, B: 1.5 },
      { S: Number.NaN, A: 0.2, B: 0.5 },
    ];
    for (const cuts of bad) {
      expect(() => assignTiers(valuesOf(3), cuts)).toThrow(/0 < S ≤ A ≤ B ≤ 1/);
    }
    expect(() => validateTierCuts(DEFAULT_TIER_CUTS)).not.toThrow();
  });
});

describe('effectiveTier', () => {
  it('uses the computed tier when there is no override', () => {
    expect(effectiveTier('B')).toEqual({ tier: 'B', source: 'computed', overrideReason: null, bad: false });
    expect(effectiveTier('B', null, true)).toEqual({ tier: 'B', source: 'computed', overrideReason: null, bad: true });
  });

  it('applies an override that gives a reason', () => {
    expect(effectiveTier('C', { tier: 'A', reason: '  strategic partner ' })).toEqual({
      tier: 'A',
      source: 'override',
      overrideReason: 'strategic partner',
      bad: false,
    });
  });

  it('ignores an override without a reason or with an unknown tier', () => {
    expect(effectiveTier('C', { tier: 'A', reason: '   ' }).source).toBe('computed');
    expect(effectiveTier('C', { tier: 'X' as Tier, reason: 'typo' }).tier).toBe('C');
  });

  it('keeps the bad flag alongside an override', () => {
    expect(effectiveTier('S', { tier: 'C', reason: 'pays late' }, true)).toMatchObject({ tier: 'C', bad: true });
  });
});

describe('tierGroup and tierRank', () => {
  it('maps S and A to key, B to normal, C to small', () => {
    expect(tierGroup('S')).toBe('key');
    expect(tierGroup('A')).toBe('key');
    expect(tierGroup('B')).toBe('normal');
    expect(tierGroup('C')).toBe('small');
  });

  it('ranks best first', () => {
    expect((['C', 'S', 'B', 'A'] as Tier[]).sort((a, b) => tierRank(a) - tierRank(b))).toEqual(['S', 'A', 'B', 'C']);
  });
});

describe('showsAsProspect', () => {
  it('is a computed ranking that found no value; an override or value shows the tier', () => {
    expect(showsAsProspect({ prospect: true, tierSource: 'computed' })).toBe(true);
    expect(showsAsProspect({ prospect: true, tierSource: 'override' })).toBe(false);
    expect(showsAsProspect({ tierSource: 'computed' })).toBe(false);
    expect(showsAsProspect(undefined)).toBe(false);
  });
});
