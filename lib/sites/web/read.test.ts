// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWebPage } from './read';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/web', name), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('person-jsonld.html', () => {
  const url = 'https://www.customer.example/team/carl-ortiz';
  const page = readWebPage(parse(fixture('person-jsonld.html')), url);

  it('reads schema.org people with employer, title and LinkedIn profile, then mailto links', () => {
    expect(page.people).toEqual([
      {
        name: 'Carl Ortiz',
        email: 'carl.ortiz@customer.example',
        role: 'participant',
        company: 'Customer Example Ltd',
        title: 'Head of Procurement',
        profileUrl: 'https://www.linkedin.com/in/carl-ortiz-4a5b6c/',
      },
      {
        name: 'Dee Park',
        email: 'dee@customer.example',
        role: 'participant',
        company: 'Customer Example Ltd',
        title: 'Buyer',
      },
      { name: 'press', email: 'press@customer.example', role: 'participant' },
      { name: 'jobs', email: 'jobs@customer.example', role: 'participant' },
    ]);
  });

  it('reads the organisation, and says a JSON-LD block was unreadable without failing', () => {
    expect(page).toMatchObject({ site: 'web', kind: 'list', url, account: null, messages: [] });
    expect(page.organisation).toEqual({
      name: 'Customer Example Ltd',
      url: 'https://www.customer.example/',
      domain: 'customer.example',
    });
    expect(page.problems).toEqual(['web.jsonld-invalid']);
  });
});

describe('hcard.html', () => {
  const page = readWebPage(parse(fixture('hcard.html')), 'https://directory.example/people');

  it('reads classic and microformats2 cards, nested organisations and named mailto links', () => {
    expect(page.people).toEqual([
      {
        name: 'Raj Patel',
        email: 'raj@customer.example',
        role: 'participant',
        company: 'Customer Example Ltd',
        title: 'Procurement Lead',
      },
      {
        name: 'José García',
        email: 'jose@booking.example',
        role: 'participant',
        company: 'Booking.com',
        title: 'Directora de Ventas',
        profileUrl: 'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-5b1a2c/',
      },
      { name: '<img src=x onerror=alert(1)>', email: 'bad@evil.example', role: 'participant' },
      { name: 'Lena Berg', email: 'lena@fjord.example', role: 'participant' },
    ]);
    expect(page.organisation).toEqual({
      name: 'Fjord Shipping AS',
      url: 'https://fjord.example/',
      domain: 'fjord.example',
    });
    expect(page.problems).toEqual([]);
  });
});

describe('bad input', () => {
  it('a page with nothing on it says so and does not throw', () => {
    const page = readWebPage(parse('<p>Hello</p>'), 'https://example.com/');
    expect(page).toMatchObject({ kind: 'none', people: [], problems: ['web.people-missing'] });
    expect(() => readWebPage(parse(''), 'https://example.com/')).not.toThrow();
  });

  it('survives deep, huge and hostile JSON-LD', () => {
    const deep = `${'{"a":'.repeat(500)}{"@type":"Person","name":"Deep"}${'}'.repeat(500)}`;
    const hostile = JSON.stringify({
      '@type': 'Person',
      name: `\u202E${'A'.repeat(10_000)}`,
      email: 'mailto:<b>@x.example',
      worksFor: { name: 42 },
      sameAs: 'javascript:alert(1)',
    });
    const doc = parse(`<script type="application/ld+json">${deep}</script>
      <script type="application/ld+json">${hostile}</script>`);
    const page = readWebPage(doc, 'https://example.com/');
    expect(page.people).toEqual([{ name: 'A'.repeat(200), email: '', role: 'participant' }]);
  });
});
