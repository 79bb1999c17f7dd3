import { describe, expect, it } from 'vitest';
import { appendRow, compactHaystack, emptyColumns, NO_TAGS, rowAt, rowFinder, trimColumns } from './columns';
import { newContact } from './contacts';
import { utf8 } from './text-column';

const NOW = Date.UTC(2026, 10, 23);
const contact = (id: string, name: string, orgName?: string) =>
  newContact({ name, email: `${id}@x.example`, source: 'manual', orgName }, id, NOW);

describe('the contacts table columns', () => {
  it('keeps search words, phrases cut to their first word, each once', () => {
    expect(compactHaystack(['ann lee', 'ann', 'lee', 'ann@x.example', 'acme labs'])).toBe(
      '\nann\nlee\nann@x.example\nacme',
    );
    expect(compactHaystack([])).toBe('');
  });

  it('shares the organisation names and the empty tag list, and trims to the rows it holds', () => {
    let cols = emptyColumns(1);
    for (let n = 0; n < 5; n++) cols = appendRow(cols, contact(`c${n}`, `Person ${n}`, 'Acme Labs'));
    expect(cols.tiers.length).toBeGreaterThan(5);
    cols = trimColumns(cols);
    expect(cols.size).toBe(5);
    expect([cols.tiers.length, cols.values.length, cols.haystacks.capacity]).toEqual([5, 5, 5]);
    expect(cols.tags.every((t) => t === NO_TAGS)).toBe(true);
    expect(Object.isFrozen(NO_TAGS)).toBe(true);
    expect(rowAt(cols, 3)).toMatchObject({ id: 'c3', name: 'Person 3', orgName: 'Acme Labs', tags: [] });
    expect(cols.haystacks.includes(3, utf8('\nperson'))).toBe(true);
  });

  it('finds the row of an id by scanning for a few and through a map for many', () => {
    let cols = emptyColumns(0);
    for (let n = 0; n < 40; n++) cols = appendRow(cols, contact(`c${n}`, `P${n}`));
    for (const howMany of [1, 100]) {
      const rowOf = rowFinder(cols, howMany);
      expect([rowOf('c0'), rowOf('c39'), rowOf('nobody')]).toEqual([0, 39, undefined]);
    }
  });
});
