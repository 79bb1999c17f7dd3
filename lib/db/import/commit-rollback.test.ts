import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import { draft, sequentialIds } from '../../../tests/kit/import-drafts';
import { askForDatabase } from '../asks';
import { newContact } from '../contacts/contacts';
import { putContact } from '../contacts/put';
import { type CrmDb, openCrm } from '../open';
import { owedRevisions, writeCheckpoint } from '../revisions/checkpoint';
import { markPushed, revisionKey } from '../revisions/put';
import type { WriteProgress } from '../write-in-slices';
import { COMMIT_PACE, commitImport } from './commit';
import { beginJob, cleanStaleJobs, STALE_JOB_MS, stageChunk } from './jobs';
import { summariseImport } from './plan';
import { cancelImport, recoverInterruptedCommits } from './rollback';

const NOW = Date.UTC(2026, 10, 23, 9);
const MERGE = { existing: 'merge', inFile: 'merge' } as const;
const STORES = ['contacts', 'organisations', 'revisions', 'importJobs', 'importChunks', 'wordShelves'] as const;
let db: CrmDb;

/** Everything the import can touch, store by store (a job's last-touched time aside). */
async function snapshot(d: CrmDb) {
  const stores = Object.fromEntries(await Promise.all(STORES.map(async (s) => [s, await d.getAll(s)] as const)));
  const jobs = (await d.getAll('importJobs')).map(({ updatedAt: _touched, ...job }) => job);
  return { ...stores, importJobs: jobs };
}

/** 600 new people at 30 companies, and one row that is Ann again (merged into her). */
const ROWS = [
  draft(2, { name: 'Ann L.', emails: ['ann@acme.example'], phones: ['+1 555 0101'], title: 'CFO' }),
  ...Array.from({ length: 600 }, (_, k) =>
    draft(k + 3, { emails: [`p${k}@c${k % 30}.example`], orgName: `Company ${k % 30}` }),
  ),
];

async function stage(rows = ROWS): Promise<string> {
  const jobId = await beginJob(db, 'import', NOW);
  for (let seq = 0; seq * 100 < rows.length; seq++) {
    await stageChunk(db, jobId, seq, { store: 'drafts', records: rows.slice(seq * 100, (seq + 1) * 100) }, NOW);
  }
  return jobId;
}

const clock = () => ({ now: NOW + 1000, newId: sequentialIds() });

/** One batch a transaction: many chunks, as when something asks for the database all the time. */
const commitInChunks = (jobId: string, progress?: WriteProgress) =>
  commitImport(db, jobId, MERGE, clock(), progress, { ...COMMIT_PACE, chunkMs: 0 });

/** Cancels the commit once half the rows are in, and checks that the book is exactly as it was. */
async function cancelHalfWay(jobId: string): Promise<void> {
  const before = await snapshot(db);
  const controller = new AbortController();
  const commit = commitInChunks(jobId, {
    signal: controller.signal,
    onProgress: (done) => {
      if (done > 300) controller.abort();
    },
  });
  await expect(commit).rejects.toThrow('import-cancelled');
  expect(await snapshot(db)).toEqual(before);
}

beforeEach(async () => {
  db = await freshDb();
  const tx = db.transaction(['contacts', 'revisions'], 'readwrite');
  await putContact(tx, newContact({ name: 'Ann Lee', email: 'ann@acme.example', source: 'manual' }, 'ann', NOW), NOW);
  await tx.done;
  // A book that replicates with a team: every write is stamped (see 'a book that has never replicated').
  await writeCheckpoint(db, { id: 'rapport-replica', pulledSince: 'replica', at: NOW });
});

describe('a commit written in chunks is still all or nothing', () => {
  it('writes in several transactions and leaves only the workspace, the new contacts owed their revisions', async () => {
    const jobId = await stage();
    const seen: number[] = [];
    const outcome = await commitInChunks(jobId, { onProgress: (done) => seen.push(done) });
    expect(outcome).toMatchObject({ created: 600, updated: 1, organisationsCreated: 30 });
    expect(seen.length).toBeGreaterThan(3);
    expect(await db.count('contacts')).toBe(601);
    // Ann's change and the organisations are stamped as they are written; the next sync round stamps the rest.
    expect(await db.count('revisions')).toBe(31);
    const [owed, ...more] = await owedRevisions(db);
    expect(more).toEqual([]);
    const added = (await db.getAllKeys('contacts')).map(String).filter((id) => id !== 'ann');
    expect(added).toHaveLength(600);
    expect(added.every((id) => owed && owed.store === 'contacts' && id >= owed.first && id <= owed.last)).toBe(true);
    expect(await db.count('importChunks')).toBe(0);
    expect(await db.count('importJobs')).toBe(0);
    expect(await db.get('contacts', 'ann')).toMatchObject({ name: 'Ann Lee', title: 'CFO', phones: ['+1 555 0101'] });
  });

  it('keeps one transaction while nobody else asks for the database, and ends it when someone does', async () => {
    const long = { ...COMMIT_PACE, chunkMs: 60_000 };
    const alone: number[][] = [];
    const onProgress = (seen: number[][]) => (done: number, total: number) => seen.push([done, total]);
    await commitImport(db, await stage(), MERGE, clock(), { onProgress: onProgress(alone) }, long);
    expect(alone).toEqual([
      [0, 631],
      [631, 631],
    ]);

    db = await freshDb();
    const asked: number[][] = [];
    const asking = setInterval(askForDatabase, 1);
    try {
      await commitImport(db, await stage(), MERGE, clock(), { onProgress: onProgress(asked) }, long);
    } finally {
      clearInterval(asking);
    }
    expect(asked.length).toBeGreaterThan(3);
    expect(asked.at(-1)).toEqual([631, 631]);
    expect(await db.count('contacts')).toBe(601);
    expect(await db.count('importChunks')).toBe(0);
  });

  it('cancelled after a few chunks, puts every record and revision back', async () => {
    const jobId = await stage();
    await cancelHalfWay(jobId);
    // The staged rows wait; committing again brings the whole file in.
    expect((await commitInChunks(jobId)).created).toBe(600);
  });

  it('a browser stopped half way: the next start undoes every chunk, and the job can be committed again', async () => {
    const jobId = await stage();
    const before = await snapshot(db);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const commit = commitInChunks(jobId, {
      onProgress: (done) => {
        // The connection goes away between two chunks, as when the browser quits: nothing more is written.
        if (done > 300) db.close();
      },
    });
    await expect(commit).rejects.toThrow();
    quiet.mockRestore();
    const reopened = await openCrm();
    expect(await reopened.count('contacts')).toBeGreaterThan(200);
    expect((await reopened.get('importJobs', jobId))?.committing).toBe(true);

    db = await recoverInterruptedCommits(reopened);
    expect(await snapshot(db)).toEqual(before);
    expect((await summariseImport(db, jobId)).rows).toBe(ROWS.length);
    expect((await commitInChunks(jobId)).created).toBe(600);
  });

  it('cancelling a job whose commit was interrupted undoes it too', async () => {
    const jobId = await stage();
    const before = await snapshot(db);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(commitInChunks(jobId, { onProgress: (done) => done > 300 && db.close() })).rejects.toThrow();
    quiet.mockRestore();
    db = await openCrm();
    expect(await cancelImport(db, jobId)).toBe(true);
    const after = await snapshot(db);
    expect(after).toEqual({ ...before, importJobs: [], importChunks: [] });
  });

  it('refuses a second commit of the same job and late chunks while it commits', async () => {
    const jobId = await stage();
    let second: Promise<unknown> | undefined;
    let late: Promise<unknown> | undefined;
    const failure = (promise: Promise<unknown>) => promise.then(String, (error: Error) => error.message);
    await commitInChunks(jobId, {
      onProgress: (done) => {
        if (done === 0 || second) return;
        second = failure(commitInChunks(jobId));
        late = failure(stageChunk(db, jobId, 99, { store: 'drafts', records: [draft(999)] }, NOW));
      },
    });
    expect(await second).toBe('import-not-found');
    expect(await late).toBe('import-not-found');
    expect(await db.count('contacts')).toBe(601);
  });

  it('lets a lookup through between chunks instead of after the whole commit', async () => {
    const jobId = await stage();
    const order: string[] = [];
    let asked = false;
    const commit = commitInChunks(jobId, {
      onProgress: (done) => {
        if (done === 0 || asked) return;
        asked = true;
        void db.getFromIndex('contacts', 'emails', 'ann@acme.example').then(() => order.push('lookup'));
      },
    });
    await commit.then(() => order.push('commit'));
    expect(order).toEqual(['lookup', 'commit']);
  });

  it('a revision pushed meanwhile is not taken back silently: the removal is stamped for the team', async () => {
    const jobId = await stage();
    const controller = new AbortController();
    let pushedKey = '';
    const commit = commitInChunks(jobId, {
      signal: controller.signal,
      onProgress: async (done) => {
        if (done === 0 || pushedKey) return;
        // A new organisation of the first chunks reached the team database (new contacts wait for the commit's end).
        const [written] = await db.getAllKeys('organisations');
        if (!written) return;
        pushedKey = revisionKey('organisations', String(written));
        const tx = db.transaction('revisions', 'readwrite');
        const revision = await tx.store.get(pushedKey);
        if (revision) await markPushed(tx, pushedKey, revision.rev);
        await tx.done;
        controller.abort();
      },
    });
    await expect(commit).rejects.toThrow('import-cancelled');
    expect(await db.get('organisations', pushedKey.slice('organisations/'.length))).toBeUndefined();
    expect(await owedRevisions(db)).toEqual([]);
    const tombstone = await db.get('revisions', pushedKey);
    expect(tombstone).toMatchObject({ deleted: true, pending: expect.any(Number) });
    expect(tombstone?.rev.startsWith('2-')).toBe(true);
    expect(await db.count('revisions')).toBe(2);
  });

  it('an existing contact edited while the commit runs gets the file merged onto the edit', async () => {
    const jobId = await stage();
    let edited = false;
    await commitInChunks(jobId, {
      onProgress: async (done) => {
        if (done === 0 || edited) return;
        edited = true;
        // One transaction, as the edit door does: a chunk cannot land between its read and its write.
        const tx = db.transaction('contacts', 'readwrite');
        const ann = await tx.store.get('ann');
        if (ann) await tx.store.put({ ...ann, tags: ['Edited'], updatedAt: NOW + 500 });
        await tx.done;
      },
    });
    expect(await db.get('contacts', 'ann')).toMatchObject({ tags: ['Edited'], title: 'CFO', phones: ['+1 555 0101'] });
  });

  it('an interrupted commit is never dropped as a stale journal before it is undone', async () => {
    const jobId = await stage();
    const before = await snapshot(db);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(commitInChunks(jobId, { onProgress: (done) => done > 300 && db.close() })).rejects.toThrow();
    quiet.mockRestore();
    db = await openCrm();
    expect(await cleanStaleJobs(db, NOW + 2 * STALE_JOB_MS)).toBe(0);
    db = await recoverInterruptedCommits(db);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a book that has never replicated', () => {
  beforeEach(() => db.clear('syncCheckpoints'));

  it('writes no revisions for new contacts, and a cancel puts every record back', async () => {
    const jobId = await stage();
    await cancelHalfWay(jobId);
    await commitInChunks(jobId);
    // Ann's change and the organisations went through their doors; the 600 new contacts wait for seedOutbox.
    expect(await db.count('revisions')).toBe(31);
    expect(await owedRevisions(db)).toEqual([]);
  });
});
