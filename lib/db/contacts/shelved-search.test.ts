import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import { draft, sequentialIds } from '../../../tests/kit/import-drafts';
import { exportPage } from '../export-page';
import { commitImport } from '../import/commit';
import { beginJob, stageChunk } from '../import/jobs';
import type { CrmDb } from '../open';
import { applyRestore } from '../restore/apply';
import { createContact, searchContacts } from './contacts';
import { updateContactFields } from './edit';
import { recomputeAll } from './insights';
import { mergeContacts } from './merge';
import { namesakes } from './namesakes';

const NOW = Date.UTC(2026, 11, 1, 9);
const MERGE = { existing: 'merge', inFile: 'merge' } as const;
let db: CrmDb;

async function importRows(rows: ReturnType<typeof draft>[]) {
  const jobId = await beginJob(db, 'import', NOW);
  await stageChunk(db, jobId, 0, { store: 'drafts', records: rows }, NOW);
  return commitImport(db, jobId, MERGE, { now: NOW, newId: sequentialIds('imported') });
}

const found = async (query: string) => {
  const ids = (await searchContacts(db, query, 20)).map((c) => c.id);
  expect((await namesakes(db, query, 20)).map((c) => c.id)).toEqual(ids);
  return ids;
};

beforeEach(async () => {
  db = await freshDb();
  await createContact(db, { name: 'Grace Typed', email: 'grace@typed.example', source: 'manual' }, NOW);
  await importRows([
    draft(2, { name: 'Grace Green', emails: ['grace.green@acme.example'], orgName: 'Acme', title: 'Buyer' }),
    draft(3, { name: 'Gregor Lee', emails: ['gregor@north.example'] }),
    draft(4, { name: "Seán O'Brien", emails: [] }),
  ]);
});

describe('contacts an import adds', () => {
  it('keep their words on the shelves, not in the search index, and are found by them', async () => {
    const imported = (await db.getAll('contacts')).filter((c) => c.id.startsWith('imported'));
    expect(imported).toHaveLength(3);
    for (const contact of imported) expect(contact.search).toEqual([]);
    expect(await db.getAllKeysFromIndex('contacts', 'search', IDBKeyRange.bound('gr', 'gr\uffff'))).toHaveLength(1);
    const typed = (await db.getAllFromIndex('contacts', 'emails', 'grace@typed.example'))[0]?.id;
    expect(await found('gra')).toEqual([typed, 'imported-1']);
    expect(await found('grace green')).toEqual(['imported-1']);
    expect(await found('buyer acme')).toEqual(['imported-1']);
    expect(await found('acme.example')).toEqual(['imported-1']);
    expect(await found('north')).toEqual(['imported-2']);
    expect(await found('gr')).toEqual([typed, 'imported-1', 'imported-2']);
    expect(await found("o'brien")).toEqual(['imported-3']);
    expect(await found('sean')).toEqual(['imported-3']);
  });

  it('stay off the index when a refit rewrites them, and go back on it when their words change', async () => {
    await recomputeAll(db, NOW + 1000);
    const refitted = await db.get('contacts', 'imported-1');
    expect(refitted?.insights).toBeDefined();
    expect(refitted?.search).toEqual([]);
    expect(await found('grace green')).toEqual(['imported-1']);

    await updateContactFields(db, 'imported-1', { title: 'Head of Purchasing' }, NOW + 2000);
    expect((await db.get('contacts', 'imported-1'))?.search).toContain('purchasing');
    // The shelf still says "buyer": the contact is judged by its words now.
    expect(await found('buyer')).toEqual([]);
    expect(await found('grace purchasing')).toEqual(['imported-1']);
    expect(await found('grace')).toHaveLength(2);
  });

  it('are not found once merged away', async () => {
    await mergeContacts(db, 'imported-1', 'imported-2', NOW + 1000);
    // The kept contact took Gregor's address; Gregor's own record, still on the shelf, is gone.
    expect(await found('gregor')).toEqual(['imported-1']);
    expect(await found('lee')).toEqual([]);
  });

  it('are found by their words after the book is restored from a backup', async () => {
    const contacts = await db.getAll('contacts');
    const jobId = await beginJob(db, 'restore', NOW, { contacts: contacts.length });
    await stageChunk(db, jobId, 0, { store: 'contacts', records: contacts }, NOW);
    await applyRestore(db, jobId);
    expect(await db.count('wordShelves')).toBe(0);
    expect((await db.get('contacts', 'imported-1'))?.search).toContain('green');
    expect(await found('grace green')).toEqual(['imported-1']);
  });

  it('leave in an export with their words in `search`, as their schema has it', async () => {
    const { records } = await exportPage(db, 'contacts', undefined, 10);
    const grace = records.find((c) => c.id === 'imported-1');
    expect(grace?.search).toEqual(expect.arrayContaining(['grace', 'green', 'acme', 'buyer']));
    expect(grace).not.toHaveProperty('shelved');
  });
});
