// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeOf, composeRoots, readGmailCompose } from './compose';
import { readGmailPage } from './page';
import { sel } from './selectors';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/gmail', name), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const INBOX = 'https://mail.google.com/mail/u/0/#inbox';

describe('compose.html', () => {
  const html = fixture('compose.html');

  it('reads the recipients by field, the subject and the draft id, never the user or the body', () => {
    const page = readGmailPage(parse(html), INBOX);
    expect(page.kind).toBe('list');
    expect(page.drafts).toEqual([
      {
        id: '#msg-a:r-5187923654471234567',
        subject: 'Proposal for 2027',
        people: [
          { name: 'Carl Ortiz', email: 'carl@customer.example', role: 'to' },
          { name: 'Dee Park', email: 'dee@customer.example', role: 'cc' },
        ],
      },
    ]);
  });

  it('reads what the user typed, not the attribute', () => {
    const doc = parse(html);
    const box = doc.querySelector<HTMLInputElement>(sel.composeSubject);
    if (box) box.value = 'Changed subject';
    expect(readGmailPage(doc, INBOX).drafts?.[0]?.subject).toBe('Changed subject');
  });

  it('finds the compose window from its Send button, and one window once', () => {
    const doc = parse(html);
    const root = composeOf(doc.querySelector(sel.send));
    expect(root?.className).toContain('M9');
    expect(composeRoots(doc)).toHaveLength(1);
  });

  it('finds windows in document order, an inline reply before the pop-up, and no field outside a window', () => {
    const doc = parse(html);
    const reply = doc.createElement('div');
    reply.className = 'M9';
    const field = doc.createElement('div');
    field.setAttribute('name', 'to');
    reply.append(field);
    const stray = doc.createElement('input');
    stray.name = 'subjectbox';
    doc.body.prepend(reply, stray);
    const popUp = doc.querySelector('.AD');
    expect(composeRoots(doc)).toEqual([reply, popUp]);
  });

  it('each compose alternative is a single class (they are queried one at a time)', () => {
    for (const one of sel.compose.split(', ')) expect(one).toMatch(/^\.[\w-]+$/);
  });

  it('has no draft id before Gmail saved the draft', () => {
    const doc = parse(html.replace('#msg-a:r-5187923654471234567', 'undefined'));
    const [root] = composeRoots(doc);
    expect(root && readGmailCompose(root, null).id).toBe('');
  });

  it('a pop-out compose route with no window says so; an empty document does not throw', () => {
    const compose = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
    expect(readGmailPage(parse(fixture('inbox.html')), compose).problems).toContain('gmail.compose-missing');
    expect(readGmailPage(parse(html), compose)).toMatchObject({ kind: 'compose', problems: [] });
    expect(() => readGmailPage(parse(''), INBOX)).not.toThrow();
    expect(readGmailPage(parse(''), INBOX).drafts).toBeUndefined();
  });

  it('hostile recipient names come out as capped plain text', () => {
    const doc = parse(
      html.replace('data-name="Carl Ortiz"', `data-name="&lt;img src=x onerror=alert(1)&gt;${'A'.repeat(10_000)}"`),
    );
    const name = readGmailPage(doc, INBOX).drafts?.[0]?.people[0]?.name ?? '';
    expect(name.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
    expect(name.length).toBe(200);
    expect(doc.querySelector('img[onerror]')).toBeNull();
  });
});
