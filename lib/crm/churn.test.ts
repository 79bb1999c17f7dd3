import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AtRiskCandidate, atRiskList, churnRisk, winBackPlan } from './churn';
import { DAY_MS } from './time';
import type { Tier } from './types';

const NOW = Date.UTC(2025, 0, 1);
const codes = (risk: { reasons: { code: string }[] }) => risk.reasons.map((reason) => reason.code);

describe('churnRisk from silence against rhythm (no P(alive))', () => {
  it('is low while within the usual rhythm', () => {
    expect(churnRisk({ silenceDays: 10, rhythmDays: 30, tier: 'B' })).toEqual({
      level: 'low',
      score: 0,
      reasons: [{ code: 'p-alive-missing' }, { code: 'within-rhythm', params: { days: 10, usualDays: 30 } }],
    });
  });

  it('rises linearly from one to three times the rhythm', () => {
    expect(churnRisk({ silenceDays: 45, rhythmDays: 30, tier: 'B' })).toMatchObject({ level: 'low', score: 0.25 });
    const twice = churnRisk({ silenceDays: 60, rhythmDays: 30, tier: 'B' });
    expect(twice).toMatchObject({ level: 'medium', score: 0.5 });
    expect(codes(twice)).toContain('silence-longer-than-usual');
    const thrice = churnRisk({ silenceDays: 90, rhythmDays: 30, tier: 'B' });
    expect(thrice).toMatchObject({ level: 'high', score: 1 });
    expect(thrice.reasons).toContainEqual({ code: 'silence-exceeds-rhythm', params: { days: 90, usualDays: 30 } });
    expect(churnRisk({ silenceDays: 5000, rhythmDays: 30, tier: 'B' }).score).toBe(1);
  });

  it('watches key customers more closely', () => {
    const key = churnRisk({ silenceDays: 45, rhythmDays: 30, tier: 'S' });
    expect(key.level).toBe('medium');
    expect(codes(key)).toContain('key-customer-watched-closely');
    expect(churnRisk({ silenceDays: 60, rhythmDays: 30, tier: 'A' }).level).toBe('high');
    expect(codes(churnRisk({ silenceDays: 90, rhythmDays: 30, tier: 'S' }))).not.toContain(
      'key-customer-watched-closely',
    );
  });

  it('uses absolute silence when the rhythm is unknown', () => {
    expect(churnRisk({ silenceDays: 30, rhythmDays: null, tier: 'B' })).toMatchObject({ level: 'low', score: 0 });
    expect(codes(churnRisk({ silenceDays: 30, rhythmDays: null, tier: 'B' }))).toContain('rhythm-unknown');
    const long = churnRisk({ silenceDays: 200, rhythmDays: null, tier: 'B' });
    expect(long.level).toBe('medium');
    expect(long.score).toBeCloseTo(0.4, 3);
    expect(long.reasons).toContainEqual({ code: 'long-silence-no-rhythm', params: { days: 200 } });
    expect(churnRisk({ silenceDays: 400, rhythmDays: 0, tier: 'B' }).score).toBe(1);
  });
});

describe('churnRisk with P(alive)', () => {
  it('weights 1 − P(alive) at 0.6 and silence at 0.4', () => {
    const risk = churnRisk({ pAlive: 0.2, silenceDays: 30, rhythmDays: 30, tier: 'B' });
    expect(risk.score).toBeCloseTo(0.48, 4);
    expect(risk.level).toBe('medium');
    expect(risk.reasons[0]).toEqual({ code: 'low-p-alive', params: { percent: 20 } });
    expect(churnRisk({ pAlive: 0.1, silenceDays: 90, rhythmDays: 30, tier: 'C' })).toMatchObject({
      level: 'high',
      score: 0.94,
    });
  });

  it('relies on P(alive) alone when silence is unknown', () => {
    expect(churnRisk({ pAlive: 0.9, silenceDays: null, rhythmDays: null, tier: 'B' })).toMatchObject({
      level: 'low',
      score: 0.1,
    });
    expect(churnRisk({ pAlive: 0.3, silenceDays: Number.NaN, rhythmDays: 30, tier: 'B' })).toMatchObject({
      level: 'high',
      score: 0.7,
    });
  });

  it('reports and ignores an invalid P(alive)', () => {
    const risk = churnRisk({ pAlive: 1.5, silenceDays: 60, rhythmDays: 30, tier: 'B' });
    expect(codes(risk)).toContain('invalid-p-alive');
    expect(risk.score).toBe(0.5);
    expect(codes(churnRisk({ pAlive: Number.NaN, silenceDays: 60, rhythmDays: 30, tier: 'B' }))).toContain(
      'invalid-p-alive',
    );
  });

  it('says not enough data when it knows nothing', () => {
    const risk = churnRisk({ pAlive: null, silenceDays: -3, rhythmDays: null, tier: 'S' });
    expect(risk).toMatchObject({ level: 'low', score: 0 });
    expect(codes(risk)).toContain('not-enough-data');
  });

  it('always scores between 0 and 1', () => {
    const maybeNumber = fc.option(fc.oneof(fc.double(), fc.integer({ min: -10, max: 1000 })));
    fc.assert(
      fc.property(
        maybeNumber,
        maybeNumber,
        maybeNumber,
        fc.constantFrom<Tier>('S', 'A', 'B', 'C'),
        (pAlive, silenceDays, rhythmDays, tier) => {
          const { score, reasons } = churnRisk({ pAlive, silenceDays, rhythmDays, tier });
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
          for (const reason of reasons) {
            for (const param of Object.values(reason.params ?? {})) expect(Number.isFinite(param)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('churnRisk: chasing, complaints and recommendation', () => {
  const base = { silenceDays: 20, rhythmDays: 30, tier: 'B' as const, pAlive: 0.9 };

  it('raises risk for unanswered follow-ups, and says how many', () => {
    const quiet = churnRisk(base);
    const chased = churnRisk({ ...base, unansweredFollowUps: 6 });
    expect(chased.score).toBeCloseTo(quiet.score + 0.2);
    expect(chased.reasons).toContainEqual({ code: 'unanswered-follow-ups', params: { count: 6, days: 20 } });
    expect(churnRisk({ ...base, unansweredFollowUps: 1 }).score).toBe(quiet.score);
  });

  it('raises risk for open and overdue complaints and detractors, and credits a complaint resolved well', () => {
    const quiet = churnRisk(base).score;
    expect(churnRisk({ ...base, complaints: { open: 1, overdue: 0, resolvedWell: 0 } }).score).toBeCloseTo(
      quiet + 0.15,
    );
    const overdue = churnRisk({ ...base, complaints: { open: 1, overdue: 1, resolvedWell: 0 }, latestNps: 4 });
    expect(overdue.score).toBeCloseTo(quiet + 0.4);
    expect(overdue.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['complaint-overdue-risk', 'detractor-score']),
    );
    const credited = churnRisk({ ...base, silenceDays: 50, complaints: { open: 0, overdue: 0, resolvedWell: 1 } });
    expect(credited.score).toBeCloseTo(churnRisk({ ...base, silenceDays: 50 }).score - 0.1);
    expect(credited.reasons).toContainEqual({ code: 'complaint-resolved-well' });
  });

  it('makes falling volume at least medium risk', () => {
    const falling = churnRisk({ ...base, volumeFalling: true });
    expect(churnRisk(base).level).toBe('low');
    expect(falling.level).toBe('medium');
    expect(falling.reasons).toContainEqual({ code: 'volume-falling-risk' });
  });

  it('is high for a lost customer and for silence past three times the rhythm, whatever P(alive) says', () => {
    expect(churnRisk({ ...base, lost: true }).level).toBe('high');
    expect(churnRisk({ ...base, silenceDays: 95, pAlive: 0.99 }).level).toBe('high');
  });
});

describe('atRiskList', () => {
  const daysAgo = (days: number) => NOW - days * DAY_MS;
  const customers: (AtRiskCandidate & { name: string })[] = [
    { id: 'a', name: 'Key, very late', tier: 'S', value: 1000, lastEventAt: daysAgo(90), rhythmDays: 30 },
    { id: 'b', name: 'Valuable, late', tier: 'C', value: 50_000, lastEventAt: daysAgo(60), rhythmDays: 30 },
    { id: 'c', name: 'On rhythm', tier: 'B', value: 500, lastEventAt: daysAgo(10), rhythmDays: 30 },
    { id: 'd', name: 'Bad customer', tier: 'B', value: 9000, lastEventAt: daysAgo(300), rhythmDays: 30, bad: true },
    { id: 'e', name: 'No value', tier: 'B', value: Number.NaN, lastEventAt: daysAgo(90), rhythmDays: 30 },
    { id: 'f', name: 'Unknown', tier: 'C', value: 10, lastEventAt: null, rhythmDays: null, pAlive: null },
  ];

  it('lists medium and high risks by the value at stake, without bad customers', () => {
    const list = atRiskList(customers, NOW);
    expect(list.map((entry) => entry.id)).toEqual(['b', 'a', 'e']);
    expect(list[0]).toMatchObject({ name: 'Valuable, late', silenceDays: 60, priority: 50_000 });
    expect(list[2]?.priority).toBe(0);
  });

  it('includes low risks on request, still by value at stake', () => {
    expect(atRiskList(customers, NOW, { includeLow: true }).map((entry) => entry.id)).toEqual([
      'b',
      'a',
      'c',
      'f',
      'e',
    ]);
  });

  it('puts a likely-lost key customer first, not last (value at stake, not risk × predicted value)', () => {
    const lostKey: AtRiskCandidate = {
      id: 'k',
      tier: 'S',
      value: 80_000,
      pAlive: 0.05,
      lastEventAt: daysAgo(200),
      rhythmDays: 30,
    };
    const smallLate: AtRiskCandidate = {
      id: 's',
      tier: 'C',
      value: 2_000,
      pAlive: 0.6,
      lastEventAt: daysAgo(70),
      rhythmDays: 30,
    };
    expect(atRiskList([smallLate, lostKey], NOW).map((entry) => entry.id)).toEqual(['k', 's']);
  });

  it('uses a risk computed with everything known when the caller gives one', () => {
    const risk = churnRisk({
      silenceDays: 10,
      rhythmDays: 30,
      tier: 'B',
      complaints: { open: 0, overdue: 1, resolvedWell: 0 },
      latestNps: 3,
    });
    const list = atRiskList([{ id: 'x', tier: 'B', value: 10, lastEventAt: daysAgo(10), rhythmDays: 30, risk }], NOW);
    expect(list[0]?.risk).toBe(risk);
  });

  it('breaks ties by risk, then tier, then id', () => {
    const tied: AtRiskCandidate[] = [
      { id: 'z', tier: 'C', value: 0, lastEventAt: daysAgo(90), rhythmDays: 30 },
      { id: 'y', tier: 'S', value: 0, lastEventAt: daysAgo(90), rhythmDays: 30 },
      { id: 'x', tier: 'S', value: 0, lastEventAt: daysAgo(90), rhythmDays: 30 },
    ];
    expect(atRiskList(tied, NOW).map((entry) => entry.id)).toEqual(['x', 'y', 'z']);
  });

  it('handles an empty list and last events in the future', () => {
    expect(atRiskList([], NOW)).toEqual([]);
    const future: AtRiskCandidate = { id: 'f', tier: 'B', value: 1, lastEventAt: NOW + DAY_MS, rhythmDays: 30 };
    expect(atRiskList([future], NOW, { includeLow: true })[0]).toMatchObject({ silenceDays: 0 });
  });
});

describe('winBackPlan', () => {
  const at = (days: number) => NOW + days * DAY_MS;

  it('must win back key customers: call in 2 days, visit in 7, tailored offer, check back', () => {
    for (const tier of ['S', 'A'] as const) {
      expect(winBackPlan(tier, false, 'high', NOW)).toEqual({
        strategy: 'must-win-back',
        steps: [
          { code: 'personal-call', dueAt: at(2) },
          { code: 'visit-or-meeting', dueAt: at(7) },
          { code: 'tailored-offer', dueAt: at(10) },
          { code: 'check-back', dueAt: at(30) },
        ],
      });
    }
  });

  it('tries hard for normal customers and allows twice as long at medium risk', () => {
    expect(winBackPlan('B', false, 'high', NOW).steps).toEqual([
      { code: 'call-or-email', dueAt: at(5) },
      { code: 'offer', dueAt: at(10) },
      { code: 'check-back', dueAt: at(30) },
    ]);
    expect(winBackPlan('B', false, { level: 'medium' }, NOW)).toEqual({
      strategy: 'try-hard',
      steps: [
        { code: 'call-or-email', dueAt: at(10) },
        { code: 'offer', dueAt: at(20) },
        { code: 'check-back', dueAt: at(60) },
      ],
    });
  });

  it('wins back small customers only cheaply', () => {
    expect(winBackPlan('C', false, 'high', NOW)).toEqual({
      strategy: 'when-cheap',
      steps: [{ code: 'automated-email', dueAt: at(14) }],
    });
  });

  it('lets bad customers go, whatever their tier', () => {
    expect(winBackPlan('S', true, 'high', NOW)).toEqual({ strategy: 'let-go', steps: [] });
  });

  it('needs no steps at low risk', () => {
    expect(winBackPlan('S', false, churnRisk({ silenceDays: 1, rhythmDays: 30, tier: 'S' }), NOW)).toEqual({
      strategy: 'must-win-back',
      steps: [],
    });
  });
});
