import { describe, expect, it } from 'vitest';
import { contactRecord } from '../../tests/kit/records';
import type { Revision } from '../db/revisions/put';
import { openDoc, sealDoc } from './envelope';
import { createTeamSetup } from './team-key';

const revision = (fields: Revision['fields'] = { name: ['000000000000001-00000-ab', 'h1'] }): Revision => ({
  key: 'contacts/c1',
  store: 'contacts',
  id: 'c1',
  rev: '2-bbb',
  history: ['bbb', 'aaa'],
  fields,
});
const { search: _derived, ...record } = contactRecord({ id: 'c1', name: 'Wei Zhang' });

describe('a document as the team database holds it', () => {
  it('opens to the revision and record it was sealed from', async () => {
    const { key } = await createTeamSetup('correct horse battery', 1_000);
    const doc = await sealDoc(key, revision(), record);
    expect(JSON.stringify(doc)).not.toContain('Wei');
    expect(await openDoc(key, doc)).toEqual({ revision: revision(), record });
    const tombstone = await sealDoc(key, { ...revision(), deleted: true }, null);
    expect(await openDoc(key, tombstone)).toEqual({ revision: { ...revision(), deleted: true }, record: null });
  });

  it('does not open when its plain part is not what a sealed document has', async () => {
    const { key } = await createTeamSetup('correct horse battery', 1_000);
    const doc = await sealDoc(key, revision(), record);
    const broken: unknown[] = [
      null,
      [doc],
      { ...doc, store: 'passwords' },
      { ...doc, _id: 'notes/c1' },
      { ...doc, _id: 'c1' },
      { ...doc, _revisions: { start: 2, ids: ['bbb', 7] } },
      { ...doc, _revisions: undefined },
      { ...doc, _deleted: 'yes' },
      { ...doc, iv: 12 },
      { ...doc, data: `${doc.data.slice(0, -4)}AAA=` },
    ];
    for (const candidate of broken) expect(await openDoc(key, candidate)).toBeNull();
  });

  it('does not open when the sealed body is not a record of its store’s shape and its fields’ clocks', async () => {
    const { key } = await createTeamSetup('correct horse battery', 1_000);
    const badFields = [{ name: ['000000000000001-00000-ab'] }, { name: ['a', 'b', 'c'] }, { name: [1, 'h'] }];
    for (const fields of badFields) {
      expect(await openDoc(key, await sealDoc(key, revision(fields as never), record))).toBeNull();
    }
    expect(await openDoc(key, await sealDoc(key, revision(), { ...record, id: 'c2' }))).toBeNull();
    // A record that is not of its store's shape: a teammate's broken or hostile client.
    const misshapen = [{ ...record, emails: 'wei@example.com' }, { ...record, name: undefined }, { id: 'c1' }];
    for (const wrong of misshapen) expect(await openDoc(key, await sealDoc(key, revision(), wrong))).toBeNull();
    const other = await createTeamSetup('another team entirely', 1_000);
    expect(await openDoc(other.key, await sealDoc(key, revision(), record))).toBeNull();
  });
});
