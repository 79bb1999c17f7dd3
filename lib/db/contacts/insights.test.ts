import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import { seedDemoWorkspace } from '../../demo/seed';
import { putInteraction } from '../interactions/put';
import { loadHistories, recomputeAll, refreshInsights } from './insights';

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

describe('recomputing every contact', () => {
  it('writes insights to every contact, then rewrites only the ones that change', { timeout: 30_000 }, async () => {
    const db = await freshDb();
    await seedDemoWorkspace(db, { now: NOW, replace: false, contacts: 600 });
    for (const c of await db.getAll('contacts')) await db.put('contacts', { ...c, insights: undefined });
    await recomputeAll(db, NOW);
    const first = await db.getAll('contacts');
    expect(first.every((c) => c.insights?.computedAt === NOW)).toBe(true);

    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    await recomputeAll(db, NOW);
    expect(puts).not.toHaveBeenCalled();

    const changed = first.find((c) => c.insights?.tier === 'S');
    if (!changed) throw new Error('the demo has key customers');
    await db.put('contacts', { ...changed, tierOverride: { tier: 'C', reason: 'Went to a competitor' } });
    puts.mockClear();
    await recomputeAll(db, NOW);
    expect((await db.get('contacts', changed.id))?.insights?.tier).toBe('C');
    expect(puts.mock.calls.length).toBeGreaterThan(0);
    expect(puts.mock.calls.length).toBeLessThan(first.length / 10);
    puts.mockRestore();
  });
});

describe('what the rules are given', () => {
  it('passes the direction through: the rep chasing never moves the last activity', async () => {
    const db = await freshDb();
    await seedDemoWorkspace(db, { now: NOW, replace: false, contacts: 60 });
    await recomputeAll(db, NOW);
    const before = (await db.getAll('contacts')).find((c) => c.insights?.lastActivity !== undefined);
    if (!before?.insights) throw new Error('the demo has buyers');
    for (let k = 1; k <= 8; k++) {
      const at = NOW - k * 86_400_000 + 3_600_000;
      const tx = db.transaction(['interactions', 'contactTouches', 'revisions'], 'readwrite');
      await putInteraction(tx, {
        id: `chase-${k}`,
        contactIds: [before.id],
        timeline: [[before.id, at]],
        channel: 'email',
        direction: 'outbound',
        at,
        createdAt: at,
      });
      await tx.done;
    }
    const [history] = await loadHistories(db, new Set([before.id]));
    const chases = Array.from({ length: 8 }, (_, k) => NOW - (k + 1) * 86_400_000 + 3_600_000);
    expect(history?.touches).toEqual(expect.arrayContaining(chases));
    expect(history?.inbound?.filter((at) => chases.includes(at))).toEqual([]);
    await recomputeAll(db, NOW);
    const after = await db.get('contacts', before.id);
    expect(after?.insights?.lastActivity).toBe(before.insights.lastActivity);
    expect(after?.insights?.lastTouch).toBe(NOW - 86_400_000 + 3_600_000);
  });
});

describe('refreshing a few contacts', () => {
  it("keeps the account tier and prospect flag of the last full ranking (a colleague's orders count)", async () => {
    const db = await freshDb();
    await seedDemoWorkspace(db, { now: NOW, replace: false, contacts: 120 });
    const model = await recomputeAll(db, NOW);
    const buyers = new Set((await db.getAll('deals')).filter((d) => d.status === 'won').map((d) => d.contactId));
    const atBuyingAccount = (await db.getAll('contacts')).find(
      (c) => c.orgId && !buyers.has(c.id) && c.insights && !c.insights.prospect,
    );
    if (!atBuyingAccount?.insights) throw new Error('the demo has people at accounts where colleagues buy');
    await refreshInsights(db, [atBuyingAccount.id], NOW, model);
    const after = (await db.get('contacts', atBuyingAccount.id))?.insights;
    expect(after?.prospect).toBeUndefined();
    expect(after?.tier).toBe(atBuyingAccount.insights.tier);
  });
});
