import { describe, expect, it } from 'vitest';
import { isLoyalCustomer, lookalikeLift, lookalikeScore, loyalProfile } from './lookalike';
import type { CustomerFeatures } from './types';

const loyal: CustomerFeatures[] = [
  {
    customerType: 'intermediary',
    directness: 'direct',
    industry: 'Retail',
    orgSize: 'medium',
    channel: 'referral',
    region: 'EU',
  },
  {
    customerType: 'intermediary',
    directness: 'direct',
    industry: 'retail ',
    orgSize: 'medium',
    channel: 'trade show',
    region: 'EU',
  },
  {
    customerType: 'intermediary',
    directness: 'indirect',
    industry: 'Wholesale',
    orgSize: 'large',
    channel: 'referral',
    region: 'US',
  },
  {
    customerType: 'institutional',
    directness: 'direct',
    industry: 'Retail',
    orgSize: 'medium',
    channel: 'referral',
    region: 'EU',
  },
];

describe('loyalProfile', () => {
  it('counts normalised values per feature', () => {
    const profile = loyalProfile(loyal);
    expect(profile.size).toBe(4);
    expect(profile.features.industry.known).toBe(4);
    expect(profile.features.industry.counts.get('retail')).toBe(3);
    expect(profile.features.customerType.counts.get('intermediary')).toBe(3);
  });

  it('skips missing and blank values', () => {
    const profile = loyalProfile([{ industry: '  ' }, { industry: null }, {}]);
    expect(profile.size).toBe(3);
    expect(profile.features.industry).toEqual({ known: 0, counts: new Map() });
  });
});

describe('lookalikeScore', () => {
  const profile = loyalProfile(loyal);

  it('scores 100 for a prospect with the most typical value of every feature', () => {
    const prospect: CustomerFeatures = {
      customerType: 'intermediary',
      directness: 'direct',
      industry: 'RETAIL',
      orgSize: 'medium',
      channel: 'Referral',
      region: 'eu',
    };
    expect(lookalikeScore(profile, prospect)).toEqual({
      score: 100,
      matched: ['customerType', 'directness', 'industry', 'orgSize', 'channel', 'region'],
      reasons: [],
    });
  });

  it('scores near 0 for a prospect unlike the loyal customers', () => {
    const prospect: CustomerFeatures = {
      customerType: 'consumer',
      directness: 'indirect',
      industry: 'Mining',
      orgSize: 'solo',
      channel: 'cold call',
      region: 'APAC',
    };
    // directness 'indirect' is held by 1 of 4 against 3 for 'direct': similarity 1/3, below the match threshold.
    expect(lookalikeScore(profile, prospect)).toEqual({ score: 3, matched: [], reasons: [] });
  });

  it('weights features and lists only those at least half as common as the most common value', () => {
    const prospect: CustomerFeatures = { customerType: 'intermediary', industry: 'wholesale', orgSize: 'medium' };
    const result = lookalikeScore(profile, prospect);
    // customerType 0.25×1 + industry 0.25×(1/3) + orgSize 0.2×1, out of all six weights (= 1).
    expect(result.score).toBe(53);
    expect(result.matched).toEqual(['customerType', 'orgSize']);
    expect(result.reasons).toEqual([{ code: 'missing-features', params: { count: 3 } }]);
  });

  it('scores higher the more a prospect resembles the loyal customers', () => {
    const close = lookalikeScore(profile, { customerType: 'intermediary', industry: 'retail', channel: 'referral' });
    const far = lookalikeScore(profile, { customerType: 'consumer', industry: 'mining', channel: 'referral' });
    expect(close.score).toBeGreaterThan(far.score);
  });

  it('returns 0 with a code when there are no loyal customers', () => {
    expect(lookalikeScore(loyalProfile([]), { industry: 'retail' })).toEqual({
      score: 0,
      matched: [],
      reasons: [{ code: 'no-loyal-customers' }],
    });
  });

  it('returns 0 with a code when the prospect has no features or the profile has none', () => {
    expect(lookalikeScore(profile, {}).reasons).toEqual([{ code: 'no-prospect-features' }]);
    expect(lookalikeScore(loyalProfile([{}]), { industry: 'retail' })).toEqual({
      score: 0,
      matched: [],
      reasons: [{ code: 'not-enough-data' }],
    });
  });

  it('only compares features the loyal customers have data on', () => {
    const industryOnly = loyalProfile([{ industry: 'Retail' }, { industry: 'Retail' }]);
    expect(lookalikeScore(industryOnly, { industry: 'retail', region: 'EU' })).toEqual({
      score: 100,
      matched: ['industry'],
      reasons: [],
    });
  });

  it('accepts custom weights', () => {
    const weights = { customerType: 1, directness: 0, industry: 0, orgSize: 0, channel: 0, region: 0 };
    expect(lookalikeScore(profile, { customerType: 'institutional', industry: 'retail' }, weights).score).toBe(33);
  });
});

describe('isLoyalCustomer', () => {
  it('means a key-tier customer in the stable stage', () => {
    expect(isLoyalCustomer('S', 'stability')).toBe(true);
    expect(isLoyalCustomer('A', 'stability')).toBe(true);
    expect(isLoyalCustomer('B', 'stability')).toBe(false);
    expect(isLoyalCustomer('S', 'formation')).toBe(false);
  });
});

describe('lookalikeLift (against base rates)', () => {
  const customer = (industry: string, channel: string): CustomerFeatures => ({
    industry,
    channel,
    customerType: 'consumer',
  });
  const loyalTwelve = [
    ...Array.from({ length: 9 }, () => customer('Retail', 'referral')),
    ...Array.from({ length: 3 }, () => customer('Software', 'website')),
  ];
  const everyone = [
    ...loyalTwelve,
    ...Array.from({ length: 40 }, () => customer('Software', 'website')),
    ...Array.from({ length: 8 }, () => customer('Retail', 'website')),
  ];

  it('needs at least ten loyal customers', () => {
    const few = lookalikeLift(
      loyalProfile(loyalTwelve.slice(0, 4)),
      loyalProfile(everyone),
      customer('Retail', 'referral'),
    );
    expect(few).toEqual({
      score: 0,
      matched: [],
      reasons: [{ code: 'few-loyal-customers', params: { count: 4, min: 10 } }],
    });
    expect(lookalikeLift(loyalProfile([]), loyalProfile(everyone), customer('Retail', 'referral')).reasons).toEqual([
      { code: 'no-loyal-customers' },
    ]);
  });

  it('scores what is typical of loyal customers above what is merely common', () => {
    const loyal = loyalProfile(loyalTwelve);
    const all = loyalProfile(everyone);
    const retail = lookalikeLift(loyal, all, customer('Retail', 'referral'));
    const software = lookalikeLift(loyal, all, customer('Software', 'website'));
    expect(retail.score).toBeGreaterThan(60);
    expect(software.score).toBeLessThan(50);
    expect(retail.matched).toEqual(['industry', 'channel']);
    // customerType is the same for everyone: lift 1, a neutral 0.5, never a match.
    expect(retail.matched).not.toContain('customerType');
  });

  it('smooths an unseen value instead of dividing by zero', () => {
    const result = lookalikeLift(loyalProfile(loyalTwelve), loyalProfile(everyone), customer('Mining', 'fax'));
    expect(Number.isFinite(result.score)).toBe(true);
    expect(result.matched).toEqual([]);
  });
});
