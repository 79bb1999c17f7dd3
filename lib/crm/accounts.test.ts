import { describe, expect, it } from 'vitest';
import { accountKey, accountTiers } from './accounts';

describe('accountTiers', () => {
  const people = [
    { id: 'buyer', orgId: 'big', value: 0 },
    { id: 'colleague', orgId: 'big', value: 500 },
    ...Array.from({ length: 18 }, (_, k) => ({ id: `p${k}`, value: 100 + k })),
    { id: 'prospect', value: null },
    { id: 'prospect-at-empty-org', orgId: 'empty', value: null },
  ];

  it('ranks an organisation on the deals booked on it plus its people, and gives each person its tier', () => {
    const result = accountTiers(people, new Map([['big', 50_000]]));
    expect(result.accounts.get('org:big')).toBe('S');
    expect(result.people.get('buyer')).toBe('S');
    expect(result.people.get('colleague')).toBe('S');
    expect(result.accountOf.get('buyer')).toBe('org:big');
  });

  it('shares tiers among accounts with value only, and gives prospects none', () => {
    const result = accountTiers(people, new Map([['big', 50_000]]));
    const ranked = [...result.accounts.values()].filter((tier) => tier !== null);
    expect(ranked).toHaveLength(19);
    expect(ranked.filter((tier) => tier === 'S' || tier === 'A')).toHaveLength(4);
    expect(result.people.get('prospect')).toBeNull();
    expect(result.people.get('prospect-at-empty-org')).toBeNull();
  });

  it('names accounts by organisation, or by person without one', () => {
    expect(accountKey({ id: 'a', orgId: 'o' })).toBe('org:o');
    expect(accountKey({ id: 'a', orgId: null })).toBe('person:a');
  });

  it('survives absurd values without NaN', () => {
    const result = accountTiers(
      [
        { id: 'x', orgId: 'o', value: Number.MAX_VALUE },
        { id: 'y', orgId: 'o', value: Number.MAX_VALUE },
        { id: 'z', value: Number.NaN },
      ],
      new Map([['o', Number.POSITIVE_INFINITY]]),
    );
    expect(result.people.get('x')).toBe('S');
    expect(result.people.get('z')).toBeNull();
  });
});
