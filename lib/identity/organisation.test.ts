import { describe, expect, it } from 'vitest';
import { guessOrganisationName, organisationDomainOf } from './organisation';

describe('organisationDomainOf', () => {
  it('is the lower-cased domain of a work address', () => {
    expect(organisationDomainOf(' Ann@Acme-Corp.co.UK ')).toBe('acme-corp.co.uk');
    expect(organisationDomainOf('ann@eu.acme.com')).toBe('eu.acme.com');
    expect(organisationDomainOf('ann@müller.de')).toBe('müller.de');
    expect(organisationDomainOf('ann@xn--mller-kva.de')).toBe('xn--mller-kva.de');
  });

  it('is null for free mail and non-addresses', () => {
    for (const e of ['ann@gmail.com', 'ann@GoogleMail.com', 'ann@yahoo.co.uk', 'ann@proton.me']) {
      expect(organisationDomainOf(e)).toBeNull();
    }
    for (const e of ['', 'ann', '@acme.com', 'ann@', 'ann@localhost', 'ann@acme..com', 'ann@-acme.com', 'a@<b>.com']) {
      expect(organisationDomainOf(e)).toBeNull();
    }
  });
});

describe('guessOrganisationName', () => {
  it.each([
    ['acme-corp.co.uk', 'Acme Corp'],
    ['acme.com', 'Acme'],
    ['mail.globex.com', 'Globex'],
    ['ACME_Industries.com.au', 'Acme Industries'],
    ['initech.or.jp', 'Initech'],
    ['hooli.io', 'Hooli'],
    ['ann@umbrella-corp.de', 'Umbrella Corp'],
    ['https://www.stark.co.nz/about', 'Stark'],
    ['www.wayne.com', 'Wayne'],
    ['acme', 'Acme'],
    ['co.uk', 'Co'],
    ['', ''],
  ])('%s -> %s', (domain, name) => {
    expect(guessOrganisationName(domain)).toBe(name);
  });
});
