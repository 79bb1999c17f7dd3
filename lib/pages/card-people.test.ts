import { describe, expect, it } from 'vitest';
import type { DetectedPage } from '@/lib/sites/types';
import { cardPeople } from './card-people';

const thread: DetectedPage = {
  site: 'gmail',
  kind: 'thread',
  url: 'https://mail.google.com/mail/u/0/#inbox/1',
  account: 'me@mine.example',
  people: [
    { name: 'Me', email: 'me@mine.example', role: 'to' },
    { name: 'Ann', email: 'ann@client.example', role: 'from' },
    { name: 'Ann', email: 'ann@client.example', role: 'cc' },
    { name: 'Old me', email: 'Me@Old.example', role: 'cc' },
  ],
  messages: [],
  problems: [],
};

describe('who gets a card', () => {
  it('is everyone on the page but the user, each once', () => {
    const { everyone } = cardPeople(thread, ['me@old.example']);
    expect(everyone.map((p) => p.email)).toEqual(['ann@client.example']);
  });

  it('is nobody of an email list, but the people written to', () => {
    const list: DetectedPage = {
      ...thread,
      kind: 'list',
      drafts: [{ people: [{ name: 'Bo', email: 'bo@client.example', role: 'to' }] }] as DetectedPage['drafts'],
    };
    const { people, writingTo, everyone } = cardPeople(list, []);
    expect(people).toEqual([]);
    expect(writingTo.map((p) => p.email)).toEqual(['bo@client.example']);
    expect(everyone.map((p) => p.email)).toEqual(['bo@client.example']);
  });
});
