import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import type { CrmDb } from '../open';
import { SHELF_SIZE, shelfLines, shelvedIds, shelvesOf, shelveWords } from './word-shelves';

const read = async (db: CrmDb, start: string) => {
  const ids: string[] = [];
  for await (const id of shelvedIds(db.transaction('wordShelves').store, start)) ids.push(id);
  return ids;
};

describe('word shelves', () => {
  it('files each word under its first three letters, as "word NUL id", sorted', async () => {
    const byShelf = await shelfLines([
      ['c1', ['ann', 'lee', 'acme.com']],
      ['c2', ['annabel', 'li']],
    ]);
    expect(Object.fromEntries(byShelf)).toEqual({
      ann: ['ann\u0000c1', 'annabel\u0000c2'],
      lee: ['lee\u0000c1'],
      acm: ['acme.com\u0000c1'],
      li: ['li\u0000c2'],
    });
  });

  it('splits a prefix into shelves of at most SHELF_SIZE lines', () => {
    const lines = Array.from({ length: SHELF_SIZE * 2 + 3 }, (_, i) => `ann${String(i).padStart(5, '0')}\u0000c${i}`);
    const shelves = shelvesOf('ann', lines);
    expect(shelves.map((s) => [s.part, s.lines.length])).toEqual([
      [0, SHELF_SIZE],
      [1, SHELF_SIZE],
      [2, 3],
    ]);
    expect(shelves.flatMap((s) => s.lines)).toEqual(lines);
  });

  it('finds the ids of words starting with a prefix of any length, in word order, across shelves and imports', async () => {
    const db = await freshDb();
    const many = Array.from({ length: SHELF_SIZE + 20 }, (_, i) => [`m${i}`, ['marta']] as const);
    const shelve = async (words: Parameters<typeof shelfLines>[0]) => {
      const lines = await shelfLines(words);
      await shelveWords(db.transaction('wordShelves', 'readwrite').store, lines);
    };
    await shelve([['c1', ['ann', 'lee']], ['c2', ['annabel', 'anders']], ...many]);
    // A second import: new lines go in among the old ones, a line already there stays one line.
    await shelve([
      ['c3', ['anna', 'mart']],
      ['c1', ['ann']],
    ]);
    expect(await read(db, 'ann')).toEqual(['c1', 'c3', 'c2']);
    expect(await read(db, 'an')).toEqual(['c2', 'c1', 'c3', 'c2']);
    expect(await read(db, 'annab')).toEqual(['c2']);
    expect(await read(db, 'lee')).toEqual(['c1']);
    expect(await read(db, 'l')).toEqual(['c1']);
    expect(await read(db, 'zed')).toEqual([]);
    const marta = await read(db, 'marta');
    expect(marta).toHaveLength(SHELF_SIZE + 20);
    expect(new Set(marta)).toEqual(new Set(many.map(([id]) => id)));
    expect(await read(db, 'mart')).toEqual(['c3', ...marta]);
    // ann, and, lee, and two shelves of mar.
    expect(await db.count('wordShelves')).toBe(5);
  });
});

describe('a large import on the shelves', () => {
  it('puts every line of many prefixes on them, step by step', async () => {
    const db = await freshDb();
    const prefixes = Array.from({ length: 120 }, (_, p) => `w${String(p).padStart(2, '0')}`);
    const words = Array.from({ length: 3_000 }, (_, i) => [`c${i}`, [`${prefixes[i % 120]}a`, `z${i % 7}`]] as const);
    await shelveWords(db.transaction('wordShelves', 'readwrite').store, await shelfLines(words));
    // "w11" holds w11a and w110a … w119a.
    for (const [prefix, count] of [
      ['w00', 25],
      ['w57', 25],
      ['w11', 275],
      ['w119', 25],
    ] as const) {
      const ids: string[] = [];
      for await (const id of shelvedIds(db.transaction('wordShelves').store, prefix)) ids.push(id);
      expect(ids).toHaveLength(count);
    }
    const zs: string[] = [];
    for await (const id of shelvedIds(db.transaction('wordShelves').store, 'z')) zs.push(id);
    expect(zs).toHaveLength(3_000);
  });
});
