// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeGmailThread, makeGmailThreadHtml } from '../../../tests/fixtures/gmail/make-thread';
import { sel } from './selectors';
import { parseGmailDate, readGmailThread } from './thread';

const ROUTE = 'FMfcgzQXJWDsKmrCGqRWWLDJpwpbdFqz';
const THREAD_URL = `https://mail.google.com/mail/u/0/#inbox/${ROUTE}`;
const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/gmail', name), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();

describe('a thread on screen at an address that does not name it', () => {
  it('is still read as the open thread', () => {
    for (const url of ['https://mail.google.com/mail/u/0/', 'https://mail.google.com/mail/u/0/#inbox']) {
      const page = readGmailThread(parse(fixture('thread.html')), url);
      expect(page.kind, url).toBe('thread');
      expect(page.threadId).toBe('18bfd1c2a3e4f567');
      expect(page.people.map((p) => p.email)).toContain('carl@customer.example');
    }
  });

  it('is not invented on the inbox, where the cached thread is hidden', () => {
    const page = readGmailThread(parse(fixture('inbox.html')), 'https://mail.google.com/mail/u/0/#inbox');
    expect(page.kind).toBe('list');
  });
});

describe('readGmailThread on thread.html', () => {
  const doc = parse(fixture('thread.html'));
  const page = readGmailThread(doc, THREAD_URL);

  it('reads the thread, subject and account', () => {
    expect(page).toMatchObject({
      site: 'gmail',
      kind: 'thread',
      url: THREAD_URL,
      account: 'ann@example.com',
      subject: 'Renewal quote for 2027',
      threadId: '18bfd1c2a3e4f567',
    });
  });

  it('lists every participant once with the first role seen, own address excluded, no noise', () => {
    expect(page.people).toEqual([
      { name: 'Carl Ortiz', email: 'carl@customer.example', role: 'from' },
      { name: 'Raj Patel', email: 'raj@customer.example', role: 'to' },
      { name: 'Dee Park', email: 'dee@customer.example', role: 'cc' },
      { name: 'Bo Chen', email: 'bo@example.com', role: 'cc' },
    ]);
  });

  it('reads message ids, senders (own included), recipients and times', () => {
    expect(page.messages).toEqual([
      {
        id: '#msg-f:1782345678901234568',
        fromEmail: 'ann@example.com',
        toEmails: ['carl@customer.example', 'raj@customer.example', 'dee@customer.example'],
        at: local(2026, 11, 23, 10, 15),
      },
      {
        id: '#msg-f:1782345678901234569',
        fromEmail: 'carl@customer.example',
        toEmails: ['ann@example.com', 'dee@customer.example', 'bo@example.com'],
        at: local(2026, 11, 24, 8, 30),
      },
    ]);
  });

  it('finds the collapsed message sender and says that message could not be logged', () => {
    expect(page.people[0]).toMatchObject({ email: 'carl@customer.example', role: 'from' });
    expect(page.problems).toEqual(['gmail.messages-collapsed']);
  });

  it('is idempotent and writes nothing', () => {
    const before = doc.documentElement.outerHTML;
    const again = readGmailThread(doc, THREAD_URL);
    expect(again).toEqual(page);
    expect(again.messages.map((m) => m.id)).toEqual(page.messages.map((m) => m.id));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads the visible thread, not a cached hidden one', () => {
    const cached = `<div class="nH if" style="display: none;">
      <div class="ha"><h2 class="hP" data-legacy-thread-id="18c0000000000009">Old thread</h2></div>
      <div class="adn ads" data-message-id="#msg-f:1782000000000000009">
        <span class="gD" email="old@elsewhere.example" name="Old Sender">Old Sender</span>
      </div></div>`;
    const d = parse(fixture('thread.html').replace('<!-- The open thread. -->', cached));
    const p = readGmailThread(d, THREAD_URL);
    expect(p.subject).toBe('Renewal quote for 2027');
    expect(p.threadId).toBe('18bfd1c2a3e4f567');
    expect(p.messages).toEqual(page.messages);
    expect(p.people).toEqual(page.people);
  });

  it('treats display:none written without a space as hidden too', () => {
    const cached = `<div class="nH if" style="display:none">
      <div class="ha"><h2 class="hP" data-legacy-thread-id="18c0000000000009">Old thread</h2></div>
      <div class="adn ads" data-message-id="#msg-f:1782000000000000009">
        <span class="gD" email="old@elsewhere.example" name="Old Sender">Old Sender</span>
      </div></div>`;
    const p = readGmailThread(parse(fixture('thread.html').replace('<!-- The open thread. -->', cached)), THREAD_URL);
    expect(p.people).toEqual(page.people);
    expect(p.subject).toBe('Renewal quote for 2027');
  });

  it('falls back to the route id when there is no legacy id', () => {
    const d = parse(fixture('thread.html').replace(/ data-legacy-thread-id="18bfd1c2a3e4f567"/g, ''));
    expect(readGmailThread(d, THREAD_URL).threadId).toBe(ROUTE);
  });

  it('without the account, flags it and keeps everyone', () => {
    const d = parse(
      fixture('thread.html')
        .replace(/Google Account:/, 'Compte Google :')
        .replace(/ - ann@example.com - /, ' - '),
    );
    const p = readGmailThread(d, THREAD_URL);
    expect(p.account).toBeNull();
    expect(p.people.map((x) => x.email)).toContain('ann@example.com');
    expect(p.problems).toContain('gmail.account-missing');
  });
});

describe('readGmailThread on other views', () => {
  it('inbox.html: a list with the visible senders as participants', () => {
    const page = readGmailThread(parse(fixture('inbox.html')), 'https://mail.google.com/mail/u/0/#inbox');
    expect(page).toMatchObject({ kind: 'list', account: 'ann@example.com', messages: [], problems: [] });
    expect(page.people).toEqual([
      { name: 'Carl Ortiz', email: 'carl@customer.example', role: 'participant' },
      { name: 'Shop News', email: 'news@shop.example', role: 'participant' },
      { name: 'Raj Patel', email: 'raj@customer.example', role: 'participant' },
    ]);
  });

  it('compose and unknown views have no people', () => {
    const doc = parse(fixture('thread.html'));
    expect(readGmailThread(doc, 'https://mail.google.com/mail/u/0/#inbox?compose=new')).toMatchObject({
      kind: 'compose',
      people: [],
    });
    const cachedThreadHidden = parse(fixture('inbox.html'));
    expect(readGmailThread(cachedThreadHidden, 'https://mail.google.com/mail/u/0/#settings/general')).toMatchObject({
      kind: 'none',
      people: [],
    });
  });

  it('broken.html: problems, no person, no exception', () => {
    const page = readGmailThread(parse(fixture('broken.html')), THREAD_URL);
    expect(page.kind).toBe('thread');
    expect(page.threadId).toBe(ROUTE);
    expect(page.subject).toBeUndefined();
    expect(page.people).toEqual([]);
    expect(page.messages).toEqual([]);
    expect(page.problems).toEqual(expect.arrayContaining(['gmail.subject-missing', 'gmail.messages-missing']));
  });

  it('an empty document does not throw', () => {
    const page = readGmailThread(parse(''), THREAD_URL);
    expect(page.people).toEqual([]);
    expect(page.problems).toEqual(['gmail.subject-missing', 'gmail.messages-missing', 'gmail.account-missing']);
  });
});

describe('readGmailThread on generated threads', () => {
  it('reads 50 messages, and reads them again the same', () => {
    const t = makeGmailThread({ messages: 50 });
    const doc = parse(t.html);
    // How fast is the benchmark's to say (bench/metrics/gmail.mjs), in a real browser.
    const page = readGmailThread(doc, t.url);
    const again = readGmailThread(doc, t.url);
    expect(again).toEqual(page);
    expect(page.messages).toHaveLength(50);
    expect(page.messages.map((m) => m.id)).toEqual(t.messageIds);
    expect(page.messages.map((m) => m.at)).toEqual(t.times);
    expect(new Set(t.messageIds).size).toBe(50);
    expect(page.threadId).toBe('18bfd1c2a3e4f567');
    expect(page.people).toEqual([
      { name: 'Carl Ortiz', email: 'carl@customer.example', role: 'from' },
      { name: 'Dee Park', email: 'dee@customer.example', role: 'cc' },
    ]);
    expect(page.problems).toEqual([]);
  });

  it('a message id met again, inside a message or on a copy of one, adds no message and no person', () => {
    const t = makeGmailThread({ messages: 3 });
    const doc = parse(t.html);
    const [first, second] = [...doc.querySelectorAll('[data-message-id]')];
    const inner = doc.createElement('div');
    inner.setAttribute('data-message-id', 'msg-inner-1');
    first?.append(inner);
    const copy = second?.cloneNode(true) as Element;
    copy.querySelector(sel.sender)?.setAttribute('email', 'copy@elsewhere.example');
    second?.after(copy);
    const page = readGmailThread(doc, t.url);
    expect(page.messages.map((m) => m.id)).toEqual(t.messageIds);
    expect(page).toEqual(readGmailThread(parse(t.html), t.url));
  });

  it('collapsed rows and the older-messages bar are reported', () => {
    const t = makeGmailThread({ messages: 6, collapsed: 3, hidden: 4 });
    const page = readGmailThread(parse(t.html), t.url);
    expect(page.messages.map((m) => m.id)).toEqual(t.messageIds);
    expect(page.messages).toHaveLength(3);
    expect(page.problems).toEqual(['gmail.messages-collapsed', 'gmail.messages-hidden']);
  });

  it('without the details table, header recipients count as "to"', () => {
    const t = makeGmailThread({ messages: 2, details: false });
    const page = readGmailThread(parse(t.html), t.url);
    expect(page.people).toEqual([
      { name: 'Carl Ortiz', email: 'carl@customer.example', role: 'from' },
      { name: 'Dee Park', email: 'dee@customer.example', role: 'to' },
    ]);
    expect(page.messages[0]?.toEmails).toEqual(['ann@example.com', 'dee@customer.example']);
  });

  it('hostile names come out as plain, capped text', () => {
    const hostile = [
      { name: '<img src=x onerror=alert(1)>', email: 'mallory@evil.example' },
      { name: 'A'.repeat(10_000), email: 'long@evil.example' },
      { name: '\u202Egnp.exe', email: 'rlo@evil.example' },
      { name: 'Bad Address', email: '<b>x</b>@evil.example' },
      { name: 'Too Long', email: `${'a'.repeat(260)}@evil.example` },
    ];
    const html = makeGmailThreadHtml({ messages: 3, contacts: hostile });
    const doc = parse(html);
    const page = readGmailThread(doc, THREAD_URL);
    expect(doc.querySelector('img[onerror]')).toBeNull();
    expect(page.people).toEqual([
      { name: '<img src=x onerror=alert(1)>', email: 'mallory@evil.example', role: 'from' },
      { name: 'A'.repeat(200), email: 'long@evil.example', role: 'cc' },
      { name: 'gnp.exe', email: 'rlo@evil.example', role: 'cc' },
    ]);
    for (const p of page.people) expect(p.name.length).toBeLessThanOrEqual(200);
    expect(page.messages.every((m) => m.toEmails.every((e) => !e.includes('<')))).toBe(true);
  });

  it('names fall back to text, then to the local part', () => {
    const doc = parse(
      fixture('thread.html')
        .replace(
          'email="raj@customer.example" name="Raj Patel" data-hovercard-id="raj@customer.example">Raj<',
          'email="raj@customer.example">  <',
        )
        .replace(
          /<span class="g2" email="raj@customer.example" name="Raj Patel">Raj Patel<\/span>/,
          '<span class="g2" email="raj@customer.example"></span>',
        ),
    );
    expect(readGmailThread(doc, THREAD_URL).people.find((p) => p.email === 'raj@customer.example')?.name).toBe('raj');
  });
});

describe('selectors the reading relies on', () => {
  it('every subject alternative is an h2 (the reading looks among the h2s only)', () => {
    for (const one of sel.subject.split(',')) expect(one.trim()).toMatch(/^h2[.[]/);
  });
});

describe('parseGmailDate', () => {
  it.each([
    ['Mon, Nov 23, 2026, 10:15 AM', local(2026, 11, 23, 10, 15)],
    ['Mon, Nov 23, 2026, 10:15\u202fPM', local(2026, 11, 23, 22, 15)],
    ['23 Nov 2026, 10:15', local(2026, 11, 23, 10, 15)],
    ['Mon, Nov 23, 2026 at 12:05 AM', local(2026, 11, 23, 0, 5)],
    ['Nov 23, 2026 at 12:05 PM', local(2026, 11, 23, 12, 5)],
    ['Nov 23, 2026 at 15:05', local(2026, 11, 23, 15, 5)],
    ['Nov 23, 2026 at 12:30', local(2026, 11, 23, 12, 30)],
    ['Dec 1, 2026 at 9:07:30 a.m.', new Date(2026, 11, 1, 9, 7, 30).getTime()],
  ])('%s', (title, at) => {
    expect(parseGmailDate(title)).toBe(at);
  });

  it.each([null, '', 'yesterday', '23/11/2026, 10:15', '2026年11月23日 10:15'])('%s is null', (title) => {
    expect(parseGmailDate(title)).toBeNull();
  });
});
