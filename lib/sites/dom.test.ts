import { describe, expect, it } from 'vitest';
import { cleanEmail, cleanName, cleanText, isEmail, localPart, uniqueByEmail } from './dom';

describe('dom helpers', () => {
  it('cleans names to plain, single-line, capped text', () => {
    expect(cleanName('  Ann \n\t Lee  ')).toBe('Ann Lee');
    expect(cleanName('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(cleanName('x'.repeat(10_000))).toHaveLength(200);
    expect(cleanName('\u202Eexe.txt')).toBe('exe.txt');
    expect(cleanName('a\u0000b\u200bc\n\td')).toBe('abc d');
    expect(cleanName(null)).toBe('');
    // never splits a surrogate pair at the cap
    const capped = cleanText(`${'a'.repeat(199)}😀`, 200);
    expect(capped).toBe('a'.repeat(199));
  });

  it('accepts plausible addresses only', () => {
    expect(isEmail('ann@example.com')).toBe(true);
    expect(isEmail("o'brien+crm@mail.example.co.uk")).toBe(true);
    for (const bad of [
      '',
      'ann',
      'ann@',
      '@example.com',
      'ann@example',
      'a b@example.com',
      '<b>@x.com',
      'ann@ex<ample.com',
      'a@b@c.com',
      'ann@example.com\u202E',
    ]) {
      expect(isEmail(bad), bad).toBe(false);
    }
    expect(isEmail(`${'a'.repeat(250)}@x.co`)).toBe(false);
    expect(cleanEmail('  Ann@Example.COM ')).toBe('ann@example.com');
    expect(cleanEmail('not an address')).toBe('');
    expect(localPart('ann@example.com')).toBe('ann');
  });

  it('keeps the first person per email (or profile url / name when there is no email)', () => {
    const out = uniqueByEmail([
      { name: 'A', email: 'a@x.com', role: 'from' },
      { name: 'A2', email: 'a@x.com', role: 'to' },
      { name: 'P', email: '', role: 'profile', profileUrl: 'https://www.linkedin.com/in/p' },
      { name: 'P2', email: '', role: 'profile', profileUrl: 'https://www.linkedin.com/in/p' },
      { name: '', email: '', role: 'participant' },
    ]);
    expect(out.map((p) => p.name)).toEqual(['A', 'P']);
  });
});
