import { describe, expect, it } from 'vitest';
import { draft, sequentialIds } from '../../../tests/kit/import-drafts';
import { planImport } from '../../io/dedupe-plan';
import { newContact } from '../contacts/contacts';
import { TimeSlice } from '../time-slice';
import { planImportWrites } from './writes';

const NOW = Date.UTC(2026, 10, 23, 9);
const MERGE = { existing: 'merge', inFile: 'merge' } as const;

describe('planning the writes of a large import in time slices', () => {
  const existing = [newContact({ name: 'Ann Lee', email: 'ann@acme.example', source: 'manual' }, 'ann', NOW)];
  const rows = [
    draft(2, { name: 'Ann Lee', emails: ['ann@acme.example'], title: 'CFO' }),
    ...Array.from({ length: 300 }, (_, k) =>
      draft(k + 3, { emails: [`p${k}@c${k % 7}.example`], orgName: `Co ${k % 7}` }),
    ),
  ];
  const plan = planImport(rows, existing);

  it('lets queued tasks (a lookup) run in between, and plans the same writes as in one piece', async () => {
    let answered = false;
    setTimeout(() => {
      answered = true;
    }, 0);
    let seenDuring = false;
    // A zero-length slice: a pause before every row.
    const slice = new TimeSlice(0);
    const pause = slice.pause.bind(slice);
    slice.pause = async () => {
      await pause();
      seenDuring ||= answered;
    };
    const sliced = await planImportWrites(plan, existing, [], MERGE, { now: NOW, newId: sequentialIds() }, slice);
    const whole = await planImportWrites(plan, existing, [], MERGE, { now: NOW, newId: sequentialIds() });
    expect(seenDuring).toBe(true);
    expect(sliced).toEqual(whole);
    expect(sliced.outcome).toMatchObject({ created: 300, updated: 1, organisationsCreated: 7 });
  });
});
