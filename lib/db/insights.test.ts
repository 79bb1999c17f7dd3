import { describe, expect, it } from 'vitest';
import { seedDemoWorkspace } from '../demo/seed';
import { loadHistories } from './insights';
import { freshDb } from './test-db';

const NOW = Date.UTC(2026, 10, 23);
const sorted = (h: { touches: number[]; purchases: { at: number }[] }) => ({
  ...h,
  touches: [...h.touches].sort((a, b) => a - b),
  purchases: [...h.purchases].sort((a, b) => a.at - b.at),
});

describe('loading customer histories', () => {
  it('reads the same history for a few contacts through the indexes as the full walk does', async () => {
    const db = await freshDb();
    await seedDemoWorkspace(db, { now: NOW, replace: false, contacts: 60 });
    const full = new Map((await loadHistories(db)).map((h) => [h.id, sorted(h)]));
    expect(full.size).toBe(60);
    const some = new Set(['contact-000000', 'contact-000007', 'contact-000042', 'missing']);
    const partial = await loadHistories(db, some);
    expect(partial.map((h) => h.id).sort()).toEqual(['contact-000000', 'contact-000007', 'contact-000042']);
    for (const h of partial) expect(sorted(h)).toEqual(full.get(h.id));
    expect(partial.some((h) => h.touches.length > 0 && h.purchases.length > 0)).toBe(true);
  });
});
