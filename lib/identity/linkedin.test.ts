import { describe, expect, it } from 'vitest';
import { linkedInProfileUrl, normaliseLinkedInSlug } from './linkedin';

describe('normaliseLinkedInSlug', () => {
  it.each([
    'ann-lee',
    'Ann-Lee',
    ' ann-lee ',
    'https://www.linkedin.com/in/ann-lee',
    'https://www.linkedin.com/in/ann-lee/',
    'http://linkedin.com/in/Ann-Lee/',
    'https://uk.linkedin.com/in/ann-lee/',
    'https://de.linkedin.com/in/ann-lee?trk=public_profile',
    'https://www.linkedin.com/in/ann-lee/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB',
    'https://www.linkedin.com/in/ann-lee/#experience',
    'https://www.linkedin.com/in/ann-lee/overlay/contact-info/',
    'https://www.linkedin.com/in/ann-lee/details/experience/',
    'www.linkedin.com/in/ann-lee/',
    'linkedin.com/in/ann-lee',
    '/in/ann-lee/',
  ])('%s -> ann-lee', (input) => {
    expect(normaliseLinkedInSlug(input)).toBe('ann-lee');
  });

  it('decodes percent-encoding and keeps other scripts', () => {
    expect(normaliseLinkedInSlug('https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-5b1a2c/')).toBe(
      'josé-garcía-5b1a2c',
    );
    expect(normaliseLinkedInSlug('https://www.linkedin.com/in/JOSÉ-garcía/')).toBe('josé-garcía');
    expect(normaliseLinkedInSlug('jos%C3%A9')).toBe('josé');
    expect(normaliseLinkedInSlug('https://www.linkedin.com/in/%E7%8E%8B%E4%BC%9F/')).toBe('王伟');
  });

  it('keeps the case of member ids (they are case-sensitive)', () => {
    expect(normaliseLinkedInSlug('https://www.linkedin.com/in/ACoAAB1x2y3Z4w5V6u7T8s9R0q/')).toBe(
      'ACoAAB1x2y3Z4w5V6u7T8s9R0q',
    );
    expect(normaliseLinkedInSlug('acoaab1x2y3z4w5v6u7t8s9r0q')).toBe('acoaab1x2y3z4w5v6u7t8s9r0q');
  });

  it.each([
    null,
    undefined,
    '',
    'a',
    'ann lee',
    'ann.lee',
    '<b>x</b>',
    'https://www.linkedin.com/company/acme/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://evil-linkedin.com/in/ann-lee/',
    'https://linkedin.com.evil.example/in/ann-lee/',
    'https://example.com/in/ann-lee/',
    'https://www.linkedin.com/in/%E0%A4%A/',
    'https://www.linkedin.com/in/ann%2Flee/',
    `https://www.linkedin.com/in/${'a'.repeat(101)}/`,
    'https://www.linkedin.com/in/ann%E2%80%AElee/',
    'javascript:alert(1)',
  ])('%s is not a profile', (input) => {
    expect(normaliseLinkedInSlug(input)).toBeNull();
  });
});

describe('linkedInProfileUrl', () => {
  it('builds the canonical URL from a slug or any profile URL', () => {
    expect(linkedInProfileUrl('Ann-Lee')).toBe('https://www.linkedin.com/in/ann-lee/');
    expect(linkedInProfileUrl('https://uk.linkedin.com/in/ann-lee?x=1#y')).toBe('https://www.linkedin.com/in/ann-lee/');
    expect(linkedInProfileUrl('josé')).toBe('https://www.linkedin.com/in/jos%C3%A9/');
    expect(normaliseLinkedInSlug(linkedInProfileUrl('josé'))).toBe('josé');
  });

  it('is null for anything else', () => {
    expect(linkedInProfileUrl('https://www.linkedin.com/company/acme/')).toBeNull();
    expect(linkedInProfileUrl('')).toBeNull();
  });
});
