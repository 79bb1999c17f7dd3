import { beforeEach, describe, expect, it } from 'vitest';
import { readInPages, recordContactPages } from '../../../tests/kit/contact-pages';
import { freshDb } from '../../../tests/kit/db';
import { draft, sequentialIds } from '../../../tests/kit/import-drafts';
import { newContact } from '../contacts/contacts';
import type { CrmDb } from '../open';
import { commitImport } from './commit';
import { beginJob, stageChunk } from './jobs';
import { summariseImport } from './plan';

const NOW = Date.UTC(2026, 10, 23, 9);
const MERGE = { existing: 'merge', inFile: 'merge' } as const;
let db: CrmDb;

const ROWS = [
  draft(2, { name: 'Ann L.', emails: ['ann@acme.example'], title: 'CFO' }),
  draft(3, { name: 'Bob', emails: ['bob@globex.example'] }),
  draft(4, { name: 'Bobby', emails: ['bob@globex.example'], phones: ['+1 555 0199'] }),
];

async function stage(): Promise<string> {
  const jobId = await beginJob(db, 'import', NOW);
  await stageChunk(db, jobId, 0, { store: 'drafts', records: ROWS }, NOW);
  return jobId;
}

const clock = () => ({ now: NOW + 1000, newId: sequentialIds() });

beforeEach(async () => {
  db = await freshDb();
  await db.put('contacts', newContact({ name: 'Ann Lee', email: 'ann@acme.example', source: 'manual' }, 'ann', NOW));
});

describe('the plan shown is the plan committed', () => {
  it('commits from the kept plan with the same result as a plan made afresh', async () => {
    const fresh = await commitImport(db, await stage(), MERGE, clock());
    const afresh = await db.getAll('contacts');

    db = await freshDb();
    await db.put('contacts', newContact({ name: 'Ann Lee', email: 'ann@acme.example', source: 'manual' }, 'ann', NOW));
    const jobId = await stage();
    await summariseImport(db, jobId);
    expect(await commitImport(db, jobId, MERGE, clock())).toEqual(fresh);
    expect(await db.getAll('contacts')).toEqual(afresh);
  });

  it('plans again when a contact was added after the plan was shown', async () => {
    const jobId = await stage();
    expect((await summariseImport(db, jobId)).new).toBe(1);
    await db.put('contacts', newContact({ name: 'Bob G.', email: 'bob@globex.example', source: 'manual' }, 'bob', NOW));
    const outcome = await commitImport(db, jobId, MERGE, clock());
    expect(outcome).toMatchObject({ created: 0, updated: 2 });
    expect(await db.getAllFromIndex('contacts', 'emails', 'bob@globex.example')).toHaveLength(1);
  });

  it('plans again when rows were staged after the plan was shown', async () => {
    const jobId = await beginJob(db, 'import', NOW);
    await stageChunk(db, jobId, 0, { store: 'drafts', records: ROWS }, NOW);
    await summariseImport(db, jobId);
    await stageChunk(
      db,
      jobId,
      1,
      { store: 'drafts', records: [draft(5, { name: 'Cy', emails: ['cy@x.example'] })] },
      NOW + 5,
    );
    expect((await commitImport(db, jobId, MERGE, clock())).created).toBe(2);
  });

  it('plans again a page of contacts at a time, in a book larger than one page', async () => {
    const tx = db.transaction('contacts', 'readwrite');
    for (let i = 0; i < 1_200; i++) {
      const email = `p${i}@big.example`;
      void tx.store.put(
        newContact({ name: `Person ${i}`, email, source: 'manual' }, `c${String(i).padStart(4, '0')}`, NOW),
      );
    }
    await tx.done;
    const jobId = await beginJob(db, 'import', NOW);
    await stageChunk(
      db,
      jobId,
      0,
      { store: 'drafts', records: [draft(2, { emails: ['p1150@big.example'], title: 'CTO' })] },
      NOW,
    );
    await summariseImport(db, jobId);
    await db.put('contacts', newContact({ name: 'Bob G.', email: 'bob@globex.example', source: 'manual' }, 'bob', NOW));
    const pages = recordContactPages();
    try {
      expect(await commitImport(db, jobId, MERGE, clock())).toMatchObject({ created: 0, updated: 1 });
    } finally {
      pages.stop();
    }
    expect(await db.get('contacts', 'c1150')).toMatchObject({ title: 'CTO' });
    expect(readInPages(pages.sizes, 3)).toBe(true);
  });
});
