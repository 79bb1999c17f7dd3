import { describe, expect, it } from 'vitest';
import { DELETION_FIELD, type Revision } from '../db/revisions/put';
import { closesBranch, mergeVersions, type Version } from './merge';

const version = (
  rev: string,
  fields: Revision['fields'],
  record: Record<string, unknown> | null,
  deleted = false,
): Version => ({
  revision: {
    key: 'contacts/c1',
    store: 'contacts',
    id: 'c1',
    rev,
    history: [rev.slice(2)],
    fields,
    ...(deleted ? { deleted: true as const } : {}),
  },
  record,
});

const a = version('3-a', { name: ['t1', 'h1'], title: ['t3', 'h3'] }, { name: 'Ann', title: 'CFO' });
const b = version('3-b', { name: ['t1', 'h1'], notes: ['t5', 'h5'] }, { name: 'Ann', notes: 'call' });
const deletion = (at: string) => version('4-d', { [DELETION_FIELD]: [at, ''] }, null, true);

describe('mergeVersions', () => {
  it('keeps every field from the version that changed it last', () => {
    expect(mergeVersions([a, b]).record).toEqual({ name: 'Ann', title: 'CFO', notes: 'call' });
  });

  it('a deletion wins over edits older than it and loses to later ones', () => {
    expect(mergeVersions([a, b, deletion('t6')])).toEqual({ record: null, fields: { [DELETION_FIELD]: ['t6', ''] } });
    expect(mergeVersions([a, b, deletion('t4')]).record).toEqual({ name: 'Ann', title: 'CFO', notes: 'call' });
  });

  it("a merge's closed branch deletes nothing, even when it holds the latest edit", () => {
    const closed = version('4-x', b.revision.fields, null, true);
    expect(closesBranch(closed)).toBe(true);
    expect(closesBranch(deletion('t6'))).toBe(false);
    expect(mergeVersions([a, b, closed]).record).toEqual({ name: 'Ann', title: 'CFO', notes: 'call' });
  });

  it('a deletion written before deletions had clocks loses to any edit', () => {
    const unclocked = version('4-o', {}, null, true);
    expect(closesBranch(unclocked)).toBe(false);
    expect(mergeVersions([a, unclocked]).record).toEqual(a.record);
    expect(mergeVersions([unclocked]).record).toBeNull();
  });
});
