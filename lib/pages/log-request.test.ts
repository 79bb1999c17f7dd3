import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { verbs } from '../protocol';
import type { DetectedPage } from '../sites/types';
import { logRequestOf } from './log-request';

const thread: DetectedPage = {
  site: 'gmail',
  kind: 'thread',
  url: 'https://mail.google.com/mail/u/0/#inbox/18bfd1c2a3e4f567',
  account: 'ann@example.com',
  threadId: '18bfd1c2a3e4f567',
  subject: 'Renewal quote for 2027',
  people: [{ name: 'Carl Ortiz', email: 'carl@customer.example', role: 'from' }],
  messages: [
    { id: 'm1', at: Date.UTC(2026, 10, 23, 9), fromEmail: 'carl@customer.example', toEmails: ['ann@example.com'] },
  ],
  drafts: [],
  problems: [],
};

describe('the log request of a page', () => {
  it('carries the thread, its people and messages, and is what the background accepts', () => {
    const request = logRequestOf(thread);
    expect(request).toEqual({
      site: 'gmail',
      account: 'ann@example.com',
      people: thread.people,
      messages: thread.messages,
      url: thread.url,
      threadId: '18bfd1c2a3e4f567',
      subject: 'Renewal quote for 2027',
    });
    expect(z.safeParse(verbs['interactions.logThread'].input, request).success).toBe(true);
  });

  it('leaves out a thread id and subject the page did not show', () => {
    const { threadId: _id, subject: _subject, ...bare } = thread;
    const request = logRequestOf(bare);
    expect(request).not.toHaveProperty('threadId');
    expect(request).not.toHaveProperty('subject');
    expect(z.safeParse(verbs['interactions.logThread'].input, request).success).toBe(true);
  });
});
