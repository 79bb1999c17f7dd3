import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import type { Interaction, Organisation } from '../../schema/records';
import { newContact } from '../contacts/contacts';
import { exportPage } from '../export-page';
import { beginJob, stageChunk } from '../import/jobs';
import type { CrmDb } from '../open';
import { applyRestore } from './apply';
import { previewRestore } from './dry-run';

const NOW = Date.UTC(2026, 10, 23, 9);
let db: CrmDb;

const ann = newContact({ name: 'Ann Lee', email: 'ann@acme.example', source: 'manual' }, 'ann', NOW);
const bob = newContact({ name: 'Bob', source: 'manual' }, 'bob', NOW);
const cy = newContact({ name: 'Cy', source: 'manual' }, 'cy', NOW);
const acme: Organisation = { id: 'o1', name: 'Acme', domains: ['acme.example'], createdAt: NOW, updatedAt: NOW };
const touch = (id: string, sourceKey: string): Interaction => ({
  id,
  contactIds: ['ann'],
  timeline: [['ann', NOW]],
  channel: 'email',
  direction: 'inbound',
  at: NOW,
  sourceKey,
  createdAt: NOW,
});

beforeEach(async () => {
  db = await freshDb();
  await Promise.all([db.put('contacts', ann), db.put('contacts', bob), db.put('organisations', acme)]);
  await db.put('interactions', touch('i1', 'gmail:1'));
});

async function stageBackup(parts: Parameters<typeof stageChunk>[3][]): Promise<string> {
  const expected: Record<string, number> = {};
  for (const part of parts) expected[part.store] = (expected[part.store] ?? 0) + part.records.length;
  const jobId = await beginJob(db, 'restore', NOW, expected);
  for (const [seq, part] of parts.entries()) await stageChunk(db, jobId, seq, part, NOW);
  return jobId;
}

const snapshot = async () => ({
  contacts: await db.getAll('contacts'),
  organisations: await db.getAll('organisations'),
  interactions: await db.getAll('interactions'),
});

describe('restore', () => {
  it('dry run counts what would be added, updated and removed, and writes nothing', async () => {
    const before = await snapshot();
    const jobId = await stageBackup([
      { store: 'contacts', records: [{ ...ann, title: 'CFO' }] },
      { store: 'contacts', records: [cy] },
      { store: 'organisations', records: [acme] },
    ]);
    const preview = await previewRestore(db, jobId);
    expect(preview.contacts).toEqual({ added: 1, updated: 1, removed: 1, unchanged: 0 });
    expect(preview.organisations).toEqual({ added: 0, updated: 0, removed: 0, unchanged: 1 });
    expect(preview.interactions).toEqual({ added: 0, updated: 0, removed: 1, unchanged: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('replaces the whole workspace with the backup', async () => {
    const jobId = await stageBackup([{ store: 'contacts', records: [cy] }]);
    expect(await applyRestore(db, jobId)).toMatchObject({ contacts: 1, organisations: 0, interactions: 0 });
    expect(await snapshot()).toEqual({ contacts: [cy], organisations: [], interactions: [] });
    expect(await db.count('importChunks')).toBe(0);
    expect(await db.count('importJobs')).toBe(0);
  });

  it('gives restored records the fields their doors derive: a backup from before they existed is searchable', async () => {
    const old = { ...ann, search: [], linkedin: 'https://www.linkedin.com/in/Ann-Lee' };
    const jobId = await stageBackup([{ store: 'contacts', records: [old] }]);
    expect((await previewRestore(db, jobId)).contacts).toMatchObject({ unchanged: 0, updated: 1 });
    await applyRestore(db, jobId);
    const restored = await db.get('contacts', 'ann');
    expect(restored?.search).toEqual(expect.arrayContaining(['ann', 'lee', 'acme.example']));
    expect(restored).toMatchObject({ linkedin: 'ann-lee', updatedAt: ann.updatedAt });
  });

  it('refuses a backup that did not arrive whole', async () => {
    const jobId = await beginJob(db, 'restore', NOW, { contacts: 2 });
    await stageChunk(db, jobId, 0, { store: 'contacts', records: [cy] }, NOW);
    await expect(previewRestore(db, jobId)).rejects.toThrow('restore-incomplete');
    await expect(applyRestore(db, jobId)).rejects.toThrow('restore-incomplete');
    expect((await snapshot()).contacts).toEqual([ann, bob]);
  });

  it('a write failing half-way leaves the workspace exactly as it was', async () => {
    const before = await snapshot();
    // Two interactions for one Gmail message break the unique source key, on the second write.
    const jobId = await stageBackup([
      { store: 'contacts', records: [cy] },
      { store: 'interactions', records: [touch('i8', 'gmail:dup'), touch('i9', 'gmail:dup')] },
    ]);
    await expect(applyRestore(db, jobId)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
    expect(await db.count('importJobs')).toBe(1);
  });

  it('cancelled after the stores were emptied, it puts everything back', async () => {
    const before = await snapshot();
    const jobId = await stageBackup([{ store: 'contacts', records: [cy] }]);
    const controller = new AbortController();
    const restore = applyRestore(db, jobId, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 0) controller.abort();
      },
    });
    await expect(restore).rejects.toThrow('import-cancelled');
    expect(await snapshot()).toEqual(before);
  });
});

describe('exportPage', () => {
  it('pages through a store in id order, within a size budget', async () => {
    await db.put('contacts', cy);
    const first = await exportPage(db, 'contacts', undefined, 2);
    expect(first.records.map((c) => c.id)).toEqual(['ann', 'bob']);
    expect(first.next).toBe('bob');
    const second = await exportPage(db, 'contacts', first.next, 2);
    expect(second).toEqual({ store: 'contacts', records: [cy] });
    const tiny = await exportPage(db, 'contacts', undefined, 10, 10);
    expect(tiny.records.map((c) => c.id)).toEqual(['ann']);
    expect(tiny.next).toBe('ann');
  });
});
