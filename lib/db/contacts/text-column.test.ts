import { describe, expect, it } from 'vitest';
import { TextColumn, utf8 } from './text-column';

describe('a column of text kept as bytes', () => {
  it('gives back what was written, any script, and undefined for an absent row', () => {
    const col = new TextColumn(4);
    col.set(0, 'ann lee');
    col.set(1, '王小明 café');
    col.set(3, '');
    expect([col.get(0), col.get(1), col.get(2), col.get(3)]).toEqual(['ann lee', '王小明 café', undefined, '']);
  });

  it('finds a pattern inside one row only, never across the next', () => {
    const col = new TextColumn(2);
    col.set(0, '\nann\nlee');
    col.set(1, '\nwang\n小明');
    expect(col.includes(0, utf8('\nle'))).toBe(true);
    expect(col.includes(0, utf8('\nee'))).toBe(false);
    expect(col.includes(0, utf8('lee\nwa'))).toBe(false);
    expect(col.includes(1, utf8('\n小'))).toBe(true);
    expect(col.includes(1, utf8('\n明'))).toBe(false);
  });

  it('grows past its first guess, keeps rows when resized, and rewrites a row', () => {
    let col = new TextColumn(1);
    col.set(0, 'x'.repeat(500));
    col = col.resized(3);
    col.set(1, 'second');
    col.set(0, 'first, rewritten');
    expect([col.get(0), col.get(1), col.get(2)]).toEqual(['first, rewritten', 'second', undefined]);
    expect(col.resized(1).get(0)).toBe('first, rewritten');
    expect(col.resized(1).capacity).toBe(1);
  });
});
