import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../tests/kit/io-fixtures';
import type { Contact } from '../schema/records';
import { type ContactImport, contactFromImport } from './contact-import';
import { parseVCards, toVCard, vcardsToImports } from './vcard';

const NOW = Date.UTC(2026, 10, 23);

function contact(overrides: Partial<Contact>): Contact {
  return {
    ...contactFromImport({ line: 1, name: 'X', emails: [], phones: [], tags: [], source: 'manual' }, 'id-1', NOW),
    ...overrides,
  };
}

const withoutLine = ({ line: _line, source: _source, ...rest }: ContactImport) => rest;

describe('parseVCards', () => {
  it('reads 3.0 and 4.0 cards with their start lines, unfolding and unescaping', () => {
    const { drafts, problems } = vcardsToImports(fixtureText('contacts.vcf'));
    expect(drafts.map((d) => d.line)).toEqual([1, 17, 32]);
    expect(drafts[0]).toEqual({
      line: 1,
      name: 'Ann Lee',
      emails: ['ann.lee@acme.example', 'ann.lee.home@gmail.com'],
      phones: ['+1 415-555-0101'],
      orgName: 'Acme Corp',
      title: 'VP Sales',
      linkedin: 'ann-lee-acme',
      tags: ['Customers', 'VIP'],
      notes:
        'Met at SaaStr 2024, booth 12.\nLikes tennis; prefers mornings. This note is long enough that Apple folded it onto a continuation line.',
      source: 'import:vcard',
    });
    expect(drafts[1]).toMatchObject({
      name: 'Jean-Luc Moreau',
      emails: ['jl.moreau@moreau-fils.example', 'jeanluc.moreau@example.fr'],
      phones: ['+33-1-42-68-53-00'],
      orgName: 'Moreau, Fils et Cie',
      title: 'Directeur général',
      linkedin: 'jlmoreau',
      notes: "Dîner à Paris en mars. Il préfère qu'on lui écrive en français plutôt qu'en anglais.",
    });
    expect(drafts[2]).toMatchObject({ name: 'Kenji Tanaka', emails: ['kenji@tanaka.example'] });
    expect(problems).toEqual([
      { line: 37, reason: 'missing-name-and-email', detail: 'no name and no email' },
      { line: 42, reason: 'unterminated-vcard' },
    ]);
  });

  it('keeps TYPE parameters, in 3.0 shorthand, repeated and quoted-list forms', () => {
    const { cards } = parseVCards(fixtureText('contacts.vcf'));
    expect(cards[0]?.emails[0]).toEqual({ value: 'ann.lee@acme.example', types: ['internet', 'work', 'pref'] });
    expect(cards[1]?.phones[0]?.types).toEqual(['voice', 'work']);
    expect(cards[2]?.emails[0]?.types).toEqual(['internet']);
  });
});

describe('toVCard', () => {
  const ann = contact({
    id: '4fbe8971-0bc3-424c-9c26-36c3e1eff6b1',
    name: 'Ann Lee',
    emails: ['ann@acme.example', 'ann.lee@gmail.com'],
    phones: ['+1 415 555 0101'],
    orgName: 'Smith, Jones; Partners',
    title: 'VP Sales',
    linkedin: 'ann-lee-acme',
    tags: ['VIP', 'a,b'],
    ownerNotes: `Back\\slash; comma, newline\nand a long tail: ${'é'.repeat(60)} 🎉🎉🎉 ${'x'.repeat(80)}`,
  });

  it('writes vCard 4.0 with CRLF, escaping, and lines folded at 75 octets without splitting characters', () => {
    const vcf = toVCard([ann]);
    expect(vcf.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n')).toBe(
      true,
    );
    expect(vcf.endsWith('END:VCARD\r\n')).toBe(true);
    expect(vcf).toContain('ORG:Smith\\, Jones\\; Partners\r\n');
    expect(vcf).toContain('CATEGORIES:VIP,a\\,b\r\n');
    expect(vcf).toContain('EMAIL;PREF=1:ann@acme.example\r\n');
    expect(vcf).toContain('NOTE:Back\\\\slash\\; comma\\, newline\\nand');
    const lines = vcf.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(vcf).not.toContain('\uFFFD');
  });

  it('round-trips: contacts -> vCard -> parse gives the same contacts', () => {
    const bob = contact({ id: 'bob', name: 'Bob', emails: ['bob@x.example'], tags: [] });
    const { drafts, problems } = vcardsToImports(toVCard([ann, bob]));
    expect(problems).toEqual([]);
    expect(drafts.map(withoutLine)).toEqual([
      {
        name: ann.name,
        emails: ann.emails,
        phones: ann.phones,
        orgName: ann.orgName,
        title: ann.title,
        linkedin: ann.linkedin,
        tags: ann.tags,
        notes: ann.ownerNotes,
      },
      { name: 'Bob', emails: ['bob@x.example'], phones: [], tags: [] },
    ]);
  });

  it('round-trips the fixture: vCard -> parse -> vCard -> parse', () => {
    const first = vcardsToImports(fixtureText('contacts.vcf')).drafts;
    const contacts = first.map((d, i) => contactFromImport(d, `c${i}`, NOW));
    const second = vcardsToImports(toVCard(contacts)).drafts;
    expect(second.map(withoutLine)).toEqual(first.map(withoutLine));
  });
});
