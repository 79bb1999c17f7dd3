import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../tests/kit/io-fixtures';
import type { ContactImport } from './contact-import';
import { parseCsv } from './csv-parse';
import { type ExistingContact, planImport } from './dedupe-plan';
import { detectFormat, mapRows } from './mapping';

function draft(line: number, fields: Partial<ContactImport>): ContactImport {
  return { line, name: 'Someone', emails: [], phones: [], tags: [], source: 'import:csv', ...fields };
}

const existing: ExistingContact[] = [
  { id: 'ann', name: 'Ann Lee', emails: ['ann.lee@acme.example'], orgName: 'Acme Corp' },
  { id: 'marcus', name: 'Marcus Webb', emails: ['marcuswebb@gmail.com'] },
  { id: 'kenji', name: 'Kenji Tanaka', emails: [], linkedin: 'https://linkedin.com/in/KenjiTanaka/' },
];

describe('planImport', () => {
  it('classifies drafts as new, duplicates of stored contacts, or repeats within the file', () => {
    const plan = planImport(
      [
        draft(2, { name: 'Ann L.', emails: ['ANN.LEE@acme.example'] }),
        draft(3, { name: 'Marcus', emails: ['marcus.webb+crm@googlemail.com'] }),
        draft(4, { name: 'Kenji', linkedin: 'https://www.linkedin.com/in/kenjitanaka' }),
        draft(5, { name: 'Ann  Lée', orgName: 'ACME corp' }),
        draft(6, { name: 'Zoë', emails: ['zoe@new.example'] }),
        draft(7, { name: 'Zoe K', emails: ['Zoe@New.example'] }),
        draft(8, { name: 'Priya', orgName: 'Contoso' }),
        draft(9, { name: 'priya', orgName: 'contoso ' }),
        draft(10, { name: 'Nobody new', orgName: 'Elsewhere' }),
      ],
      existing,
    );
    expect(plan.map((p) => [p.draft.line, p.decision])).toEqual([
      [2, { kind: 'duplicate-of-existing', existingId: 'ann', matchedBy: 'email' }],
      [3, { kind: 'duplicate-of-existing', existingId: 'marcus', matchedBy: 'email' }],
      [4, { kind: 'duplicate-of-existing', existingId: 'kenji', matchedBy: 'linkedin' }],
      [5, { kind: 'duplicate-of-existing', existingId: 'ann', matchedBy: 'name-company' }],
      [6, { kind: 'new' }],
      [7, { kind: 'duplicate-in-file', firstLine: 6, matchedBy: 'email' }],
      [8, { kind: 'new' }],
      [9, { kind: 'duplicate-in-file', firstLine: 8, matchedBy: 'name-company' }],
      [10, { kind: 'new' }],
    ]);
  });

  it('matches name + company ignoring case, accents and spacing', () => {
    const plan = planImport([draft(2, { name: 'ann lee', orgName: ' acme  CORP' })], existing);
    expect(plan[0]?.decision).toEqual({ kind: 'duplicate-of-existing', existingId: 'ann', matchedBy: 'name-company' });
  });

  it('matches a company under another legal form and punctuation, and a member id only in its own case', () => {
    const plan = planImport(
      [
        draft(2, { name: 'Ann Lee', orgName: 'ACME, Inc.' }),
        draft(3, { name: 'Member', linkedin: 'ACoAAB1cDeFgHiJk' }),
        draft(4, { name: 'Other member', linkedin: 'ACoAAB1cDeFgHiJK' }),
      ],
      [
        { id: 'ann', name: 'Ann Lee', emails: [], orgName: 'Acme Ltd' },
        { id: 'm', name: 'M', emails: [], linkedin: 'https://www.linkedin.com/in/ACoAAB1cDeFgHiJk/' },
      ],
    );
    expect(plan.map((p) => p.decision)).toEqual([
      { kind: 'duplicate-of-existing', existingId: 'ann', matchedBy: 'name-company' },
      { kind: 'duplicate-of-existing', existingId: 'm', matchedBy: 'linkedin' },
      { kind: 'new' },
    ]);
  });

  it('finds the HubSpot contacts already imported from Google', () => {
    const load = (file: string) => {
      const csv = parseCsv(fixtureText(file));
      return mapRows(csv.rows, detectFormat(csv.headers).mapping).drafts;
    };
    const stored = load('google-contacts.csv').map((d, i) => ({ id: `g${i}`, ...d }));
    const plan = planImport(load('hubspot.csv'), stored);
    expect(plan.map((p) => p.decision.kind)).toEqual(['duplicate-of-existing', 'new', 'new', 'new']);
  });
});
