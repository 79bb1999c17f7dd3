import { describe, expect, it } from 'vitest';
import type { Complaint, Feedback } from '../schema/crm-records';
import type { Contact, Deal, Interaction, Note, Organisation } from '../schema/records';
import {
  BACKUP_SCHEMA_VERSION,
  type BackupData,
  createBackup,
  migrateBackup,
  serialiseBackup,
  validateBackup,
} from './backup';
import { ImportError } from './errors';

const NOW = Date.UTC(2026, 10, 23);

/** A stored contact as the database keeps it (this module knows file formats, not the database). */
function contact(id: string, name: string, fields: Partial<Contact> = {}): Contact {
  const emails = fields.emails ?? [];
  const search = [...name.toLowerCase().split(' '), ...emails.map((e) => e.slice(e.indexOf('@') + 1))];
  return {
    id,
    name,
    emails,
    phones: [],
    customerType: 'consumer',
    directness: 'direct',
    source: 'manual',
    tags: [],
    bad: false,
    neverLog: false,
    search,
    createdAt: NOW,
    updatedAt: NOW,
    ...fields,
  };
}

function sampleData(): BackupData {
  const ann = contact('c1', 'Ann Lee', { emails: ['ann@acme.example'], orgName: 'Acme' });
  const bob = contact('c2', 'Bob', { source: 'linkedin' });
  const org: Organisation = { id: 'o1', name: 'Acme', domains: ['acme.example'], createdAt: NOW, updatedAt: NOW };
  const interaction: Interaction = {
    id: 'i1',
    contactIds: ['c1'],
    timeline: [['c1', NOW]],
    channel: 'email',
    direction: 'inbound',
    at: NOW,
    createdAt: NOW,
  };
  const deal: Deal = {
    id: 'd1',
    contactId: 'c1',
    amount: 1200,
    currency: 'EUR',
    date: NOW,
    status: 'won',
    createdAt: NOW,
  };
  const note: Note = { id: 'n1', contactId: '', text: 'Unfiled idea', createdAt: NOW };
  const complaint: Complaint = {
    id: 'k1',
    contactId: 'c1',
    description: 'Late delivery',
    state: {
      receivedAt: NOW,
      severity: 'high',
      tier: 'A',
      category: 'Delivery',
      steps: [{ step: 'acknowledge', dueAt: NOW + 3_600_000, doneAt: null, note: null }],
      closed: null,
    },
    open: 1,
    createdAt: NOW,
    updatedAt: NOW,
  };
  const feedback: Feedback = { id: 'f1', contactId: 'c1', at: NOW, kind: 'nps', score: 9 };
  return {
    contacts: [ann, bob],
    organisations: [org],
    interactions: [interaction],
    deals: [deal],
    notes: [note],
    complaints: [complaint],
    feedback: [feedback],
  };
}

describe('validateBackup', () => {
  it('accepts a fresh backup, from text or parsed JSON', () => {
    const backup = createBackup(sampleData(), NOW);
    expect(backup).toMatchObject({
      format: 'rapport-backup',
      schemaVersion: 1,
      exportedAt: '2026-11-23T00:00:00.000Z',
    });
    const fromText = validateBackup(serialiseBackup(backup));
    expect(fromText).toEqual({ ok: true, backup, migratedFrom: BACKUP_SCHEMA_VERSION });
    expect(validateBackup(JSON.parse(serialiseBackup(backup)))).toEqual(fromText);
  });

  it('reports every problem in the file with its path before anything is written', () => {
    const backup = createBackup(sampleData(), NOW);
    const [ann, bob] = backup.data.contacts;
    const [deal] = backup.data.deals;
    const [note] = backup.data.notes;
    if (!ann || !bob || !deal || !note) throw new Error('sample');
    ann.emails = ['not an email'];
    bob.createdAt = -5;
    deal.currency = 'EURO';
    Reflect.deleteProperty(note, 'text');
    const result = validateBackup(backup);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ['data.contacts[0].emails[0]', 'invalid-backup'],
      ['data.contacts[1].createdAt', 'invalid-backup'],
      ['data.deals[0].currency', 'invalid-backup'],
      ['data.notes[0].text', 'invalid-backup'],
    ]);
  });

  it('reports duplicate ids once the records themselves are valid', () => {
    const data = sampleData();
    const [first] = data.contacts;
    const [complaint] = data.complaints;
    if (!first || !complaint) throw new Error('sample');
    data.contacts.push({ ...first, name: 'Ann again' });
    data.complaints.push({ ...complaint, description: 'Again' });
    const result = validateBackup(createBackup(data, NOW));
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'data.contacts[2].id', code: 'duplicate-id', message: 'id "c1" already used by data.contacts[0]' },
        { path: 'data.complaints[1].id', code: 'duplicate-id', message: 'id "k1" already used by data.complaints[0]' },
      ],
    });
  });

  it('reads a file written before complaints and feedback were backed up as having none', () => {
    const { complaints, feedback, ...older } = sampleData();
    const result = validateBackup(JSON.stringify({ ...createBackup(sampleData(), NOW), data: older }));
    expect(result.ok && result.backup.data.complaints).toEqual([]);
    expect(result.ok && result.backup.data.feedback).toEqual([]);
    expect(result.ok && result.backup.data.contacts).toHaveLength(2);
  });

  it.each([
    ['{not json', 'not-json'],
    ['[]', 'not-a-backup'],
    ['{"format":"something-else","schemaVersion":1}', 'not-a-backup'],
    ['{"format":"rapport-backup"}', 'not-a-backup'],
    ['{"format":"rapport-backup","schemaVersion":99,"data":{}}', 'unsupported-version'],
    ['{"format":"rapport-encrypted-backup","version":1}', 'encrypted-backup'],
  ])('rejects %s as %s', (text, code) => {
    const result = validateBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.code).toBe(code);
  });
});

describe('migrateBackup', () => {
  /** The hypothetical version 0: each contact had a single `email` string and no `emails`. */
  function versionZero() {
    const { data, ...header } = createBackup(sampleData(), NOW);
    const contacts = data.contacts.map(({ emails, ...contact }) => ({
      ...contact,
      email: emails[0] ?? '',
      search: [],
    }));
    const [ann] = contacts;
    if (ann) ann.email = '  Ann@ACME.example ';
    return { ...header, schemaVersion: 0, data: { ...data, contacts } };
  }

  it('migrates version 0 (one email string per contact) to the current schema', () => {
    const old = versionZero();
    const snapshot = JSON.stringify(old);
    const result = validateBackup(old);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.migratedFrom).toBe(0);
    expect(result.backup.schemaVersion).toBe(1);
    const [ann, bob] = result.backup.data.contacts;
    expect(ann?.emails).toEqual(['ann@acme.example']);
    expect(ann).not.toHaveProperty('email');
    expect(bob?.emails).toEqual([]);
    expect(JSON.stringify(old)).toBe(snapshot); // the input is left untouched
  });

  it('passes current documents through and refuses newer ones', () => {
    const current = createBackup(sampleData(), NOW);
    expect(migrateBackup(current)).toEqual({ document: current, fromVersion: 1 });
    expect(() => migrateBackup({ ...current, schemaVersion: 2 })).toThrow(ImportError);
  });
});
