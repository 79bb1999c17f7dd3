import { describe, expect, it } from 'vitest';
import {
  duplicateSuggestions,
  type MatchableContact,
  matchPerson,
  normaliseOrganisationName,
  normalisePersonName,
} from './match';

const contacts: MatchableContact[] = [
  { id: 'c1', name: 'Ann Lee', emails: ['ann@acme.com'], orgName: 'Acme Corp' },
  {
    id: 'c2',
    name: 'Carl Ortiz',
    emails: ['carl.ortiz@gmail.com'],
    linkedin: 'https://www.linkedin.com/in/carl-ortiz/',
  },
  { id: 'c3', name: 'José García', emails: [], orgName: 'Booking.com' },
  { id: 'c4', name: 'Dee Park', emails: ['dee@customer-example.com'] },
  { id: 'c5', name: 'Raj Patel', emails: [], linkedin: 'raj-patel-99' },
];

describe('normalisers', () => {
  it.each([
    ['Ann Lee', 'ann lee'],
    ['  ANN   lee ', 'ann lee'],
    ['Lee, Ann', 'ann lee'],
    ['Lee,Ann', 'ann lee'],
    ['José García', 'jose garcia'],
    ['García, José', 'jose garcia'],
    ['Ann Lee, MBA', 'ann lee'],
    ['Ann Lee, MBA, PhD', 'ann lee'],
    ['Lee, Ann, CPA', 'ann lee'],
    ["Seán O'Brien-Smith", 'sean o brien smith'],
    ['', ''],
    [',', ''],
  ])('name %s -> %s', (name, key) => {
    expect(normalisePersonName(name)).toBe(key);
  });

  it.each([
    ['Acme Corp', 'acme'],
    ['ACME, Inc.', 'acme'],
    ['Acme Corporation Ltd', 'acme'],
    ['Nestlé S.A.', 'nestle'],
    ['Booking.com', 'bookingcom'],
    ['The Company', 'thecompany'],
    [undefined, ''],
  ])('organisation %s -> %s', (name, key) => {
    expect(normaliseOrganisationName(name)).toBe(key);
  });
});

describe('matchPerson', () => {
  it('matches on canonical email first (certain)', () => {
    expect(matchPerson({ emails: [' CarlOrtiz+crm@googlemail.com'] }, contacts)).toEqual({
      contactId: 'c2',
      reason: 'email',
      confidence: 1,
    });
    // Email beats a LinkedIn profile that points elsewhere.
    expect(matchPerson({ emails: ['ANN@acme.com'], linkedin: 'raj-patel-99' }, contacts)).toMatchObject({
      contactId: 'c1',
      reason: 'email',
    });
  });

  it('does not strip tags or dots for other providers', () => {
    expect(matchPerson({ emails: ['ann+x@acme.com'] }, contacts)).toBeNull();
  });

  it('matches on the LinkedIn profile, whatever the URL form (certain)', () => {
    expect(matchPerson({ linkedin: 'https://uk.linkedin.com/in/Carl-Ortiz?trk=x' }, contacts)).toEqual({
      contactId: 'c2',
      reason: 'linkedin',
      confidence: 1,
    });
    expect(
      matchPerson({ linkedin: 'https://www.linkedin.com/in/raj-patel-99/overlay/contact-info/' }, contacts),
    ).toMatchObject({ contactId: 'c5', reason: 'linkedin' });
  });

  it('matches on name + organisation (probable), never on the name alone', () => {
    expect(matchPerson({ name: 'García, Jose', company: 'booking.com' }, contacts)).toEqual({
      contactId: 'c3',
      reason: 'name-company',
      confidence: 0.7,
    });
    expect(matchPerson({ name: 'ann lee', company: 'ACME, Inc.' }, contacts)).toMatchObject({ contactId: 'c1' });
    expect(matchPerson({ name: 'Ann Lee' }, contacts)).toBeNull();
    expect(matchPerson({ name: 'Ann Lee', company: 'Globex' }, contacts)).toBeNull();
    expect(matchPerson({ name: '', company: 'Acme' }, contacts)).toBeNull();
  });

  it('accepts the organisation through a work email domain, with less confidence', () => {
    expect(matchPerson({ name: 'Dee Park', company: 'Customer Example Ltd' }, contacts)).toEqual({
      contactId: 'c4',
      reason: 'name-company',
      confidence: 0.6,
    });
  });

  it('prefers a named organisation over a domain guess, then the earlier contact', () => {
    const list: MatchableContact[] = [
      { id: 'a', name: 'Ann Lee', emails: ['ann@acme.com'] },
      { id: 'b', name: 'Ann Lee', emails: [], orgName: 'Acme' },
      { id: 'c', name: 'Ann Lee', emails: [], orgName: 'Acme Ltd' },
    ];
    expect(matchPerson({ name: 'Ann Lee', company: 'Acme Corp' }, list)?.contactId).toBe('b');
  });

  it('is null with nothing to go on', () => {
    expect(matchPerson({}, contacts)).toBeNull();
    expect(matchPerson({ emails: ['', 'x'] }, contacts)).toBeNull();
    expect(matchPerson({ emails: ['ann@acme.com'] }, [])).toBeNull();
  });
});

describe('duplicateSuggestions', () => {
  it('finds each pair once with its strongest reason', () => {
    const list: MatchableContact[] = [
      { id: 'a', name: 'Ann Lee', emails: ['ann.lee@gmail.com'], orgName: 'Acme' },
      { id: 'b', name: 'Lee, Ann', emails: ['AnnLee+x@googlemail.com'], orgName: 'ACME Inc.' },
      { id: 'c', name: 'Carl Ortiz', emails: [], linkedin: 'carl-ortiz' },
      { id: 'd', name: 'C. Ortiz', emails: [], linkedin: 'https://www.linkedin.com/in/Carl-Ortiz/' },
      { id: 'e', name: 'Dee Park', emails: ['dee@customer-example.com'] },
      { id: 'f', name: 'Dee Park', emails: [], orgName: 'Customer Example' },
      { id: 'g', name: 'Dee Park', emails: [] },
      { id: 'h', name: 'Bo Chen', emails: ['bo@x.example', 'BO@x.example'] },
    ];
    expect(duplicateSuggestions(list)).toEqual([
      { a: 'a', b: 'b', reason: 'email', confidence: 1 },
      { a: 'c', b: 'd', reason: 'linkedin', confidence: 1 },
      { a: 'e', b: 'f', reason: 'name-company', confidence: 0.6 },
    ]);
  });

  it('pairs a bucket star-wise, so many look-alikes stay linear', () => {
    const many: MatchableContact[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `c${i}`,
      name: 'Ann Lee',
      emails: ['ann@acme.com'],
      orgName: 'Acme',
    }));
    const pairs = duplicateSuggestions(many);
    expect(pairs).toHaveLength(4999);
    expect(pairs.every((p) => p.a === 'c0' && p.reason === 'email')).toBe(true);
    expect(new Set(pairs.map((p) => p.b)).size).toBe(4999);
  });

  it('pairs contacts through a LinkedIn alias (a member id beside a vanity slug)', () => {
    const list: MatchableContact[] = [
      { id: 'a', name: 'Carl Ortiz', emails: [], linkedin: 'carl-ortiz', linkedinAliases: ['ACoAABcdEfGhIjKlMn'] },
      { id: 'b', name: 'C. O.', emails: [], linkedin: 'https://www.linkedin.com/in/ACoAABcdEfGhIjKlMn/' },
      { id: 'c', name: 'Carla', emails: [], linkedin: 'carla', linkedinAliases: ['ACoAAZzzzzzzzzzzzz'] },
    ];
    expect(duplicateSuggestions(list)).toEqual([{ a: 'a', b: 'b', reason: 'linkedin', confidence: 1 }]);
    expect(matchPerson({ linkedin: 'ACoAAZzzzzzzzzzzzz' }, list)).toMatchObject({ contactId: 'c', reason: 'linkedin' });
  });

  it('ignores a contact listed twice and contacts with nothing to compare', () => {
    const ann = { id: 'a', name: 'Ann', emails: ['ann@acme.com'] };
    expect(duplicateSuggestions([ann, ann, { id: 'z', name: '', emails: [] }])).toEqual([]);
  });
});
