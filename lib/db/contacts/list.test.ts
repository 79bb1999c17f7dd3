import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import type { Contact, Insights } from '../../schema/records';
import type { CrmDb } from '../open';
import { newContact } from './contacts';
import { type BuildProgress, type ContactList, createContactList } from './list';

const NOW = Date.UTC(2026, 10, 23);
let db: CrmDb;
let fitted: number | undefined;

function person(n: number, name: string, insights: Partial<Insights> | null, extra: Partial<Contact> = {}): Contact {
  const c = newContact({ name, email: `p${n}@x.example`, source: 'manual', orgName: extra.orgName }, `c${n}`, NOW);
  const base: Insights = {
    tier: 'C',
    tierSource: 'computed',
    stage: 'exploration',
    stageSource: 'derived',
    stageReasons: [],
    riskReasons: [],
    value: 0,
    method: 'rfm',
    computedAt: NOW,
  };
  return { ...c, ...extra, ...(insights ? { insights: { ...base, ...insights } } : {}) };
}

const list = () =>
  createContactList(
    async () => db,
    async () => fitted,
  );
const all = { filter: {}, sort: { key: 'name', dir: 'asc' }, offset: 0, limit: 100 } as const;

beforeEach(async () => {
  db = await freshDb();
  fitted = 1;
  await db.put('contacts', person(1, 'Ann Lee', { tier: 'S', value: 900, risk: 'low' }, { orgName: 'Acme' }));
  await db.put('contacts', person(2, 'bob Stone', { tier: 'B', value: 300, risk: 'high' }, { tags: ['VIP'] }));
  await db.put('contacts', person(3, 'Cai Wen', { tier: 'A', value: 600, stage: 'decline' }, { orgName: 'Acme Labs' }));
  await db.put('contacts', person(4, 'Dee Park', null));
});

describe('the contacts table index', () => {
  it('sorts by name whatever the case, and pages by offset', async () => {
    const l = list();
    expect((await l.page(all)).rows.map((r) => r.name)).toEqual(['Ann Lee', 'bob Stone', 'Cai Wen', 'Dee Park']);
    const second = await l.page({ ...all, offset: 2, limit: 1 });
    expect(second).toMatchObject({ total: 4, offset: 2, rows: [{ name: 'Cai Wen' }] });
  });

  it('puts contacts without a value last in both directions', async () => {
    const l = list();
    const desc = await l.page({ ...all, sort: { key: 'value', dir: 'desc' } });
    expect(desc.rows.map((r) => r.value)).toEqual([900, 600, 300, undefined]);
    const asc = await l.page({ ...all, sort: { key: 'value', dir: 'asc' } });
    expect(asc.rows.map((r) => r.value)).toEqual([300, 600, 900, undefined]);
    const tiers = await l.page({ ...all, sort: { key: 'tier', dir: 'asc' } });
    expect(tiers.rows.map((r) => r.tier)).toEqual(['S', 'A', 'B', undefined]);
  });

  it('filters by tier, risk, organisation, tag and words of the name', async () => {
    const l = list();
    const names = async (filter: object) => (await l.page({ ...all, filter })).rows.map((r) => r.name);
    expect(await names({ tiers: ['S', 'A'] })).toEqual(['Ann Lee', 'Cai Wen']);
    expect(await names({ tiers: ['none'] })).toEqual(['Dee Park']);
    expect(await names({ risks: ['high'] })).toEqual(['bob Stone']);
    expect(await names({ org: 'acme' })).toEqual(['Ann Lee', 'Cai Wen']);
    expect(await names({ tag: 'vip' })).toEqual(['bob Stone']);
    expect(await names({ query: 'st bo' })).toEqual(['bob Stone']);
    expect(await names({ query: 'tone' })).toEqual([]);
    expect(await names({ org: 'acme', stages: ['decline'] })).toEqual(['Cai Wen']);
  });

  it('sees an edit, a new contact and a deletion without being told', async () => {
    const l = list();
    const before = await l.page(all);
    const ann = await db.get('contacts', 'c1');
    if (!ann) throw new Error('seeded');
    await db.put('contacts', { ...ann, name: 'Zoe Lee', updatedAt: NOW + 1 });
    await db.put('contacts', person(5, 'Eve Ng', { tier: 'C', value: 10 }, { updatedAt: NOW + 2 }));
    const after = await l.page(all);
    expect(after.version).not.toBe(before.version);
    expect(after.rows.map((r) => r.name)).toEqual(['bob Stone', 'Cai Wen', 'Dee Park', 'Eve Ng', 'Zoe Lee']);
    await db.delete('contacts', 'c2');
    // Counting walks the whole store: a new query checks it, scrolling does not.
    expect((await l.page({ ...all, offset: 1 })).total).toBe(5);
    const fresh = await l.page({ ...all, thorough: true });
    expect(fresh.rows.map((r) => r.name)).toEqual(['Cai Wen', 'Dee Park', 'Eve Ng', 'Zoe Lee']);
  });

  it('rereads everything after a recompute, which rewrites insights without an edit', async () => {
    const l = list();
    await l.page(all);
    const dee = await db.get('contacts', 'c4');
    if (!dee) throw new Error('seeded');
    await db.put('contacts', person(4, 'Dee Park', { tier: 'S', value: 5000 }));
    fitted = 2;
    const top = await l.page({ ...all, sort: { key: 'value', dir: 'desc' }, limit: 1 });
    expect(top.rows[0]).toMatchObject({ name: 'Dee Park', tier: 'S' });
  });

  it('sees a log, which refreshes insights without editing the contact', async () => {
    const l = list();
    await l.page(all);
    const dee = await db.get('contacts', 'c4');
    if (!dee) throw new Error('seeded');
    await db.put('contacts', person(4, 'Dee Park', { tier: 'B', value: 70, stage: 'formation' }));
    await db.put('interactions', {
      id: 'i1',
      contactIds: ['c4'],
      timeline: [['c4', NOW + 5]],
      channel: 'email',
      direction: 'inbound',
      at: NOW + 5,
      createdAt: NOW + 5,
    });
    const page = await l.page({ ...all, filter: { stages: ['formation'] } });
    expect(page.rows.map((r) => r.name)).toEqual(['Dee Park']);
  });

  it('builds once for a burst of requests and keeps the page stable', async () => {
    const l = list();
    const pages = await Promise.all([0, 1, 2, 3].map((offset) => l.page({ ...all, offset, limit: 1 })));
    expect(new Set(pages.map((p) => p.version)).size).toBe(1);
    expect(pages.map((p) => p.rows[0]?.name)).toEqual(['Ann Lee', 'bob Stone', 'Cai Wen', 'Dee Park']);
  });

  it('sorts by organisation only once asked, contacts without one last', async () => {
    const l = list();
    const byOrg = await l.page({ ...all, sort: { key: 'org', dir: 'asc' } });
    expect(byOrg.rows.map((r) => r.orgName ?? r.name)).toEqual(['Acme', 'Acme Labs', 'bob Stone', 'Dee Park']);
  });

  it('finds a contact by the first word of a phrase token, not by a later word inside it', async () => {
    const l = list();
    await db.put('contacts', { ...person(6, 'Fay Oh', null), search: ['grand hotel', 'fay'], updatedAt: NOW + 3 });
    const names = async (query: string) => (await l.page({ ...all, filter: { query } })).rows.map((r) => r.name);
    expect(await names('gra')).toEqual(['Fay Oh']);
    expect(await names('hotel')).toEqual([]);
  });

  it('patches many edited contacts at once', async () => {
    const l = list();
    for (let n = 10; n < 40; n++) await db.put('contacts', person(n, `Guest ${n}`, null));
    expect((await l.page({ ...all, thorough: true })).total).toBe(34);
    const edited = (await db.getAll('contacts')).filter((c) => c.name.startsWith('Guest'));
    for (const c of edited) await db.put('contacts', { ...c, name: `Host ${c.name.slice(6)}`, updatedAt: NOW + 9 });
    const after = await l.page({ ...all, limit: 500 });
    expect(after.total).toBe(34);
    expect(after.rows.filter((r) => r.name.startsWith('Host'))).toHaveLength(30);
  });

  it('tells how far it has read while building, and nothing once built', async () => {
    const seen: (BuildProgress | null)[] = [];
    let l: ContactList | undefined;
    // Each batch of contacts is read with getAll: note the progress as each is asked for.
    const watched = new Proxy(db, {
      get(target, prop) {
        const value = Reflect.get(target, prop);
        if (prop === 'getAll') seen.push(l?.progress() ?? null);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    l = createContactList(
      async () => watched,
      async () => fitted,
    );
    expect(l.progress()).toBeNull();
    expect((await l.page(all)).total).toBe(4);
    expect(seen[0]).toMatchObject({ read: 0 });
    expect(l.progress()).toBeNull();
  });

  it('drops the index when released, and builds it again on the next request', async () => {
    const l = list();
    const before = await l.page(all);
    await l.release();
    await db.delete('contacts', 'c2');
    // Without the index, the next request rereads the book, deletions included, counting or not.
    const after = await l.page({ ...all, offset: 0 });
    expect(after.version).not.toBe(before.version);
    expect(after.rows.map((r) => r.name)).toEqual(['Ann Lee', 'Cai Wen', 'Dee Park']);
  });
});
