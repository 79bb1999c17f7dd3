import { beforeEach, describe, expect, it } from 'vitest';
import { newContact } from '@/lib/db/contacts/contacts';
import type { CrmDb } from '@/lib/db/open';
import { SLICE } from '@/lib/db/write-in-slices';
import { handlerTestKit, NOW } from '@/tests/kit/handlers';
import { draft } from '@/tests/kit/import-drafts';

let db: CrmDb;
let handlers: Awaited<ReturnType<typeof handlerTestKit>>['handlers'];

beforeEach(async () => {
  ({ db, handlers } = await handlerTestKit());
});

describe('import, restore and export verbs', () => {
  it('stage, plan and commit an import; a cancelled one leaves nothing behind', async () => {
    const { jobId } = await handlers['import.begin']({});
    await handlers['import.stage']({ jobId, seq: 0, drafts: [draft(2, { emails: ['a@x.example'] }), draft(3)] });
    await handlers['import.stage']({ jobId, seq: 1, drafts: [draft(4, { emails: ['A@x.example'] })] });
    expect(await handlers['import.plan']({ jobId })).toMatchObject({ rows: 3, new: 2, inFile: 1 });
    const outcome = await handlers['import.commit']({ jobId, existing: 'merge', inFile: 'skip' });
    expect(outcome).toMatchObject({ created: 2, skipped: 1 });

    const other = await handlers['import.begin']({});
    await handlers['import.stage']({ jobId: other.jobId, seq: 0, drafts: [draft(9)] });
    expect(await handlers['import.cancel']({ jobId: other.jobId })).toEqual({ cancelled: true });
    await expect(handlers['import.commit']({ jobId: other.jobId, existing: 'merge', inFile: 'merge' })).rejects.toThrow(
      'import-not-found',
    );
    expect((await handlers['workspace.stats']({})).contacts).toBe(2);
  });

  it('a commit can be followed and cancelled while it writes; one that finished stays', async () => {
    const { jobId } = await handlers['import.begin']({});
    const drafts = Array.from({ length: SLICE * 2 }, (_, k) => draft(k + 2, { emails: [`p${k}@x.example`] }));
    for (let seq = 0; seq * 5000 < drafts.length; seq++) {
      await handlers['import.stage']({ jobId, seq, drafts: drafts.slice(seq * 5000, (seq + 1) * 5000) });
    }
    expect(await handlers['import.progress']({ jobId })).toEqual({ done: 0, total: 0 });
    const commit = handlers['import.commit']({ jobId, existing: 'merge', inFile: 'merge' });
    let settled = false;
    const failure = commit.catch((error: Error) => error.message).finally(() => (settled = true));
    let progress = await handlers['import.progress']({ jobId });
    while (progress.done === 0 && !settled) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      progress = await handlers['import.progress']({ jobId });
    }
    // Chunk by chunk: some written, not all.
    expect(progress.total).toBe(drafts.length);
    expect(progress.done).toBeGreaterThan(0);
    expect(progress.done).toBeLessThan(drafts.length);
    expect(await handlers['import.cancel']({ jobId })).toEqual({ cancelled: true });
    expect(await failure).toBe('import-cancelled');
    expect((await handlers['workspace.stats']({})).contacts).toBe(0);
    expect(await db.count('importChunks')).toBe(0);

    const again = await handlers['import.begin']({});
    await handlers['import.stage']({ jobId: again.jobId, seq: 0, drafts: [draft(2)] });
    await handlers['import.commit']({ jobId: again.jobId, existing: 'merge', inFile: 'merge' });
    expect(await handlers['import.cancel']({ jobId: again.jobId })).toEqual({ cancelled: false });
    expect((await handlers['workspace.stats']({})).contacts).toBe(1);
    // Every record written also stamps its team-sync revision: twice the IndexedDB work.
  }, 30_000);

  it('previews and applies a restore, and pages the result out again', async () => {
    await db.put('contacts', newContact({ name: 'Old', source: 'manual' }, 'old', NOW));
    const ann = newContact({ name: 'Ann', source: 'manual' }, 'ann', NOW);
    const { jobId } = await handlers['restore.begin']({ expected: { contacts: 1 } });
    await handlers['restore.stage']({ jobId, seq: 0, part: { store: 'contacts', records: [ann] } });
    const preview = await handlers['restore.preview']({ jobId });
    expect(preview.contacts).toEqual({ added: 1, updated: 0, removed: 1, unchanged: 0 });
    expect(await handlers['restore.apply']({ jobId })).toMatchObject({ contacts: 1, deals: 0 });
    const page = await handlers['export.page']({ store: 'contacts', limit: 10 });
    expect(page.records.map((c) => c.id)).toEqual(['ann']);
  });
});
