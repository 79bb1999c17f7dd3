import { describe, expect, it } from 'vitest';
import { cadenceDaysFor, DEFAULT_CADENCE_DAYS, dueFollowUps, nextFollowUp } from './cadence';
import { DAY_MS } from './time';
import type { Tier } from './types';

const NOW = Date.UTC(2025, 0, 1);
const daysAgo = (days: number) => NOW - days * DAY_MS;

describe('nextFollowUp', () => {
  it('is due one cadence after the last touch, by tier', () => {
    expect(DEFAULT_CADENCE_DAYS).toEqual({ S: 7, A: 14, B: 30, C: 90 });
    expect(nextFollowUp(daysAgo(3), 'S', NOW)).toEqual({
      due: daysAgo(3) + 7 * DAY_MS,
      overdueDays: 0,
      cadenceDays: 7,
    });
    expect(nextFollowUp(daysAgo(3), 'C', NOW).due).toBe(daysAgo(3) + 90 * DAY_MS);
  });

  it('counts whole overdue days', () => {
    expect(nextFollowUp(daysAgo(10), 'S', NOW).overdueDays).toBe(3);
    expect(nextFollowUp(daysAgo(7), 'S', NOW).overdueDays).toBe(0);
    expect(nextFollowUp(daysAgo(7.5), 'S', NOW).overdueDays).toBe(0);
    expect(nextFollowUp(daysAgo(45), 'B', NOW).overdueDays).toBe(15);
  });

  it('is due now for a contact never touched', () => {
    expect(nextFollowUp(null, 'A', NOW)).toEqual({ due: NOW, overdueDays: 0, cadenceDays: 14 });
    expect(nextFollowUp(Number.NaN, 'A', NOW).due).toBe(NOW);
  });

  it('treats a touch in the future as a touch now', () => {
    expect(nextFollowUp(NOW + 100 * DAY_MS, 'S', NOW).due).toBe(NOW + 7 * DAY_MS);
  });

  it('uses a configured cadence and falls back to the default for bad entries', () => {
    expect(nextFollowUp(daysAgo(0), 'B', NOW, { S: 3, A: 10, B: 20, C: 60 }).cadenceDays).toBe(20);
    expect(cadenceDaysFor('B', { S: 3, A: 10, B: 0, C: 60 })).toBe(30);
    expect(cadenceDaysFor('B', { S: 3, A: 10, B: Number.NaN, C: 60 })).toBe(30);
    expect(cadenceDaysFor('C', { S: 3 })).toBe(90);
  });
});

describe('dueFollowUps', () => {
  const contacts: { id: string; tier: Tier; lastTouch: number | null; name: string }[] = [
    { id: 'fresh', tier: 'S', lastTouch: daysAgo(1), name: 'Fresh' },
    { id: 'late-b', tier: 'B', lastTouch: daysAgo(40), name: 'Late B' },
    { id: 'very-late-s', tier: 'S', lastTouch: daysAgo(30), name: 'Very late S' },
    { id: 'never', tier: 'C', lastTouch: null, name: 'Never' },
    { id: 'c-ok', tier: 'C', lastTouch: daysAgo(60), name: 'C ok' },
  ];

  it('lists only due contacts, most overdue first, keeping their own fields', () => {
    const due = dueFollowUps(contacts, NOW);
    expect(due.map((item) => item.id)).toEqual(['very-late-s', 'late-b', 'never']);
    expect(due[0]).toMatchObject({ name: 'Very late S', overdueDays: 23 });
  });

  it('looks ahead with withinDays', () => {
    expect(dueFollowUps(contacts, NOW, DEFAULT_CADENCE_DAYS, 7).map((item) => item.id)).toEqual([
      'very-late-s',
      'late-b',
      'never',
      'fresh',
    ]);
  });

  it('orders equal due dates by tier, then id', () => {
    const same = daysAgo(100);
    const tied = [
      { id: 'z', tier: 'S' as Tier, lastTouch: same + 83 * DAY_MS },
      { id: 'b', tier: 'C' as Tier, lastTouch: same },
      { id: 'a', tier: 'C' as Tier, lastTouch: same },
    ];
    expect(dueFollowUps(tied, NOW).map((item) => item.id)).toEqual(['z', 'a', 'b']);
  });

  it('returns an empty list for no contacts', () => {
    expect(dueFollowUps([], NOW)).toEqual([]);
  });
});
