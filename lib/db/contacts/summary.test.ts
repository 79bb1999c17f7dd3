import { describe, expect, it } from 'vitest';
import { appendRow, emptyColumns, rowAt } from './columns';
import { newContact } from './contacts';
import { rowMatcher } from './query';
import { facetsOf, histogram, summariseColumns } from './summary';

const NOW = Date.UTC(2026, 10, 23);

describe('the overview summary', () => {
  it('buckets value in 1-2-5 steps, with an open last bin', () => {
    const bins = histogram([5, 15, 15, 120, 480, 3000]);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(6);
    expect(bins.at(-1)).toMatchObject({ to: null });
    expect(bins.map((b) => b.from).slice(0, 4)).toEqual([0, 5, 10, 20]);
    expect(bins.find((b) => b.from === 10)?.count).toBe(2);
    expect(histogram([])).toEqual([]);
  });

  it('never draws more than ten bars, however wide the range', () => {
    const values = Array.from({ length: 1000 }, (_, i) => 1.02 ** i);
    const bins = histogram(values);
    expect(bins.length).toBeLessThanOrEqual(10);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(1000);
  });

  it('counts tiers with their value share, stages, risks and predictions', () => {
    let cols = emptyColumns(2);
    const add = (id: string, tier: 'S' | 'C' | null, value: number, tags: string[] = [], orgName?: string) => {
      const c = { ...newContact({ name: id, source: 'manual', orgName }, id, NOW), tags };
      cols = appendRow(
        cols,
        tier
          ? {
              ...c,
              insights: {
                tier,
                tierSource: 'computed',
                stage: 'stability',
                stageSource: 'derived',
                stageReasons: [],
                riskReasons: [],
                value,
                clv: value / 2,
                risk: 'low',
                method: 'bgnbd',
                computedAt: NOW,
              },
            }
          : c,
      );
    };
    add('a', 'S', 1000, ['vip'], 'Acme');
    add('b', 'C', 100, ['vip'], 'Acme');
    add('c', 'C', 50, [], 'Beta');
    add('d', null, 0);
    const s = summariseColumns(cols);
    expect(s.total).toBe(4);
    expect(s.tiers.S).toEqual({ count: 1, value: 1000 });
    expect(s.tiers.C).toEqual({ count: 2, value: 150 });
    expect(s.tiers.none.count).toBe(1);
    expect(s.stages).toMatchObject({ stability: 3, none: 1 });
    expect(s.risks).toMatchObject({ low: 3, none: 1 });
    expect(s.clv.withoutPrediction).toBe(1);
    expect(facetsOf(cols)).toEqual({
      orgs: [
        { name: 'Acme', count: 2 },
        { name: 'Beta', count: 1 },
      ],
      tags: [{ name: 'vip', count: 2 }],
    });
  });
});

describe('prospects in the table and the overview', () => {
  const prospectInsights = {
    tier: 'C' as const,
    tierSource: 'computed' as const,
    stage: 'exploration' as const,
    stageSource: 'derived' as const,
    stageReasons: [],
    riskReasons: [],
    value: 0,
    method: 'none' as const,
    computedAt: NOW,
  };
  it('keeps prospects out of the pyramid, counts them apart, and lets the table show and filter them', () => {
    let cols = emptyColumns(2);
    const contact = (id: string) => newContact({ name: id, source: 'manual' }, id, NOW);
    cols = appendRow(cols, { ...contact('p'), insights: { ...prospectInsights, prospect: true } });
    cols = appendRow(cols, { ...contact('c'), insights: { ...prospectInsights, value: 50 } });
    cols = appendRow(cols, {
      ...contact('o'),
      insights: { ...prospectInsights, prospect: true, tier: 'A', tierSource: 'override' },
    });
    const summary = summariseColumns(cols);
    expect(summary.prospects).toBe(1);
    expect(summary.tiers.C.count).toBe(1);
    expect(summary.tiers.A.count).toBe(1);
    expect(summary.tiers.none.count).toBe(0);
    expect(rowAt(cols, 0)).toMatchObject({ prospect: true });
    expect(rowAt(cols, 0).tier).toBeUndefined();
    expect(rowAt(cols, 1)).toMatchObject({ tier: 'C' });
    expect(rowAt(cols, 1).prospect).toBeUndefined();
    const matches = rowMatcher(cols, { tiers: ['prospect'] });
    expect([0, 1, 2].filter((i) => matches?.(i))).toEqual([0]);
    const small = rowMatcher(cols, { tiers: ['C'] });
    expect([0, 1, 2].filter((i) => small?.(i))).toEqual([1]);
  });
});
