import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import { draft, sequentialIds } from '../../../tests/kit/import-drafts';
import type { Contact } from '../../schema/records';
import { newContact, searchContacts } from '../contacts/contacts';
import type { CrmDb } from '../open';
import { SLICE } from '../write-in-slices';
import { COMMIT_PACE, commitImport } from './commit';
import { beginJob, cancelJob, cleanStaleJobs, STALE_JOB_MS, stageChunk } from './jobs';
import { summariseImport } from './plan';

const NOW = Date.UTC(2026, 10, 23, 9);
const MERGE = { existing: 'merge', inFile: 'merge' } as const;
let db: CrmDb;

beforeEach(async () => {
  db = await freshDb();
});

async function stage(drafts: ReturnType<typeof draft>[], chunkSize = 2): Promise<string> {
  const jobId = await beginJob(db, 'import', NOW);
  for (let seq = 0; seq * chunkSize < drafts.length; seq++) {
    await stageChunk(
      db,
      jobId,
      seq,
      { store: 'drafts', records: drafts.slice(seq * chunkSize, (seq + 1) * chunkSize) },
      NOW,
    );
  }
  return jobId;
}

const clock = (newId = sequentialIds()) => ({ now: NOW + 1000, newId });
const names = async () => (await db.getAll('contacts')).map((c) => c.name).sort();

describe('staging and committing an import', () => {
  it('keeps staged rows out of the workspace until the commit moves them all in one go', async () => {
    const jobId = await stage([draft(2), draft(3), draft(4), draft(5), draft(6)]);
    expect(await db.count('contacts')).toBe(0);
    expect(await db.count('importChunks')).toBe(3);

    const outcome = await commitImport(db, jobId, MERGE, clock());
    expect(outcome).toMatchObject({ created: 5, updated: 0, skipped: 0 });
    expect(await names()).toEqual(['Person 2', 'Person 3', 'Person 4', 'Person 5', 'Person 6']);
    expect(await db.count('importChunks')).toBe(0);
    expect(await db.count('importJobs')).toBe(0);
    await expect(commitImport(db, jobId, MERGE, clock())).rejects.toThrow('import-not-found');
  });

  it('replaces a chunk sent twice instead of importing it twice', async () => {
    const jobId = await stage([draft(2), draft(3)]);
    await stageChunk(db, jobId, 0, { store: 'drafts', records: [draft(2), draft(3)] }, NOW);
    expect((await commitImport(db, jobId, MERGE, clock())).created).toBe(2);
  });

  it('cancelling drops the staged rows and never touches contacts', async () => {
    await db.put('contacts', newContact({ name: 'Kept', source: 'manual' }, 'kept', NOW));
    const jobId = await stage([draft(2), draft(3), draft(4)]);
    expect(await cancelJob(db, jobId)).toBe(true);
    expect(await db.count('importChunks')).toBe(0);
    expect(await names()).toEqual(['Kept']);
    await expect(stageChunk(db, jobId, 5, { store: 'drafts', records: [draft(9)] }, NOW)).rejects.toThrow(
      'import-not-found',
    );
    expect(await cancelJob(db, jobId)).toBe(false);
  });

  it('cleans journals idle for over an hour, and only those', async () => {
    const old = await beginJob(db, 'import', NOW - STALE_JOB_MS - 1);
    await stageChunk(db, old, 0, { store: 'drafts', records: [draft(2)] }, NOW - STALE_JOB_MS - 1);
    const fresh = await stage([draft(2)]);
    expect(await cleanStaleJobs(db, NOW)).toBe(1);
    expect(await db.getAllKeys('importJobs')).toEqual([fresh]);
    expect(await db.getAllKeys('importChunks')).toEqual([[fresh, 0]]);
    expect(await db.count('contacts')).toBe(0);
  });

  it('a failing write in the middle leaves the database exactly as before', async () => {
    const existing = newContact({ name: 'Existing', email: 'old@acme.example', source: 'manual' }, 'old', NOW);
    await db.put('contacts', existing);
    const jobId = await stage([draft(2, { orgName: 'Globex' }), draft(3), draft(4), draft(5)]);
    const ids = sequentialIds();
    let calls = 0;
    // The third new contact gets no key the store can use: its put fails after earlier writes were queued.
    const failing = () => (++calls === 3 ? (undefined as unknown as string) : ids());

    await expect(commitImport(db, jobId, MERGE, clock(failing))).rejects.toThrow();
    expect(await db.getAll('contacts')).toEqual([existing]);
    expect(await db.count('organisations')).toBe(0);
    expect(await db.count('importChunks')).toBe(2);
    expect((await commitImport(db, jobId, MERGE, clock())).created).toBe(4);
  });

  it('reports its progress chunk by chunk and, cancelled half way, keeps nothing', async () => {
    const rows = Array.from({ length: SLICE + 500 }, (_, k) => draft(k + 2, { emails: [`p${k}@x.example`] }));
    const jobId = await stage(rows, 1000);
    const controller = new AbortController();
    const seen: [number, number][] = [];
    const progress = {
      signal: controller.signal,
      onProgress: (done: number, total: number) => {
        seen.push([done, total]);
        if (done >= SLICE) controller.abort();
      },
    };
    // One batch a transaction, as when the sidebar asks for the database all the time.
    const cancelled = commitImport(db, jobId, MERGE, clock(), progress, { ...COMMIT_PACE, chunkMs: 0 });
    await expect(cancelled).rejects.toThrow('import-cancelled');
    expect(seen[0]).toEqual([0, rows.length]);
    const [stoppedAt = 0, total] = seen.at(-1) ?? [];
    expect(total).toBe(rows.length);
    expect(stoppedAt).toBeGreaterThanOrEqual(SLICE);
    expect(stoppedAt).toBeLessThan(rows.length);
    expect(seen.every(([done], i) => i === 0 || done > (seen[i - 1]?.[0] ?? 0))).toBe(true);
    expect(await db.count('contacts')).toBe(0);
    expect(await db.count('revisions')).toBe(0);
    expect(await db.count('importChunks')).toBe(3);

    seen.length = 0;
    const outcome = await commitImport(db, jobId, MERGE, clock(), { onProgress: (d, t) => seen.push([d, t]) });
    expect(outcome.created).toBe(rows.length);
    expect(seen.at(-1)).toEqual([rows.length, rows.length]);
    expect(await db.count('contacts')).toBe(rows.length);
    // Every record written also stamps its team-sync revision: twice the IndexedDB work.
  }, 30_000);
});

describe('duplicates', () => {
  let ann: Contact;
  beforeEach(async () => {
    ann = newContact({ name: 'Ann Lee', email: 'ann@acme.example', source: 'manual' }, 'ann', NOW);
    ann.tags = ['VIP'];
    await db.put('contacts', ann);
  });

  const rows = () => [
    draft(2, {
      name: 'Ann L.',
      emails: ['ANN@acme.example', 'ann.home@example.org'],
      phones: ['+1 555 0101'],
      tags: ['vip', 'Golf'],
      title: 'CFO',
    }),
    draft(3, { name: 'Bob', emails: ['bob@globex.example'], orgName: 'Globex' }),
    draft(4, { name: 'Bobby', emails: ['bob@globex.example'], phones: ['+1 555 0199'] }),
  ];

  it('plans new rows, duplicates of stored contacts and repeats in the file, with examples', async () => {
    const summary = await summariseImport(db, await stage(rows()));
    expect(summary).toMatchObject({ rows: 3, new: 1, existing: 1, inFile: 1 });
    expect(summary.existingSamples).toEqual([{ line: 2, name: 'Ann L.', existingName: 'Ann Lee', matchedBy: 'email' }]);
    expect(summary.inFileSamples).toEqual([{ line: 4, name: 'Bobby', firstLine: 3, matchedBy: 'email' }]);
  });

  it('merges into the existing contact: union of addresses, phones and tags, empty fields filled', async () => {
    const outcome = await commitImport(db, await stage(rows()), MERGE, clock());
    expect(outcome).toEqual({ created: 1, updated: 1, unchanged: 0, skipped: 0, combined: 1, organisationsCreated: 1 });
    const merged = await db.get('contacts', 'ann');
    expect(merged).toMatchObject({
      name: 'Ann Lee',
      emails: ['ann@acme.example', 'ann.home@example.org'],
      phones: ['+1 555 0101'],
      tags: ['VIP', 'Golf'],
      title: 'CFO',
      createdAt: NOW,
      updatedAt: NOW + 1000,
    });
    expect(merged?.search).toContain('cfo');
    const [bob] = await db.getAllFromIndex('contacts', 'emails', 'bob@globex.example');
    expect(bob).toMatchObject({ name: 'Bob', phones: ['+1 555 0199'], orgName: 'Globex' });
    const [globex] = await db.getAll('organisations');
    expect(globex).toMatchObject({ name: 'Globex', domains: ['globex.example'] });
    expect(bob?.orgId).toBe(globex?.id);
  });

  it('skips each kind of duplicate when asked', async () => {
    const outcome = await commitImport(db, await stage(rows()), { existing: 'skip', inFile: 'skip' }, clock());
    expect(outcome).toMatchObject({ created: 1, updated: 0, skipped: 2 });
    expect(await db.get('contacts', 'ann')).toEqual(ann);
    expect((await db.getAllFromIndex('contacts', 'emails', 'bob@globex.example'))[0]?.phones).toEqual([]);
  });

  it('imports nothing twice: the same file again changes nothing', async () => {
    await commitImport(db, await stage(rows()), MERGE, clock());
    const before = await db.getAll('contacts');
    const again = await commitImport(db, await stage(rows()), MERGE, clock(sequentialIds('again')));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, organisationsCreated: 0 });
    expect(await db.getAll('contacts')).toEqual(before);
  });

  it('links a contact to the organisation that owns its work domain', async () => {
    await db.put('organisations', {
      id: 'o1',
      name: 'Acme',
      domains: ['acme.example'],
      createdAt: NOW,
      updatedAt: NOW,
    });
    await commitImport(db, await stage([draft(2, { name: 'Cy', emails: ['cy@acme.example'] })]), MERGE, clock());
    const [cy] = await db.getAllFromIndex('contacts', 'emails', 'cy@acme.example');
    expect(cy).toMatchObject({ orgId: 'o1', orgName: 'Acme' });
    expect(cy?.search).toEqual([]);
    expect((await searchContacts(db, 'acme', 5)).map((c) => c.id)).toContain(cy?.id);
  });
});
