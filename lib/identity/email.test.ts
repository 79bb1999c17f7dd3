import { describe, expect, it } from 'vitest';
import { canonicalEmail, emailDomain, FREE_MAIL_DOMAINS, isFreeMail, nameFromEmail, normaliseEmail } from './email';

describe('canonicalEmail', () => {
  it.each([
    ['  Ann.Lee+crm@Gmail.com ', 'annlee@gmail.com'],
    ['a.n.n@googlemail.com', 'ann@gmail.com'],
    ['ANN+x+y@GoogleMail.COM', 'ann@gmail.com'],
    ['annlee@gmail.com', 'annlee@gmail.com'],
  ])('gmail: %s -> %s', (raw, canonical) => {
    expect(canonicalEmail(raw)).toBe(canonical);
  });

  it.each([
    [' Ann.Lee+crm@Example.COM ', 'ann.lee+crm@example.com'],
    ['ann.lee@outlook.com', 'ann.lee@outlook.com'],
    ['ann.lee@gmail.com.evil.example', 'ann.lee@gmail.com.evil.example'],
  ])('other domains are only trimmed and lower-cased: %s', (raw, canonical) => {
    expect(canonicalEmail(raw)).toBe(canonical);
  });

  it('leaves non-addresses and empty local parts alone', () => {
    expect(canonicalEmail('')).toBe('');
    expect(canonicalEmail('not an address')).toBe('not an address');
    expect(canonicalEmail('+tag@gmail.com')).toBe('+tag@gmail.com');
    expect(canonicalEmail('@gmail.com')).toBe('@gmail.com');
  });
});

describe('existing helpers keep working', () => {
  it('normalises, splits and names', () => {
    expect(normaliseEmail(' Ann@X.com ')).toBe('ann@x.com');
    expect(emailDomain('ann@Acme.COM')).toBe('acme.com');
    expect(isFreeMail('ann@gmail.com')).toBe(true);
    expect(isFreeMail('ann@yahoo.co.uk')).toBe(true);
    expect(isFreeMail('ann@acme.com')).toBe(false);
    expect(FREE_MAIL_DOMAINS.has('outlook.com')).toBe(true);
    expect(nameFromEmail('ann.lee+crm@acme.com')).toBe('Ann Lee');
  });
});
