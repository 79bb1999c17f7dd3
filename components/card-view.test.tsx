import { describe, expect, it } from 'vitest';
import type { Insights } from '@/lib/schema/records';
import { cardView } from './card-view';

const base: Insights = {
  tier: 'B',
  tierSource: 'computed',
  stage: 'stability',
  stageSource: 'derived',
  stageReasons: [{ code: 'purchase-rhythm', params: { days: 30 } }],
  riskReasons: [{ code: 'within-rhythm' }],
  value: 1200,
  method: 'bgnbd',
  pAlive: 0.9,
  clv: 800,
  lastActivity: 1,
  valueReasons: [{ code: 'value-by-bgnbd' }, { code: 'account-tier' }],
  computedAt: 1,
};

describe('the card view of a contact', () => {
  it('says everything is missing before the first computation, and shows no figure', () => {
    const view = cardView({});
    expect(view.tier).toBeUndefined();
    expect(view.prospect).toBe(false);
    expect(view.value).toBeUndefined();
    expect(view.missing).toEqual(['insights', 'organisation']);
    expect(view.reasons).toEqual([]);
  });

  it('shows a prospect as a prospect, without a tier, and says no purchase is known', () => {
    const view = cardView({
      orgId: 'o1',
      insights: {
        ...base,
        tier: 'C',
        prospect: true,
        value: 0,
        pAlive: undefined,
        clv: undefined,
        lastActivity: undefined,
        valueReasons: [{ code: 'prospect-no-tier' }],
      },
    });
    expect(view.prospect).toBe(true);
    expect(view.tier).toBeUndefined();
    expect(view.value).toBeUndefined();
    expect(view.missing).toEqual(['purchases', 'activity']);
    expect(view.reasons.map((r) => r.code)).toContain('prospect-no-tier');
  });

  it('a tier set by hand on a prospect is shown', () => {
    const view = cardView({ orgId: 'o1', insights: { ...base, prospect: true, tier: 'A', tierSource: 'override' } });
    expect(view.prospect).toBe(false);
    expect(view.tier).toBe('A');
  });

  it('shows the account tier, the role, and the measured reasons first to last, each once', () => {
    const view = cardView({ orgId: 'o1', orgName: 'Acme', role: 'decision-maker', insights: base });
    expect(view).toMatchObject({ tier: 'B', accountTier: true, role: 'decision-maker', orgName: 'Acme' });
    expect(view.reasons.map((r) => r.code)).toEqual([
      'purchase-rhythm',
      'within-rhythm',
      'value-by-bgnbd',
      'account-tier',
    ]);
    expect(view.missing).toEqual([]);
  });

  it('never passes on NaN, infinite or impossible figures, nor reasons that would print them', () => {
    const view = cardView({
      insights: {
        ...base,
        value: Number.NaN,
        clv: Number.POSITIVE_INFINITY,
        pAlive: 1.7,
        valueAtStake: Number.NaN,
        stageReasons: [{ code: 'purchase-rhythm', params: { days: Number.NaN } }, { code: 'one-purchase-only' }],
      },
    });
    expect(view.value).toBeUndefined();
    expect(view.clv).toBeUndefined();
    expect(view.pAlive).toBeUndefined();
    expect(view.valueAtStake).toBeUndefined();
    expect(view.reasons.map((r) => r.code)).toEqual([
      'one-purchase-only',
      'within-rhythm',
      'value-by-bgnbd',
      'account-tier',
    ]);
    expect(view.missing).toEqual(['organisation', 'prediction']);
    expect(JSON.stringify(view)).not.toMatch(/NaN|null/);
  });

  it('a contact at no organisation is said to have none, and no account tier is claimed', () => {
    const view = cardView({ insights: { ...base, valueReasons: [{ code: 'value-by-history' }] } });
    expect(view.accountTier).toBe(false);
    expect(view.missing).toContain('organisation');
  });
});
