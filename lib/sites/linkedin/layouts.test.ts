// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLinkedInPage } from './read';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/linkedin', name), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const LI = 'https://www.linkedin.com';
const MEI = `${LI}/in/mei-lin-0a1b2c/`;
const TOMAS = `${LI}/in/tomas-novak-cz/`;
const RAJ_ID = `${LI}/in/ACoAAB1x2y3Z4w5V6u7T8s9R0q/`;
const SEARCH = `${LI}/search/results/people/?keywords=northwind`;
const by = (field: string, strategy: string, fallback = false) => ({ field, by: strategy, fallback });

describe('profile-server-driven.html (no h1; name in a componentkey anchor)', () => {
  const html = fixture('profile-server-driven.html');

  it('reads the name bound to the slug, the headline and company from the same top card', () => {
    const page = readLinkedInPage(parse(html), MEI);
    expect(page.problems).toEqual([]);
    expect(page.people).toEqual([
      {
        name: 'Mei Lin',
        email: '',
        role: 'profile',
        profileUrl: MEI,
        title: 'VP Sales EMEA at Northwind Traders | Building partner channels',
        company: 'Northwind Traders',
      },
    ]);
    expect(page.readings).toEqual([
      by('name', 'slug'),
      by('headline', 'after-name', true),
      by('company', 'link', true),
    ]);
  });

  it('binds by componentkey alone when the anchor has no href', () => {
    const d = parse(html.replace('href="https://www.linkedin.com/in/mei-lin-0a1b2c/overlay/about-this-profile/"', ''));
    expect(readLinkedInPage(d, MEI).people[0]?.name).toBe('Mei Lin');
  });

  it('without the bound anchor falls back to the top card heading, confirmed by the card’s own links', () => {
    const d = parse(
      html.replace(
        'componentkey="ProfileVerificationTriggerRef-mei-lin-0a1b2c" href="https://www.linkedin.com/in/mei-lin-0a1b2c/overlay/about-this-profile/"',
        'href="#"',
      ),
    );
    const page = readLinkedInPage(d, MEI);
    expect(page.people[0]).toMatchObject({ name: 'Mei Lin', profileUrl: MEI, company: 'Northwind Traders' });
    expect(page.readings?.[0]).toEqual(by('name', 'card', true));
  });

  it('another profile’s URL: the previous profile still on screen is not named', () => {
    const page = readLinkedInPage(parse(html), `${LI}/in/dee-park-77/`);
    expect(page.people).toEqual([]);
    expect(page.problems).toEqual(['linkedin.page-stale']);
  });

  it('a member-id URL shows the one top-card profile, keyed by its vanity slug', () => {
    const page = readLinkedInPage(parse(html), `${LI}/in/ACoAAD4e5F6g7H8i9J0k1L2m3N/`);
    expect(page.people[0]).toMatchObject({ name: 'Mei Lin', profileUrl: MEI });
  });
});

describe('profile-pymk.html ("People you may know" anchors of the same kind)', () => {
  const html = fixture('profile-pymk.html');

  it('names the page’s own member, never a recommendation drawn before the top card or in an aside', () => {
    const page = readLinkedInPage(parse(html), TOMAS);
    expect(page.people).toEqual([
      {
        name: 'Tomáš Novák',
        email: '',
        role: 'profile',
        profileUrl: TOMAS,
        title: 'Key Account Manager · Retail',
        company: 'Example Logistics s.r.o.',
      },
    ]);
  });

  it('with its own heading gone, says it cannot read the name instead of naming someone else', () => {
    const d = parse(html.replace('<h2 class="z6x7c8 v9b0n1">Tomáš Novák</h2>', ''));
    const page = readLinkedInPage(d, TOMAS);
    expect(page.people).toEqual([]);
    expect(page.problems).toEqual(['linkedin.name-missing']);
    expect(page.readings).toEqual([by('name', '')]);
  });

  it('at a recommended member’s URL, the page is not theirs', () => {
    for (const url of [`${LI}/in/dee-park-77/`, `${LI}/in/raj-patel-99/`]) {
      const page = readLinkedInPage(parse(html), url);
      expect(page.people).toEqual([]);
      expect(page.problems).toEqual(['linkedin.page-stale']);
    }
  });
});

describe('search-2026.html', () => {
  const html = fixture('search-2026.html');

  it('lists each result by its lockup title, profile links without tracking parameters', () => {
    const page = readLinkedInPage(parse(html), SEARCH);
    expect(page.problems).toEqual([]);
    expect(page.people.map((p) => [p.name, p.profileUrl])).toEqual([
      ['Mei Lin', MEI],
      ['Søren Kierkegaard-Holm', `${LI}/in/ACoAAF1a2B3c4D5e6F7g8H9i0J/`],
      ['Dee Park', `${LI}/in/dee-park-77/`],
    ]);
    expect(page.readings).toEqual([by('results', 'lockup')]);
  });

  it('the older layouts are a fallback, and say so', () => {
    const page = readLinkedInPage(parse(fixture('search.html')), SEARCH);
    expect(page.people).toHaveLength(3);
    expect(page.readings).toEqual([by('results', 'entity', true)]);
  });

  it('a page still loading (results without names yet) says so, names nobody', () => {
    const loading = parse(html.replace(/<a class="o1p2q3"[^>]*>[^<]*<\/a>/g, '<span class="sk"></span>'));
    const page = readLinkedInPage(loading, SEARCH);
    expect(page.people).toEqual([]);
    expect(page.problems).toEqual(['linkedin.results-loading']);
    const empty = readLinkedInPage(parse('<main></main>'), SEARCH);
    expect(empty.problems).toEqual(['linkedin.people-missing']);
    expect(empty.readings).toEqual([by('results', '')]);
  });
});

describe('bubble-feed.html (the messaging window over the feed)', () => {
  const html = fixture('bubble-feed.html');
  const urn = (x: string) =>
    `urn:li:msg_message:(urn:li:fsd_profile:ACoAAA1b2c3D,2-MTc2OTk4NzY1NDMyMWIyNjQ0OC0w${x}mOWE3ZTM4YjU=)`;

  it('reads every open conversation apart from the feed’s people: participant by member id, visible messages', () => {
    const page = readLinkedInPage(parse(html), `${LI}/feed/`);
    expect(page.people.map((p) => p.name)).toEqual(['Carl Ortiz', 'Raj Patel']);
    expect(page.problems).toEqual([]);
    expect(page.conversations).toEqual([
      {
        id: RAJ_ID,
        people: [{ name: 'Raj Patel', email: '', role: 'participant', profileUrl: RAJ_ID }],
        messages: [
          {
            id: urn('MDY'),
            fromEmail: '',
            toEmails: [],
            fromName: 'Ann Lee',
            at: new Date(2026, 10, 23, 10, 15).getTime(),
          },
          {
            id: urn('MDc'),
            fromEmail: '',
            toEmails: [],
            fromName: 'Raj Patel',
            at: new Date(2026, 10, 24, 8, 30).getTime(),
          },
        ],
      },
      {
        id: `${LI}/in/ACoAAG5h6I7j8K9l0M1n2O3p4Q/`,
        people: [
          { name: 'Lena Fischer', email: '', role: 'participant', profileUrl: `${LI}/in/ACoAAG5h6I7j8K9l0M1n2O3p4Q/` },
        ],
        messages: [],
      },
    ]);
  });

  it('over any page: a profile, a search, a company page, any other LinkedIn page', () => {
    const overlay = /<aside id="msg-overlay"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
    const pages: [string, string][] = [
      ['profile-server-driven.html', MEI],
      ['search-2026.html', SEARCH],
      ['company.html', `${LI}/company/customer-example/`],
      ['company.html', `${LI}/jobs/`],
    ];
    for (const [name, url] of pages) {
      const page = readLinkedInPage(parse(fixture(name).replace('</body>', `${overlay}</body>`)), url);
      expect(
        page.conversations?.map((c) => c.people[0]?.name),
        name,
      ).toEqual(['Raj Patel', 'Lena Fischer']);
    }
  });
});

describe('the classic and hashed layouts say which strategy read them', () => {
  const CARL = `${LI}/in/carl-ortiz-4a5b6c/`;
  const JOSE = `${LI}/in/jos%C3%A9-garc%C3%ADa-5b1a2c/`;

  it('hashed: the slug-bound h1, the block after it, the company label', () => {
    const page = readLinkedInPage(parse(fixture('profile-hashed.html')), JOSE);
    expect(page.readings).toEqual([by('name', 'slug'), by('headline', 'after-name', true), by('company', 'label')]);
  });

  it('classic without the name’s link: falls back to main h1, still confirmed by the profile’s own links', () => {
    const html = fixture('profile-classic.html').replace(
      /<a href="\/in\/carl-ortiz-4a5b6c\/overlay\/about-this-profile\/"[^>]*>/,
      '<a href="#top">',
    );
    const page = readLinkedInPage(parse(html), CARL);
    expect(page.people[0]).toMatchObject({ name: 'Carl Ortiz', profileUrl: CARL, company: 'Customer Example Ltd' });
    expect(page.readings).toEqual([by('name', 'h1', true), by('headline', 'classic'), by('company', 'label')]);
  });
});
