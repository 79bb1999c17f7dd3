import { describe, expect, it } from 'vitest';
import {
  canonicalEmail,
  linkedInProfileUrl,
  nameCompanyKey,
  normaliseLinkedInSlug,
  organisationKey,
  personKeys,
  profileSlugs,
  storedLinkedIn,
  withProfile,
} from './keys';

describe('the identity rule-book', () => {
  it('canonicalises Gmail addresses only', () => {
    expect(canonicalEmail(' A.Nn.Lee+news@GoogleMail.com ')).toBe('annlee@gmail.com');
    expect(canonicalEmail('Ann.Lee+x@Acme.example')).toBe('ann.lee+x@acme.example');
  });

  it('stores one form of a profile whatever URL or slug it was given', () => {
    const forms = [
      'https://www.linkedin.com/in/ann-lee-acme',
      'https://www.linkedin.com/in/ann-lee-acme/',
      'https://www.linkedin.com/in/Ann-Lee-Acme/?trk=public_profile',
      'http://uk.linkedin.com/in/ann-lee-acme/details/experience/#x',
      'linkedin.com/in/ann-lee-acme',
      '/in/ann-lee-acme/overlay/contact-info/',
      'Ann-Lee-Acme',
    ];
    for (const form of forms) expect(storedLinkedIn(form)).toBe('ann-lee-acme');
    expect(linkedInProfileUrl('ann-lee-acme')).toBe('https://www.linkedin.com/in/ann-lee-acme/');
  });

  it('decodes escaped slugs and lower-cases vanity slugs', () => {
    expect(storedLinkedIn('https://www.linkedin.com/in/Sof%C3%ADa-Garc%C3%ADa-4a1b2c')).toBe('sofía-garcía-4a1b2c');
  });

  it('keeps the case of member ids, which name another member when lower-cased', () => {
    expect(storedLinkedIn('https://www.linkedin.com/in/ACoAAB1cDeFgHiJk/')).toBe('ACoAAB1cDeFgHiJk');
    expect(normaliseLinkedInSlug('ACoAAB1cDeFgHiJk')).not.toBe(normaliseLinkedInSlug('ACoAAB1cDeFgHiJK'));
  });

  it('keeps a value that names no profile as written', () => {
    expect(storedLinkedIn('see my website')).toBe('see my website');
    expect(storedLinkedIn(undefined)).toBeUndefined();
  });

  it('gives "Acme Ltd" and "ACME, Inc." one organisation key', () => {
    expect(organisationKey('Acme Ltd')).toBe(organisationKey('ACME, Inc.'));
    expect(organisationKey('Acme Ltd')).not.toBe(organisationKey('Globex Ltd'));
    expect(nameCompanyKey('Ann  Lée', 'Acme Ltd')).toBe(nameCompanyKey('ann lee', 'ACME, Inc.'));
  });

  it('needs both a name and a company for the name key', () => {
    expect(nameCompanyKey('Ann Lee', undefined)).toBeUndefined();
    expect(nameCompanyKey('Björn  Öberg', 'Nordlys AB')).toBe('bjorn oberg|nordlys');
  });

  it('lists every key a person is recognised by', () => {
    expect(
      personKeys({
        name: 'Ann Lee',
        orgName: 'Acme Ltd',
        emails: ['a.nn@gmail.com'],
        linkedin: 'https://www.linkedin.com/in/Ann-Lee/',
      }),
    ).toEqual({ emails: ['ann@gmail.com'], linkedin: 'ann-lee', nameCompany: 'ann lee|acme' });
  });
});

describe('two forms of one profile', () => {
  const vanity = 'https://www.linkedin.com/in/ann-lee-acme/';
  const member = 'https://www.linkedin.com/in/ACoAAB1cDeFgHiJk/';

  it('keeps a member id beside a vanity slug, and the other way round', () => {
    expect(withProfile({}, vanity)).toEqual({ linkedin: 'ann-lee-acme' });
    expect(withProfile({ linkedin: 'ann-lee-acme' }, member)).toEqual({
      linkedin: 'ann-lee-acme',
      linkedinAliases: ['ACoAAB1cDeFgHiJk'],
    });
    const both = withProfile({ linkedin: 'ACoAAB1cDeFgHiJk' }, vanity);
    expect(profileSlugs(both)).toEqual(['ACoAAB1cDeFgHiJk', 'ann-lee-acme']);
  });

  it('never takes a second vanity slug or a second member id: those are other people', () => {
    const ann = { linkedin: 'ann-lee-acme' };
    expect(withProfile(ann, 'https://www.linkedin.com/in/ann-lee-globex')).toBe(ann);
    const mo = { linkedin: 'ACoAAB1cDeFgHiJk' };
    expect(withProfile(mo, 'ACoAAZ9yXwVuTsRq')).toBe(mo);
  });
});
