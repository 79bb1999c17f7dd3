import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import { seedDemoWorkspace } from '../../demo/seed';
import { TimeSlice } from '../time-slice';
import { recomputeAll } from './insights';

const NOW = Date.UTC(2026, 10, 23);

describe('the full recompute in slices', () => {
  it('answers lookups while it runs and writes in several short transactions', { timeout: 60_000 }, async () => {
    const db = await freshDb();
    await seedDemoWorkspace(db, { now: NOW, replace: false, contacts: 200 });
    for (const c of await db.getAll('contacts')) await db.put('contacts', { ...c, insights: undefined });
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');

    let finished = false;
    let answeredDuring = 0;
    const lookups = (async () => {
      while (!finished) {
        await db.get('contacts', 'contact-000042');
        if (!finished) answeredDuring++;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    })();
    // A zero-length slice: the thread is let go between every page.
    await recomputeAll(db, NOW, {}, new TimeSlice(0));
    finished = true;
    await lookups;

    const writing = transaction.mock.calls.filter(
      ([stores, mode]) => mode === 'readwrite' && [stores].flat().includes('contacts'),
    );
    transaction.mockRestore();
    expect(writing.length).toBeGreaterThan(1);
    expect(answeredDuring).toBeGreaterThan(writing.length);
    expect((await db.getAll('contacts')).every((c) => c.insights?.computedAt === NOW)).toBe(true);
  });

  it('gives the same insights whatever the slices', { timeout: 60_000 }, async () => {
    const [sliced, whole] = await Promise.all([freshDb(), freshDb()]);
    for (const db of [sliced, whole]) await seedDemoWorkspace(db, { now: NOW, replace: false, contacts: 150 });
    const [a, b] = await Promise.all([
      recomputeAll(sliced, NOW, {}, new TimeSlice(0)),
      recomputeAll(whole, NOW, {}, new TimeSlice(Number.POSITIVE_INFINITY)),
    ]);
    expect(a).toEqual(b);
    const insightsOf = async (db: typeof sliced) => (await db.getAll('contacts')).map((c) => [c.id, c.insights]);
    expect(await insightsOf(sliced)).toEqual(await insightsOf(whole));
  });
});
