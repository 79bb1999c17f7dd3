// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LinkedInMessage } from './read';
import { readLinkedInPage } from './read';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/linkedin', name), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();

const LI = 'https://www.linkedin.com';
const CARL = `${LI}/in/carl-ortiz-4a5b6c/`;
const JOSE = `${LI}/in/jos%C3%A9-garc%C3%ADa-5b1a2c/`;
const THREAD_ID = '2-OWE3ZTM4YjUtNjQ0Ni00ZjJhLWI5MjItOGNkYzlkZDQ2ZjQ4XzAxMA==';
const THREAD = `${LI}/messaging/thread/${THREAD_ID}/`;
const SEARCH = `${LI}/search/results/people/?keywords=customer%20example&origin=GLOBAL_SEARCH_HEADER`;
const RAJ_ID = `${LI}/in/ACoAAB1x2y3Z4w5V6u7T8s9R0q/`;

describe('profile-classic.html', () => {
  const html = fixture('profile-classic.html');
  const doc = parse(html);

  it('reads the member, headline, company and the email in the contact-info overlay', () => {
    const page = readLinkedInPage(doc, `${CARL}overlay/contact-info/`);
    expect(page).toEqual({
      site: 'linkedin',
      kind: 'profile',
      url: `${CARL}overlay/contact-info/`,
      account: null,
      people: [
        {
          name: 'Carl Ortiz',
          email: 'carl.ortiz@customer.example',
          role: 'profile',
          profileUrl: CARL,
          company: 'Customer Example Ltd',
          title: 'Head of Procurement at Customer Example Ltd | Sourcing, supplier relationships',
        },
      ],
      messages: [],
      // The chat window over the profile is someone else, apart from the profile; it shows no messages.
      conversations: [
        {
          id: `${LI}/in/raj-patel-99/`,
          messages: [],
          people: [{ name: 'Raj Patel', email: '', role: 'participant', profileUrl: `${LI}/in/raj-patel-99/` }],
        },
      ],
      readings: [
        { field: 'name', by: 'slug', fallback: false },
        { field: 'headline', by: 'classic', fallback: false },
        { field: 'company', by: 'label', fallback: false },
      ],
      problems: [],
    });
  });

  it('shows no email without the overlay route, and never one from the page or the chat overlay', () => {
    const page = readLinkedInPage(doc, `${CARL}?originalSubdomain=uk#about`);
    expect(page.people).toHaveLength(1);
    expect(page.people[0]).toMatchObject({ name: 'Carl Ortiz', email: '', profileUrl: CARL });
    const noDialog = parse(html.replace('role="dialog"', 'role="region"'));
    expect(readLinkedInPage(noDialog, `${CARL}overlay/contact-info/`).people[0]?.email).toBe('');
  });

  it('reads the headline from the block after the name when its class is gone', () => {
    const d = parse(html.replace('class="text-body-medium break-words"', 'class="x9y8z7"'));
    expect(readLinkedInPage(d, CARL).people[0]?.title).toBe(
      'Head of Procurement at Customer Example Ltd | Sourcing, supplier relationships',
    );
  });

  it('is idempotent and writes nothing', () => {
    const before = doc.documentElement.outerHTML;
    const url = `${CARL}overlay/contact-info/`;
    expect(readLinkedInPage(doc, url)).toEqual(readLinkedInPage(doc, url));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reports a previous profile still on screen instead of naming the wrong person', () => {
    const page = readLinkedInPage(doc, `${LI}/in/dee-park-77/`);
    expect(page.kind).toBe('profile');
    expect(page.people).toEqual([]);
    expect(page.problems).toEqual(['linkedin.page-stale']);
  });

  it('confirms the profile from any of its own sub-page links', () => {
    const overlaysGone = parse(html.replaceAll('/overlay/', '/x/'));
    expect(readLinkedInPage(overlaysGone, CARL).people[0]?.name).toBe('Carl Ortiz');
    const allGone = parse(
      html
        .replaceAll('/overlay/', '/x/')
        .replaceAll('/details/', '/x/')
        .replace('/recent-activity/', '/x/')
        .replace('<a href="/in/carl-ortiz-4a5b6c/x/about-this-profile/"', '<a href="#top"'),
    );
    expect(readLinkedInPage(allGone, CARL)).toMatchObject({ people: [], problems: ['linkedin.profile-unconfirmed'] });
    // The name's own link to the profile proves it by itself.
    const headingOnly = parse(
      html
        .replaceAll('/overlay/', '/x/')
        .replaceAll('/details/', '/x/')
        .replace('/recent-activity/', '/x/')
        .replace('<a href="/in/carl-ortiz-4a5b6c/x/about-this-profile/"', '<a href="/in/carl-ortiz-4a5b6c/"'),
    );
    expect(readLinkedInPage(headingOnly, CARL).people[0]?.name).toBe('Carl Ortiz');
  });

  it('accepts a member-id URL showing one profile, keyed by its vanity slug', () => {
    const page = readLinkedInPage(doc, `${LI}/in/ACoAAA1b2c3D4e5F6g7H8i9J0k/`);
    expect(page.people[0]).toMatchObject({ name: 'Carl Ortiz', profileUrl: CARL });
    const feed = readLinkedInPage(parse(fixture('feed.html')), `${LI}/in/ACoAAA1b2c3D4e5F6g7H8i9J0k/`);
    expect(feed.people).toEqual([]);
  });
});

describe('profile-hashed.html', () => {
  const html = fixture('profile-hashed.html');

  it('reads from the URL, the h1 in main, the aria-label and the block after the name', () => {
    const page = readLinkedInPage(parse(html), JOSE);
    expect(page.problems).toEqual([]);
    expect(page.people).toEqual([
      {
        name: 'José García',
        email: '',
        role: 'profile',
        profileUrl: JOSE,
        company: 'Booking.com',
        title: 'Directora de Ventas · Partnerships for hotels in Southern Europe',
      },
    ]);
  });

  it('leaves out a headline it cannot find rather than guessing', () => {
    const d = parse(html.replace(/<div class="d0e1f2a3 b4c5d6e7">[^<]*<\/div>/, ''));
    const p = readLinkedInPage(d, JOSE).people[0];
    expect(p).toMatchObject({ name: 'José García', company: 'Booking.com' });
    expect(p?.title).toBeUndefined();
    const linked = parse(html.replace('Directora de Ventas ·', '<a href="/in/x/">Directora</a>'));
    expect(readLinkedInPage(linked, JOSE).people[0]?.title).toBeUndefined();
  });

  it('without the company label there is no company', () => {
    const d = parse(html.replace('aria-label="Current company: Booking.com.', 'aria-label="Booking.com.'));
    expect(readLinkedInPage(d, JOSE).people[0]?.company).toBeUndefined();
  });

  it('without main and with the name unbound (so only the header h1): name-missing, nobody', () => {
    const d = parse(
      html
        .replace(/<main[^>]*>/, '<div>')
        .replace('</main>', '</div>')
        .replaceAll('data-view-name="profile-card"', '')
        .replace('href="/in/jos%C3%A9-garc%C3%ADa-5b1a2c/overlay/about-this-profile/"', 'href="#top"'),
    );
    const page = readLinkedInPage(d, JOSE);
    expect(page.people).toEqual([]);
    expect(page.problems).toEqual(['linkedin.name-missing']);
  });
});

describe('messaging.html', () => {
  const html = fixture('messaging.html');
  const urn = (x: string) =>
    `urn:li:msg_message:(urn:li:fsd_profile:ACoAAA1b2c3D,2-MTc2OTk4NzY1NDMyMWIyNjQ0OC0w${x}mOWE3ZTM4YjU=)`;
  const msg = (id: string, fromName: string, at: number | null) => ({ id, fromEmail: '', toEmails: [], at, fromName });

  it('reads the other participant and the messages, senders and times', () => {
    const page = readLinkedInPage(parse(html), THREAD);
    expect(page).toMatchObject({ site: 'linkedin', kind: 'thread', threadId: THREAD_ID, account: null });
    expect(page.people).toEqual([{ name: 'Raj Patel', email: '', role: 'participant', profileUrl: RAJ_ID }]);
    expect(page.messages).toEqual([
      msg(urn('MDQ'), 'Raj Patel', local(2026, 11, 23, 9, 2)),
      // A group's second message has no name or time of its own.
      msg(urn('MDU'), 'Raj Patel', local(2026, 11, 23, 9, 2)),
      msg(urn('MDY'), 'Ann Lee', local(2026, 11, 23, 10, 15)),
      // "Today" needs a clock: the reader has none, so the time is unknown.
      msg(urn('MDc'), 'Raj Patel', null),
    ]);
    expect(page.problems).toEqual(['linkedin.time-missing']);
  });

  it('reads a machine-readable time when there is one', () => {
    const d = parse(html.replace('>8:30 AM<', ' datetime="2026-11-25T08:30:00Z">8:30 AM<'));
    expect(readLinkedInPage(d, THREAD).messages[3]?.at).toBe(Date.UTC(2026, 10, 25, 8, 30));
  });

  it('falls back to index ids without data-event-urn, and says so', () => {
    const page = readLinkedInPage(parse(html.replace(/ data-event-urn="[^"]*"/g, '')), THREAD);
    expect(page.messages.map((m) => m.id)).toEqual([0, 1, 2, 3].map((n) => `li:${THREAD_ID}:${n}`));
    expect((page.messages as LinkedInMessage[]).map((m) => m.fromName)).toEqual([
      'Raj Patel',
      'Raj Patel',
      'Ann Lee',
      'Raj Patel',
    ]);
    expect(page.problems).toEqual(['linkedin.message-ids-missing', 'linkedin.time-missing']);
  });

  it('a group thread lists each linked participant under their own name, never under the title', () => {
    const header = /<a class="msg-thread__link-to-profile[\s\S]*?<\/a>/;
    const group = parse(
      html.replace(
        header,
        `<h2 class="msg-entity-lockup__entity-title">Raj Patel, Dee Park</h2>
         <a href="${RAJ_ID}">Raj Patel</a> <a href="/in/dee-park-77/"><span aria-hidden="true">Dee Park</span></a>`,
      ),
    );
    expect(readLinkedInPage(group, THREAD).people.map((p) => [p.name, p.profileUrl])).toEqual([
      ['Raj Patel', RAJ_ID],
      ['Dee Park', `${LI}/in/dee-park-77/`],
    ]);
    const titled = parse(
      html.replace(
        header,
        `<a href="${RAJ_ID}"><h2>Raj Patel, Dee Park</h2></a><a href="/in/dee-park-77/">Dee Park</a>`,
      ),
    );
    expect(readLinkedInPage(titled, THREAD).people.map((p) => p.name)).toEqual(['Dee Park']);
  });

  it('never takes people from the conversation list or message bodies', () => {
    const d = parse(html.replace(/class="msg-title-bar[^"]*"/, 'class="x1"'));
    const page = readLinkedInPage(d, THREAD);
    expect(page.people).toEqual([]);
    expect(page.messages).toHaveLength(4);
    expect(page.problems).toContain('linkedin.participant-missing');
  });
});

describe('search.html', () => {
  const html = fixture('search.html');

  it('lists each result once: name from the link, canonical URL, headline when shown', () => {
    const page = readLinkedInPage(parse(html), SEARCH);
    expect(page).toMatchObject({ kind: 'list', messages: [], problems: [] });
    expect(page.people).toEqual([
      {
        name: 'Dee Park',
        email: '',
        role: 'participant',
        profileUrl: `${LI}/in/dee-park-77/`,
        title: 'Buyer at Customer Example Ltd',
      },
      {
        name: 'Bo Chen',
        email: '',
        role: 'participant',
        profileUrl: `${LI}/in/bo-chen/`,
        title: 'Account Manager, Example Corp',
      },
      { name: 'Émile Zola-Dupont', email: '', role: 'participant', profileUrl: `${LI}/in/ACoAAC9z8Y7x6W5v4U3t2S1r0Q/` },
    ]);
  });

  it('strips "View X’s profile" and degree badges from plain link text', () => {
    const d = parse(html.replace(/<span aria-hidden="true"><!---->Dee Park<!----><\/span>/, 'Dee Park'));
    expect(readLinkedInPage(d, SEARCH).people[0]?.name).toBe('Dee Park');
    const named = parse(html.replaceAll('Émile Zola-Dupont', 'Ann View Smith'));
    expect(readLinkedInPage(named, SEARCH).people[2]?.name).toBe('Ann View Smith');
  });

  it('with no results, says so', () => {
    const page = readLinkedInPage(parse('<main><p>No results found</p></main>'), SEARCH);
    expect(page.people).toEqual([]);
    expect(page.problems).toEqual(['linkedin.people-missing']);
  });
});

describe('company.html and feed.html', () => {
  it('company: the organisation name as subject, no people', () => {
    const page = readLinkedInPage(parse(fixture('company.html')), `${LI}/company/customer-example/`);
    expect(page).toMatchObject({ kind: 'list', subject: 'Customer Example Ltd', people: [], problems: [] });
    expect(page.organisation).toEqual({
      name: 'Customer Example Ltd',
      url: 'https://www.linkedin.com/company/customer-example/',
    });
    const empty = readLinkedInPage(parse('<main></main>'), `${LI}/company/customer-example/about/`);
    expect(empty.subject).toBeUndefined();
    expect(empty.problems).toEqual(['linkedin.organisation-missing']);
  });

  it('feed: member authors with their headlines; not companies, reposters or people named in posts', () => {
    const page = readLinkedInPage(parse(fixture('feed.html')), `${LI}/feed/`);
    expect(page).toMatchObject({ kind: 'list', problems: [] });
    expect(page.people).toEqual([
      {
        name: 'Carl Ortiz',
        email: '',
        role: 'participant',
        profileUrl: CARL,
        title: 'Head of Procurement at Customer Example Ltd',
      },
      {
        name: 'Raj Patel',
        email: '',
        role: 'participant',
        profileUrl: `${LI}/in/raj-patel-99/`,
        title: 'Category Manager',
      },
    ]);
  });
});

describe('unexpected pages', () => {
  const pages = [
    'profile-classic.html',
    'profile-hashed.html',
    'messaging.html',
    'search.html',
    'company.html',
    'feed.html',
  ];
  const urls = [
    CARL,
    JOSE,
    THREAD,
    SEARCH,
    `${LI}/company/customer-example/`,
    `${LI}/feed/`,
    `${LI}/jobs/`,
    'about:blank',
  ];

  it('no fixture read at another route throws or names someone for a profile', () => {
    for (const name of pages) {
      const doc = parse(fixture(name));
      for (const url of urls) {
        const page = readLinkedInPage(doc, url);
        if (page.kind === 'profile' && page.people.length) {
          expect([name, url]).toEqual(expect.arrayContaining([expect.stringMatching(/^profile-/)]));
          expect(page.people[0]?.profileUrl).toBe(url);
        }
        if (page.kind === 'none') expect(page.people).toEqual([]);
      }
    }
  });

  it('the feed read at a profile URL is not that profile', () => {
    const page = readLinkedInPage(parse(fixture('feed.html')), CARL);
    expect(page.people).toEqual([]);
    expect(page.problems).toEqual(['linkedin.profile-unconfirmed']);
  });

  it('an empty document does not throw', () => {
    for (const url of urls) expect(() => readLinkedInPage(parse(''), url)).not.toThrow();
    expect(readLinkedInPage(parse(''), CARL).problems).toEqual(['linkedin.name-missing']);
    expect(readLinkedInPage(parse(''), THREAD).problems).toEqual([
      'linkedin.participant-missing',
      'linkedin.messages-missing',
    ]);
  });
});

describe('hostile text', () => {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const hostile = ['<img src=x onerror=alert(1)>', 'A'.repeat(10_000), '\u202Egnp.exe'];

  it('profile: plain, capped text', () => {
    for (const name of hostile) {
      const html = fixture('profile-classic.html')
        .replace('>Carl Ortiz</h1>', `>${esc(name)}</h1>`)
        .replace('Current company: Customer Example Ltd.', `Current company: ${esc(name)}.`)
        .replace('Head of Procurement at Customer Example Ltd | Sourcing, supplier relationships', esc(name));
      const doc = parse(html);
      const p = readLinkedInPage(doc, CARL).people[0];
      expect(doc.querySelector('img[onerror]')).toBeNull();
      const plain = name === hostile[2] ? 'gnp.exe' : name.slice(0, 200);
      expect(p).toMatchObject({ name: plain, company: plain });
      expect(p?.title).toBeUndefined(); // capped like the name, so the same: not repeated
    }
  });

  it('search: plain, capped names; bad profile links give no person', () => {
    const html = fixture('search.html')
      .replace('<!---->Dee Park<!---->', esc(hostile[0] ?? ''))
      .replace('<span aria-hidden="true">Bo Chen</span>', `<span aria-hidden="true">${hostile[1]}</span>`)
      .replaceAll('https://www.linkedin.com/in/ACoAAC9z8Y7x6W5v4U3t2S1r0Q', 'https://www.linkedin.com/in/%3Cscript%3E');
    const page = readLinkedInPage(parse(html), SEARCH);
    expect(page.people.map((p) => p.name)).toEqual(['<img src=x onerror=alert(1)>', 'A'.repeat(200)]);
  });

  it('messaging: a hostile participant and sender', () => {
    const html = fixture('messaging.html').replaceAll('Raj Patel', `\u202E${'R'.repeat(500)}`);
    const page = readLinkedInPage(parse(html), THREAD);
    expect(page.people[0]?.name).toBe('R'.repeat(200));
    expect((page.messages[0] as LinkedInMessage).fromName).toBe('R'.repeat(200));
  });
});
