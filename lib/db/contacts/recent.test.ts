import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import type { Interaction } from '../../schema/records';
import type { CrmDb } from '../open';
import { createContact } from './contacts';
import { recentContacts } from './recent';

const NOW = Date.UTC(2026, 10, 23, 12);
let db: CrmDb;
let ids: Record<string, string>;

async function interaction(id: string, contactIds: string[], at: number) {
  const record: Interaction = {
    id,
    contactIds,
    timeline: contactIds.map((c) => [c, at]),
    channel: 'email',
    direction: 'inbound',
    at,
    createdAt: NOW,
  };
  await db.put('interactions', record);
}

beforeEach(async () => {
  db = await freshDb();
  ids = {};
  for (const name of ['Ana', 'Ben', 'Chloé', 'Dev'])
    ids[name] = (await createContact(db, { name, source: 'manual' }, NOW)).id;
});

const names = async (limit: number) => (await recentContacts(db, limit)).map((c) => c.name);

describe('recentContacts', () => {
  it('lists each contact once, by their latest interaction, newest first', async () => {
    await interaction('i1', [ids.Ana as string], NOW - 5000);
    await interaction('i2', [ids.Ben as string, ids.Ana as string], NOW - 1000);
    await interaction('i3', [ids.Chloé as string], NOW - 3000);
    await interaction('i4', [ids.Ben as string], NOW - 500);
    expect(await names(10)).toEqual(['Ben', 'Ana', 'Chloé']);
  });

  it('stops at the limit, even inside one interaction', async () => {
    await interaction('i1', [ids.Ana as string, ids.Ben as string, ids.Chloé as string], NOW);
    await interaction('i2', [ids.Dev as string], NOW - 1000);
    expect(await names(2)).toEqual(['Ana', 'Ben']);
  });

  it('skips contacts that no longer exist', async () => {
    await interaction('i1', ['gone-contact-id-000000000000000'], NOW);
    await interaction('i2', [ids.Dev as string], NOW - 1000);
    expect(await names(5)).toEqual(['Dev']);
  });

  it('is empty before anything was logged', async () => {
    expect(await names(5)).toEqual([]);
  });
});
