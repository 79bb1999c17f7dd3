import { describe, expect, it } from 'vitest';
import { newContact } from '@/lib/db/contacts/contacts';
import { createBackup, serialiseBackup } from '@/lib/io/backup';
import { encryptBackup } from '@/lib/io/encrypt';
import { isImportError } from '@/lib/io/errors';
import { fixtureBytes } from '@/tests/kit/io-fixtures';
import { chunksOf } from './chunks';
import { ImportSession, sniffKind } from './import-session';

const NOW = Date.UTC(2026, 10, 23);
const ignore = () => undefined;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('ImportSession', () => {
  it('reads a Google Contacts export: format, mapping, valid rows and bad rows with their lines', async () => {
    const session = new ImportSession();
    const opened = await session.open(fixtureBytes('google-contacts.csv'), 'contacts.csv', ignore);
    if (opened.kind !== 'csv') throw new Error(opened.kind);
    expect(opened.format).toBe('google');
    expect(opened.sample[0]?.[0]).toBe('Ann');
    const { drafts, problems } = session.map(opened.mapping, ignore);
    expect(drafts.map((d) => d.name)).toEqual(['Ann Lee', 'Björn Öberg', 'Carol Nguyen', 'David Okafor']);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [7, 'invalid-email'],
      [8, 'missing-name-and-email'],
    ]);
  });

  it('applies an edited mapping without reading the file again', async () => {
    const session = new ImportSession();
    const opened = await session.open(fixtureBytes('linkedin-connections.csv'), 'Connections.csv', ignore);
    if (opened.kind !== 'csv') throw new Error(opened.kind);
    expect(opened.format).toBe('linkedin');
    const { company: _company, ...withoutCompany } = opened.mapping;
    const { drafts } = session.map(withoutCompany, ignore);
    expect(drafts).toHaveLength(5);
    expect(drafts.every((d) => d.orgName === undefined)).toBe(true);
  });

  it('reads vCard files and reports broken quoting with line numbers', async () => {
    const session = new ImportSession();
    expect(await session.open(fixtureBytes('contacts.vcf'), 'contacts.vcf', ignore)).toEqual({ kind: 'vcard' });
    expect(session.map({}, ignore).drafts).toHaveLength(3);
    const broken = new ImportSession();
    const opened = await broken.open(fixtureBytes('broken-quoting.csv'), 'broken.csv', ignore);
    if (opened.kind !== 'csv') throw new Error(opened.kind);
    expect(broken.map(opened.mapping, ignore).problems.map((p) => p.line)).toEqual(expect.arrayContaining([5, 6]));
  });

  it('validates a whole backup, complaints and feedback included, and opens encrypted ones', async () => {
    const ann = newContact({ name: 'Ann', source: 'manual' }, 'c1', NOW);
    const backup = createBackup(
      { contacts: [ann], organisations: [], interactions: [], deals: [], notes: [], complaints: [], feedback: [] },
      NOW,
    );
    const withExtras = JSON.stringify({
      ...backup,
      data: { ...backup.data, feedback: [{ id: 'f1', contactId: 'c1', at: NOW, kind: 'nps', score: 9 }] },
    });
    const session = new ImportSession();
    const opened = await session.open(bytes(withExtras), 'backup.json', ignore);
    if (opened.kind !== 'backup') throw new Error(opened.kind);
    expect(opened.backup.data.contacts).toEqual([ann]);
    expect(opened.backup.data.feedback).toHaveLength(1);
    expect(opened.backup.data.complaints).toEqual([]);

    const locked = await encryptBackup(serialiseBackup(backup), 'a long passphrase', { iterations: 10 });
    expect(await session.open(bytes(locked), 'backup.json', ignore)).toEqual({ kind: 'encrypted-backup' });
    await expect(session.decrypt('wrong one')).rejects.toSatisfy((e) =>
      isImportError(e, 'wrong-passphrase-or-corrupt'),
    );
    expect((await session.decrypt('a long passphrase')).kind).toBe('backup');
  });

  it('refuses a corrupted backup with the path of every problem', async () => {
    const session = new ImportSession();
    const broken = `{"format":"rapport-backup","schemaVersion":1,"exportedAt":"2026-11-23T00:00:00.000Z","data":{"contacts":[{"id":"c1"}],"organisations":[],"interactions":[],"deals":[],"notes":[],"complaints":[{"id":"x"}]}}`;
    const opened = await session.open(bytes(broken), 'backup.json', ignore);
    if (opened.kind !== 'invalid-backup') throw new Error(opened.kind);
    expect(opened.problems.some((p) => p.path.startsWith('data.contacts[0]'))).toBe(true);
    expect(opened.problems.some((p) => p.path.startsWith('data.complaints[0]'))).toBe(true);
    expect((await session.open(bytes('{not json'), 'x.json', ignore)).kind).toBe('invalid-backup');
  });
});

describe('helpers', () => {
  it('recognises backups, vCards and CSV', () => {
    expect(sniffKind(' {"format":1}', 'x.txt')).toBe('backup');
    expect(sniffKind('BEGIN:VCARD\r\n', 'x.txt')).toBe('vcard');
    expect(sniffKind('Name,Email', 'x.csv')).toBe('csv');
  });

  it('cuts chunks by rows and by size', () => {
    expect([...chunksOf([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
    expect([...chunksOf(['aaaa', 'bbbb', 'c'], 10, 9)]).toEqual([['aaaa'], ['bbbb', 'c']]);
    expect([...chunksOf([])]).toEqual([]);
  });
});
