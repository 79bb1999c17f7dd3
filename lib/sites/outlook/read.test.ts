// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutlookDate, readOutlookPage, readOutlookRoute } from './read';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/outlook', name), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ID = 'AAQkADAwATM0MDAAMS1hZGI1LTY3ZWQtMDACLTAwCgAQAHxg=';
const URL_ = `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(ID)}`;
const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();

describe('reading-pane.html', () => {
  const html = fixture('reading-pane.html');
  const page = readOutlookPage(parse(html), URL_);

  it('reads the conversation: subject, id, account, and everyone but the user, never from the body', () => {
    expect(page).toMatchObject({ site: 'outlook', kind: 'thread', threadId: ID, account: 'ann@example.com' });
    expect(page.subject).toBe('Renewal quote for 2027');
    expect(page.people).toEqual([
      { name: 'Carl Ortiz', email: 'carl@customer.example', role: 'from' },
      { name: 'Raj Patel', email: 'raj@customer.example', role: 'to' },
      { name: 'Dee Park', email: 'dee@customer.example', role: 'cc' },
    ]);
    expect(page.problems).toEqual([]);
  });

  it('reads each message with sender, recipients and time', () => {
    expect(page.messages).toEqual([
      {
        id: `${ID}|carl@customer.example|${local(2026, 11, 24, 8, 30)}`,
        fromEmail: 'carl@customer.example',
        toEmails: ['ann@example.com', 'raj@customer.example', 'dee@customer.example'],
        at: local(2026, 11, 24, 8, 30),
      },
      {
        id: `${ID}|ann@example.com|${local(2026, 11, 23, 10, 15)}`,
        fromEmail: 'ann@example.com',
        toEmails: ['carl@customer.example'],
        at: local(2026, 11, 23, 10, 15),
      },
    ]);
  });

  it('uses the selected conversation id when the URL has none', () => {
    const p = readOutlookPage(parse(html), 'https://outlook.live.com/mail/0/inbox');
    expect(p.threadId).toBe(ID);
  });

  it('without the reading pane: a list, nobody; outside mail: none', () => {
    const noPane = parse(html.replace('id="ReadingPaneContainerId" role="main" aria-label="Reading Pane"', ''));
    expect(readOutlookPage(noPane, URL_)).toMatchObject({ kind: 'list', people: [] });
    expect(readOutlookPage(parse(html), 'https://outlook.office.com/calendar/view/week')).toMatchObject({
      kind: 'none',
      people: [],
    });
  });

  it('says what it could not read, and never throws', () => {
    const broken = parse(
      html
        .replace(/\d+\/\d+\/2026 \d+:\d+ [AP]M/g, 'yesterday')
        .replace('Ann@Example.com', '')
        .replace(/aria-level="2"/, ''),
    );
    const p = readOutlookPage(broken, URL_);
    expect(p.messages).toEqual([]);
    expect(p.problems).toEqual(['outlook.subject-missing', 'outlook.time-missing', 'outlook.account-missing']);
    expect(() => readOutlookPage(parse(''), URL_)).not.toThrow();
  });

  it('hostile names come out as capped plain text', () => {
    const p = readOutlookPage(
      parse(
        html.replace(
          'title="carl@customer.example">Carl Ortiz&lt;',
          `title="carl@customer.example">&lt;img src=x onerror=alert(1)&gt;${'A'.repeat(10_000)}&lt;`,
        ),
      ),
      URL_,
    );
    expect(p.people[0]?.name.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
    expect(p.people[0]?.name.length).toBe(200);
  });
});

describe('readOutlookRoute and parseOutlookDate', () => {
  it('accepts Outlook hosts only', () => {
    expect(readOutlookRoute('https://outlook.live.com/mail/0/')).toEqual({ mail: true, id: '' });
    expect(readOutlookRoute('https://outlook.office.com.evil.example/mail/')).toEqual({ mail: false, id: '' });
    expect(readOutlookRoute('nope').mail).toBe(false);
  });
  it.each([
    ['Tue 11/24/2026 8:30 AM', local(2026, 11, 24, 8, 30)],
    ['11/24/2026 12:05 AM', local(2026, 11, 24, 0, 5)],
    ['11/24/2026, 16:05', local(2026, 11, 24, 16, 5)],
    ['yesterday', null],
  ])('%s', (s, at) => {
    expect(parseOutlookDate(s)).toBe(at);
  });
});
