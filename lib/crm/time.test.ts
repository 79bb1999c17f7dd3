import { describe, expect, it } from 'vitest';
import { clamp, DAY_MS, daysBetween, elapsedDays, HOUR_MS, isFiniteNumber, median, roundTo } from './time';

describe('time helpers', () => {
  it('defines a day and an hour in milliseconds', () => {
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
    expect(HOUR_MS * 24).toBe(DAY_MS);
  });

  it('daysBetween is signed and fractional, and 0 for non-finite input', () => {
    expect(daysBetween(0, 3 * DAY_MS)).toBe(3);
    expect(daysBetween(3 * DAY_MS, 0)).toBe(-3);
    expect(daysBetween(0, DAY_MS / 2)).toBe(0.5);
    expect(daysBetween(Number.NaN, 0)).toBe(0);
    expect(daysBetween(0, Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('elapsedDays floors and never goes negative', () => {
    expect(elapsedDays(0, 2.9 * DAY_MS)).toBe(2);
    expect(elapsedDays(5 * DAY_MS, 0)).toBe(0);
    expect(elapsedDays(Number.NaN, 0)).toBe(0);
  });

  it('median handles odd, even, unsorted, empty and non-finite input', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
    expect(median([Number.NaN, Number.POSITIVE_INFINITY])).toBeNull();
    expect(median([Number.NaN, 5, 1])).toBe(3);
  });

  it('median does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('clamp bounds values and maps NaN to the minimum', () => {
    expect(clamp(5, 0, 1)).toBe(1);
    expect(clamp(-5, 0, 1)).toBe(0);
    expect(clamp(0.5, 0, 1)).toBe(0.5);
    expect(clamp(Number.NaN, 0, 1)).toBe(0);
  });

  it('isFiniteNumber and roundTo', () => {
    expect(isFiniteNumber(1)).toBe(true);
    expect(isFiniteNumber(Number.NaN)).toBe(false);
    expect(isFiniteNumber('1')).toBe(false);
    expect(roundTo(1.23456, 2)).toBe(1.23);
    expect(roundTo(Number.MAX_VALUE, 2)).toBe(Number.MAX_VALUE);
  });
});
