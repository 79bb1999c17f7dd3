// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DetectedPage } from '../../schema/page';
import { readLinkedInPage } from './read';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/linkedin', name), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LI = 'https://www.linkedin.com';
const MEI = `${LI}/in/mei-lin-0a1b2c/`;
const HOSTILE = `<img src=x onerror=alert(1)>\u202E${'A'.repeat(5000)}`;

describe('a profile with no readable name', () => {
  it('an empty bound heading: no person, says the name could not be read', () => {
    const html = fixture('profile-server-driven.html').replace('>Mei Lin</h2>', '>\u200b </h2>');
    const page = readLinkedInPage(parse(html), MEI);
    expect(page.people).toEqual([]);
    expect(page.problems).toContain('linkedin.name-missing');
    expect(page.readings).toEqual([{ field: 'name', by: '', fallback: false }]);
  });
});

describe('chat windows', () => {
  const bubble = (header: string, body = '') =>
    `<div class="msg-overlay-conversation-bubble"><h2 class="msg-overlay-bubble-header__title">${header}</h2>${body}</div>`;

  it('a window with no profile link is left out and said, the others still read', () => {
    const html = `<main></main>${bubble('Raj Patel')}${bubble('<a href="/in/ACoAAB1x2y3Z4w5V6u7T8s9R0q/">Raj Patel</a>')}`;
    const page = readLinkedInPage(parse(html), `${LI}/feed/`);
    expect(page.conversations?.map((c) => c.people[0]?.name)).toEqual(['Raj Patel']);
    expect(page.problems).toContain('linkedin.bubble-participant-missing');
    const none = readLinkedInPage(parse(bubble('Raj Patel')), `${LI}/jobs/`);
    expect(none.conversations).toBeUndefined();
    expect(none.problems).toEqual(['linkedin.bubble-participant-missing']);
  });

  it('a link that is no profile (script, another site, hostile slug) names nobody', () => {
    const links = [
      'javascript:alert(1)',
      'https://evil.example/in/raj-patel-99/',
      `/in/${encodeURIComponent('<script>')}/`,
      '/in/%E0%A4%A/',
    ];
    for (const href of links) {
      const page = readLinkedInPage(parse(bubble(`<a href="${esc(href)}">Raj Patel</a>`)), `${LI}/feed/`);
      expect(page.conversations, href).toBeUndefined();
    }
  });

  it('a page forging hundreds of windows with hostile names: at most ten, plain capped text, no markup', () => {
    const forged = Array.from({ length: 300 }, (_, i) =>
      bubble(
        `<a href="/in/ACoAAB1x2y3Z4w5V6u7T8s9R${String(i).padStart(3, '0')}/">${esc(HOSTILE)}</a>`,
        `<li class="msg-s-message-list__event"><span class="msg-s-message-group__name">${esc(HOSTILE)}</span></li>`,
      ),
    ).join('');
    const doc = parse(`<main></main>${forged}`);
    const before = doc.documentElement.outerHTML;
    const page = readLinkedInPage(doc, `${LI}/feed/`);
    expect(page.conversations).toHaveLength(10);
    for (const c of page.conversations ?? []) {
      expect(c.people[0]?.name).toBe(`<img src=x onerror=alert(1)>${'A'.repeat(172)}`);
      expect(c.messages[0]?.fromName).toHaveLength(200);
    }
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('a forged window beyond LinkedIn’s sizes', () => {
  it('is cut to what the page schema accepts, so the sidebar still gets the page', () => {
    const links = Array.from({ length: 80 }, (_, i) => `<a href="/in/person-${i}/">P ${i}</a>`).join('');
    const rows = '<li class="msg-s-message-list__event"><span class="msg-s-message-group__name">X</span></li>'.repeat(
      1200,
    );
    const html = `<div class="msg-overlay-conversation-bubble"><h2 class="msg-overlay-bubble-header__title">${links}</h2><ul>${rows}</ul></div>`;
    const page = readLinkedInPage(parse(html), `${LI}/feed/`);
    expect(z.safeParse(DetectedPage, page).success).toBe(true);
    expect(page.conversations?.[0]?.people).toHaveLength(50);
    expect(page.conversations?.[0]?.messages).toHaveLength(1000);
  });
});

describe('forged profile structures', () => {
  it('a componentkey with a hostile slug, or bound to another member, names nobody', () => {
    const html = fixture('profile-server-driven.html');
    const hostile = html
      .replace('ProfileVerificationTriggerRef-mei-lin-0a1b2c', 'ProfileVerificationTriggerRef-<x>')
      .replace('href="https://www.linkedin.com/in/mei-lin-0a1b2c/overlay/about-this-profile/"', '');
    expect(readLinkedInPage(parse(hostile), MEI).people.map((p) => p.profileUrl)).toEqual([MEI]);
    expect(readLinkedInPage(parse(hostile), MEI).readings?.[0]?.by).toBe('card');
    const other = html.replaceAll('mei-lin-0a1b2c', 'someone-else');
    expect(readLinkedInPage(parse(other), MEI)).toMatchObject({ people: [], problems: ['linkedin.page-stale'] });
  });

  it('a forged top card in an aside is never the profile', () => {
    const card = `<aside><section componentkey="xTopcard"><a componentkey="ProfileVerificationTriggerRef-mei-lin-0a1b2c"><h2>${esc(HOSTILE)}</h2></a></section></aside>`;
    const page = readLinkedInPage(parse(`<main></main>${card}`), MEI);
    expect(page.people).toEqual([]);
  });

  it('forged search results: links that are not profiles give no person', () => {
    const result = (href: string) =>
      `<div data-view-name="people-search-result"><a data-view-name="search-result-lockup-title" href="${esc(href)}">${esc(HOSTILE)}</a></div>`;
    const html = ['javascript:alert(1)', 'https://evil.example/in/x-y/', '/in/ACoAAB1x2y3Z4w5V6u7T8s9R0q/?x=1']
      .map(result)
      .join('');
    const page = readLinkedInPage(parse(html), `${LI}/search/results/people/?keywords=x`);
    expect(page.people).toEqual([
      {
        name: `<img src=x onerror=alert(1)>${'A'.repeat(172)}`,
        email: '',
        role: 'participant',
        profileUrl: `${LI}/in/ACoAAB1x2y3Z4w5V6u7T8s9R0q/`,
      },
    ]);
  });

  it('no layout fixture, read at any route, throws', () => {
    const names = ['profile-server-driven.html', 'profile-pymk.html', 'search-2026.html', 'bubble-feed.html'];
    const urls = [
      MEI,
      `${LI}/in/tomas-novak-cz/`,
      `${LI}/search/results/people/`,
      `${LI}/feed/`,
      `${LI}/messaging/thread/2-x/`,
      'about:blank',
    ];
    for (const name of names)
      for (const url of urls) expect(() => readLinkedInPage(parse(fixture(name)), url)).not.toThrow();
  });
});
